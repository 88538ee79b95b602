// Fixture for secret.deepseek-api-key: a key of the same shape with no DeepSeek context is not this rule's.
// ok: secret.deepseek-api-key
const dashscopeKey = 'sk-5dc2d2e503211a273360dc6ba50cce27';
