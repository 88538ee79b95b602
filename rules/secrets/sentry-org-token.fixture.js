// Fixture for secret.sentry-org-token: a bundler plugin config.
const { sentryWebpackPlugin } = require('@sentry/webpack-plugin');

module.exports = {
  plugins: [
    sentryWebpackPlugin({
      org: 'acme',
      project: 'web',
      // ruleid: secret.sentry-org-token
      authToken: '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',
    }),
    // ok: secret.sentry-org-token
    sentryWebpackPlugin({ authToken: process.env.SENTRY_AUTH_TOKEN }),
  ],
};
// ok: secret.sentry-org-token
const prefixOnly = 'sntrys_';
