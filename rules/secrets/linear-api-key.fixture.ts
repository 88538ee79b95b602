// Fixture for secret.linear-api-key.
import { LinearClient } from '@linear/sdk';

// ruleid: secret.linear-api-key
const linear = new LinearClient({ apiKey: 'lin_api_0AyRD1oA7Cwmu5Au8tYwE0IYgyiNJlk2LyRGs9aa' });

// ok: secret.linear-api-key
const fromEnv = new LinearClient({ apiKey: process.env.LINEAR_API_KEY });

// ok: secret.linear-api-key
const placeholder = 'lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';

// ok: secret.linear-api-key
const truncated = 'lin_api_3kQ9xLz2Pw';
