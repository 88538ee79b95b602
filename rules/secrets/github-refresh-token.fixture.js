// Fixture for secret.github-refresh-token. Values are random with a valid checksum, not real tokens.
const { App } = require('@octokit/app');

// ruleid: secret.github-refresh-token
const REFRESH_TOKEN = 'ghr_44FlCVqgOMbeFeKGjIGui9aB3pRFweUken0u6dhCJLoKahyV5WIidefGUDXSY1OdwF5PB10KwEfJ';

async function refresh(app) {
  return app.oauth.refreshToken({
    // ruleid: secret.github-refresh-token
    refreshToken: "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",
  });
}

// ok: secret.github-refresh-token
const fromStore = await secrets.get('github/refresh_token');

// The example from GitHub's documentation: its checksum does not hold.
// ok: secret.github-refresh-token
const documented = 'ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498';

// Truncated: 40 of the 76 body characters.
// ok: secret.github-refresh-token
const truncated = 'ghr_44FlCVqgOMbeFeKGjIGui9aB3pRFweUken0u6dhC';
