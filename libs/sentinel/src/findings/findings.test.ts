import { describe, expect, it } from 'vitest';
import { shannonEntropy } from './entropy.js';
import { fingerprint } from './fingerprint.js';
import { looksLikePlaceholder } from './placeholder.js';
import { redact } from './redact.js';

describe('redact', () => {
  it('keeps a provider prefix and the last four characters only', () => {
    const token = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
    const r = redact(token);
    expect(r).toBe('ghp_…Q7r8');
    expect(r.length).toBeLessThan(12);
  });
  it('never shows random characters as if they were a prefix', () => {
    expect(redact('AIzaSyAp4DSI_k2Jq8LmT0vXw4KpNq8Zr2LmTmak')).toBe('AIza…Tmak');
    expect(redact('sk_live_51Hq8LmT0vXw4KpNq8Zr2LmT')).toBe('sk_live_…2LmT');
    expect(redact('dop_v1_0a1b2c3d4e5f60718293a4b5c6d7e8f9')).toBe('dop_…e8f9');
  });
  it('stays on one line for multi-line values', () => {
    expect(redact('\nMIIEpAIBAAKCAQEA\nq8Zr2LmT0vXw4KpN\n')).toBe('MIIE…4KpN');
  });
  it('shows nothing of short values', () => {
    expect(redact('hunter2')).toBe('…');
    expect(redact('s3cretpw!')).toBe('s3…');
  });
});

describe('fingerprint', () => {
  it('ignores whitespace changes and differs per rule and file', () => {
    const a = fingerprint('r', 'a.js', 'eval( x )');
    expect(fingerprint('r', 'a.js', 'eval(  x\n)')).toBe(a);
    expect(fingerprint('r2', 'a.js', 'eval( x )')).not.toBe(a);
    expect(fingerprint('r', 'b.js', 'eval( x )')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('shannonEntropy', () => {
  it('is 0 for one repeated symbol and log2(n) for n distinct ones', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy('')).toBe(0);
  });
});

describe('looksLikePlaceholder', () => {
  it.each(['changeme', '<your-token>', 'xxxxxxxx', '${API_KEY}', '{{ .Values.token }}', '%(password)s', '********', 'sk_live_xxxxxxxxxxxxxxxx', '12345678', 'abcdefghij', 'YOUR_API_KEY_HERE', 'AKIAIOSFODNN7EXAMPLE', 'my-fake-token-1234', 'dummy_secret_value', 'shpat_<your-admin-api-token>', 'sk_live_${STRIPE_KEY}', 'xoxb-{{ .Values.slack }}', 'abcd1234abcd1234abcd', '1234567890abcdef', 'sk_live_…ab12', 'sk_live_...4242', '%FTP_PASSWORD%', '$(HMAC_KEY)', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'pk.eyJ1IjoibWFwYm94In0.abc', 'deploy/key.pem:1', './certs/server.key'])(
    'treats %s as a placeholder',
    (v) => expect(looksLikePlaceholder(v)).toBe(true),
  );
  it.each(['q8Zr2LmT0vXw4KpN', 'wJalrQ7bPxRfiCYz9k2m', 'S3cr3t-Pa55w0rd-7731', 'AKIAFAKEKPOCRIZA5Y72', 'AKIATXWBFJ4TODOF5OJE'])('treats %s as a real-looking value', (v) =>
    expect(looksLikePlaceholder(v)).toBe(false),
  );
});
