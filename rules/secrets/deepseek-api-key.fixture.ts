// Fixture for secret.deepseek-api-key in TypeScript.
import OpenAI from 'openai';

export const deepseek = new OpenAI({
  baseURL: 'https://api.deepseek.com',
  // ruleid: secret.deepseek-api-key
  apiKey: 'sk-c679e82dc3828500ed25bc0bd27dd507',
});

// ok: secret.deepseek-api-key
export const fromEnv = new OpenAI({ baseURL: 'https://api.deepseek.com', apiKey: process.env.DEEPSEEK_API_KEY });
