import { describe, expect, it } from 'vitest';
import { derive, TokenVault } from './vault.js';

/** Two values whose first derivations clash under `key` (a 32-bit birthday search: about 77k tries). */
function collidingPair(key: Buffer): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; i < 2_000_000; i++) {
    const value = `secret-${i}`;
    const cut = derive(key, 'PASSWORD', value, 0);
    const earlier = seen.get(cut);
    if (earlier) return [earlier, value];
    seen.set(cut, value);
  }
  throw new Error('no collision within the bound');
}

describe('TokenVault', () => {
  it('gives two values whose tokens clash two different tokens, each mapping back to its own value', () => {
    const key = Buffer.alloc(32, 7);
    const [first, second] = collidingPair(key);
    const vault = new TokenVault(Buffer.from(key));
    const a = vault.tokenFor(first, 'PASSWORD');
    const b = vault.tokenFor(second, 'PASSWORD');
    // The first keeps the plain derivation; the later comer derives again.
    expect(a.token).toBe(`__WARDEN_v1_PASSWORD_${derive(key, 'PASSWORD', first, 0)}__`);
    expect(derive(key, 'PASSWORD', second, 0)).toBe(derive(key, 'PASSWORD', first, 0));
    expect(b.token).toBe(`__WARDEN_v1_PASSWORD_${derive(key, 'PASSWORD', second, 1)}__`);
    expect([a.fresh, b.fresh]).toEqual([true, true]);
    expect(vault.valueOf(a.token)).toBe(first);
    expect(vault.valueOf(b.token)).toBe(second);
    // Asking again gives the same tokens, not new ones.
    expect(vault.tokenFor(second, 'PASSWORD')).toEqual({ token: b.token, fresh: false });
    expect(vault.tokenFor(first, 'PASSWORD')).toEqual({ token: a.token, fresh: false });
  });

  it('forgets everything when wiped, and refuses use afterwards', () => {
    const key = Buffer.alloc(32, 9);
    const vault = new TokenVault(key);
    const { token } = vault.tokenFor('hunter2-but-longer', 'PASSWORD');
    vault.wipe();
    expect(key.every((b) => b === 0)).toBe(true);
    expect(vault.has(token)).toBe(false);
    expect(() => vault.tokenFor('x', 'KEY')).toThrow('this Shield session was destroyed');
  });
});
