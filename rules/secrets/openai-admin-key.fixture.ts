// Fixture for secret.openai-admin-key. Values are random, in the documented format, not real keys.
// ruleid: secret.openai-admin-key
const ADMIN_KEY = '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';

export async function listKeys() {
  return fetch('https://api.openai.com/v1/organization/admin_api_keys', {
    // ok: secret.openai-admin-key
    headers: { Authorization: `Bearer ${process.env.OPENAI_ADMIN_KEY}` },
  });
}

// ok: secret.openai-admin-key
const docs = 'sk-admin-...';

// ok: secret.openai-admin-key
const masked = 'sk-admin-****************************************************';
