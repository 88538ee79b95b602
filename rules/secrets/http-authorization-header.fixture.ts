// Fixture for secret.http-authorization-header. Values are random.

export async function list() {
  const res = await fetch('https://api.internal.test/v1/items', {
    // ruleid: secret.http-authorization-header
    headers: { Authorization: 'Bearer Cd6rvau5kHvRwMzzuVtYkwMJFrCfZ4U2.EqkNk6sEr6f4gUy0BQ8DEoFo' },
  });
  return res.json();
}

export function headers(token: string) {
  // ok: secret.http-authorization-header
  return { Authorization: `Bearer ${token}` };
}

// ok: secret.http-authorization-header
const hint = 'Authorization: Bearer required';

// ok: secret.http-authorization-header
const header = { Authorization: 'Bearer ' + process.env.TOKEN };
