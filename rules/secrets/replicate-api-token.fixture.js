// Fixture for secret.replicate-api-token. Values are random, in the documented format, not real tokens.
import Replicate from 'replicate';

// ruleid: secret.replicate-api-token
const replicate = new Replicate({ auth: 'r8_6mjg2gXSUhSeZEGQk3A8KJC8QBvQwV4UiFKi1' });

// ruleid: secret.replicate-api-token
const headers = { Authorization: "Bearer r8_2kUQQe-WSiL027fa6cJWgZt1QuJAnuNYLAJ5y" };

// ok: secret.replicate-api-token
const fromEnv = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });

// ok: secret.replicate-api-token
const docs = new Replicate({ auth: 'r8_<your-token>' });

// One character short.
// ok: secret.replicate-api-token
const short = 'r8_6mjg2gXSUhSeZEGQk3A8KJC8QBvQwV4UiFKi';
