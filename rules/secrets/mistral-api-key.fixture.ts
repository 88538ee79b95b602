// Fixture for secret.mistral-api-key. Values are random, in the documented format, not real keys.
import { Mistral } from '@mistralai/mistralai';

// ruleid: secret.mistral-api-key
const client = new Mistral({ apiKey: 'kDYjKLNUANG4MSGuvmtJRvEJPHrlEg3z' });

// ruleid: secret.mistral-api-key
const MISTRAL_API_KEY = "F0o7AOEqshHQpLhVMhJZMRqLVuoTvKy3";

// ok: secret.mistral-api-key
const fromEnv = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? '' });

// ok: secret.mistral-api-key
const docs = new Mistral({ apiKey: 'YOUR_MISTRAL_API_KEY' });

// A 32-character hex digest beside the word Mistral is not a key.
// ok: secret.mistral-api-key
const mistralModelDigest = 'sha256:9f86d081884c7d659a2feaa0c55ad015';
