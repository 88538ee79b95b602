// Fixture for secret.npm-access-token-unverified: npm-format values whose checksum does not verify.
// ruleid: secret.npm-access-token-unverified
const npmToken = 'npm_40kGA7gNbWjCPmZbRCCHhEvEjcIJxNxBwqV9';

export const publish = {
  registry: 'https://registry.npmjs.org/',
  // ruleid: secret.npm-access-token-unverified
  authToken: "npm_EjDtqmf3sMnVDSkuTPy3ndN0PHamz5VrUeHm",
};

// ok: secret.npm-access-token-unverified (a bare value with no credential name before it)
const samples = ['npm_rLDiTdaIcjj4ApMKNyoWwRzrkGjUeqqyIXCm'];

// ok: secret.npm-access-token-unverified
const npmTokenEnv = process.env.NPM_TOKEN;

// ok: secret.npm-access-token-unverified
const npmTokenPlaceholder = 'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
