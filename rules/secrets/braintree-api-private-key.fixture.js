// Fixture for secret.braintree-api-private-key. Values are random, not real keys.
const braintree = require('braintree');

const gateway = new braintree.BraintreeGateway({
  environment: braintree.Environment.Production,
  merchantId: 'wzq8k3jd7m2x9v4p',
  publicKey: 'n4b7c2x9k3m8v5q1',
  // ruleid: secret.braintree-api-private-key
  privateKey: '68cad600a89327c2ace55fc114028981',
});

const fromEnv = new braintree.BraintreeGateway({
  environment: braintree.Environment.Production,
  // ok: secret.braintree-api-private-key
  privateKey: process.env.BRAINTREE_PRIVATE_KEY,
});
