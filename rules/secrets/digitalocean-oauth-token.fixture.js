// Fixture for secret.digitalocean-oauth-token. Values are random, not real tokens.
// ruleid: secret.digitalocean-oauth-token
const token = 'doo_v1_e26c87c04443e480197722314844d70ee3e7d22b91a9a9ca537db923818217cf';

// ok: secret.digitalocean-oauth-token
const fromSession = req.session.doAccessToken;

// ok: secret.digitalocean-oauth-token
const docs = 'doo_v1_<64 hex characters>';
