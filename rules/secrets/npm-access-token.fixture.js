// Fixture for secret.npm-access-token. Tokens are random with a valid CRC32 checksum, not real.
const { execSync } = require('child_process');

// ruleid: secret.npm-access-token
const NPM_PUBLISH_TOKEN = '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';

// ruleid: secret.npm-access-token
execSync('npm publish', { env: { ...process.env, NODE_AUTH_TOKEN: "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" } });

// ok: secret.npm-access-token (right shape, wrong checksum: a hand-typed or altered value)
const altered = 'npm_aaaaBBBBccccDDDDeeeeFFFFgggg123456';

// ok: secret.npm-access-token
const fromEnv = process.env.NPM_TOKEN;

// ok: secret.npm-access-token
const placeholder = 'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';

// ok: secret.npm-access-token
const identifier = 'npm_config_registry_url_override_value_x';
