// Fixture for secret.cloudflare-api-token in JavaScript.
import Cloudflare from 'cloudflare';

// ruleid: secret.cloudflare-api-token
const cf = new Cloudflare({ apiToken: 'cfat_iG0u3UU2UeAysVc9qYI6OSijPKgPX9R58hdOEI3Nfbedb362' });

// ok: secret.cloudflare-api-token
const fromEnv = new Cloudflare({ apiToken: process.env.CLOUDFLARE_API_TOKEN });

// Without the checksum: a truncated copy.
// ok: secret.cloudflare-api-token
const truncated = 'cfat_iG0u3UU2UeAysVc9qYI6OSijPKgPX9R58hdOEI3N';
