// Fixture for secret.newrelic-license-key: the Node.js agent's newrelic.js.
'use strict';
exports.config = {
  app_name: ['Checkout'],
  // ruleid: secret.newrelic-license-key
  license_key: 'cf67ffda2813cf1d9ecdec85307f05fc84b1NRAL',
  logging: { level: 'info' },
};
// ok: secret.newrelic-license-key
exports.fromEnv = { license_key: process.env.NEW_RELIC_LICENSE_KEY };
// ok: secret.newrelic-license-key
exports.placeholder = { license_key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL' };
