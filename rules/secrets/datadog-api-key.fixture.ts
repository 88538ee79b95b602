// Fixture for secret.datadog-api-key in TypeScript.
// ruleid: secret.datadog-api-key
let datadogApiKey: string = '9a808707047810078d07d29d40dba7b0';

export const tracer = {
  // ruleid: secret.datadog-api-key
  ddApiKey: process.env.DD_API_KEY ?? 'a554dbc9deca2a73701ab44d46875e2b',
  // ok: secret.datadog-api-key
  ddApiKeyFromEnv: process.env.DD_API_KEY,
};

// ok: secret.datadog-api-key
const ddApiKeyPattern = /^[a-f0-9]{32}$/;
