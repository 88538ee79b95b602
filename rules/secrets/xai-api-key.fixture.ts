// Fixture for secret.xai-api-key. Values are random, in the documented format, not real keys.
import OpenAI from 'openai';

export const grok = new OpenAI({
  baseURL: 'https://api.x.ai/v1',
  // ruleid: secret.xai-api-key
  apiKey: 'xai-v7ftRmtTgiMiJMRxmhbpMvE8CrC9FM0Oo7gYI4Y9t8YKFZdgaZKWg43Ndx30jjcYxHgPdJH7sjyp4Igl',
});

// ok: secret.xai-api-key
export const fromEnv = new OpenAI({ baseURL: 'https://api.x.ai/v1', apiKey: process.env.XAI_API_KEY });

// ok: secret.xai-api-key
const docs = 'xai-...';

// A package or model name with the same prefix.
// ok: secret.xai-api-key
import { createXai } from '@ai-sdk/xai-compatible-provider-for-grok-models-and-more-text-here';
