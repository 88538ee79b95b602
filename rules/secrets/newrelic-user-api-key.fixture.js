// Fixture for secret.newrelic-user-api-key.
// ruleid: secret.newrelic-user-api-key
const headers = { 'API-Key': 'NRAK-ZSTGD0H4P5SWJHLQ12R6POTPCXG', 'Content-Type': 'application/json' };

// ok: secret.newrelic-user-api-key
const fromEnv = { 'API-Key': process.env.NEW_RELIC_API_KEY };

// ok: secret.newrelic-user-api-key
const placeholder = 'NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX';
