// Fixture for secret.bitbucket-access-token. Values are random, in the documented shape, not real tokens.
// ruleid: secret.bitbucket-access-token
const token = 'ATCTT3xFfGN0in6osRWnRe72G4bz0VpNXOkmPX7XmYOqlG68eYJ6ejqBnygANbqnZcMtg2P07mPHwaFfE2YTB7IunqqSBuhqaP0A0hUIwFq1UnTJmGfjA26W7aaWm-O5qRVosBHPNyU6tKZMU2DV8OMIHzQUBj38PG0pgUqBFu6ne2hezIMp9A=222EC4F8';

export const client = {
  baseUrl: 'https://api.bitbucket.org/2.0',
  // ok: secret.bitbucket-access-token
  headers: { Authorization: `Bearer ${process.env.BITBUCKET_ACCESS_TOKEN}` },
};

// ok: secret.bitbucket-access-token
const docs = 'ATCTT3xFfGN0...';

// ok: secret.bitbucket-access-token
const masked = 'ATCTT3xFfGN0****************************************************************';
