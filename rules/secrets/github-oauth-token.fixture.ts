// Fixture for secret.github-oauth-token. Values are random with a valid checksum, not real tokens.
import { Octokit } from '@octokit/rest';

// ruleid: secret.github-oauth-token
const octokit = new Octokit({ auth: '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' });

export const session = {
  login: 'octocat',
  // ruleid: secret.github-oauth-token
  accessToken: `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`,
};

// ok: secret.github-oauth-token
const fromEnv = new Octokit({ auth: process.env.GITHUB_OAUTH_TOKEN });

// Wrong checksum: not a token GitHub issued.
// ok: secret.github-oauth-token
const typo = 'gho_PBbkP6MtkJKYq1r6wR17VX1SKNanbI0MACOk';

// ok: secret.github-oauth-token
const docs = 'gho_<your-oauth-token>';

// ok: secret.github-oauth-token
const prefixOnly = token.startsWith('gho_');
