// Fixture for secret.shopify-shared-secret.
const crypto = require('crypto');

// ruleid: secret.shopify-shared-secret
const SHOPIFY_API_SECRET = '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';

function verifyWebhook(body, hmac) {
  // ok: secret.shopify-shared-secret
  const digest = crypto.createHmac('sha256', process.env.SHOPIFY_API_SECRET).update(body).digest('base64');
  return digest === hmac;
}

// ok: secret.shopify-shared-secret
const docs = 'shpss_<32 hex characters>';
