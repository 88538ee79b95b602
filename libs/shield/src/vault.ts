// The token↔secret vault of one session: HMAC-SHA-256 of the category and value under the session's key, cut to
// 8 hex digits. Two values whose cuts clash (a 32-bit collision: likely only past tens of thousands of secrets)
// are told apart by deriving again with a counter, so every token stands for exactly one value. Memory only.
import { createHmac } from 'node:crypto';
import { formatToken, type TokenCategory } from './tokens.js';

export class TokenVault {
  private key: Buffer | undefined;
  private readonly byValue = new Map<string, string>();
  private readonly byToken = new Map<string, string>();

  constructor(key: Buffer) {
    this.key = key;
  }

  /** The value's token; `fresh` when this call issued it. */
  tokenFor(value: string, category: TokenCategory): { token: string; fresh: boolean } {
    const existing = this.byValue.get(value);
    if (existing) return { token: existing, fresh: false };
    const key = this.live();
    for (let n = 0; ; n++) {
      const token = formatToken(category, derive(key, category, value, n));
      const taken = this.byToken.get(token);
      if (taken === undefined) {
        this.byToken.set(token, value);
        this.byValue.set(value, token);
        return { token, fresh: true };
      }
      if (taken === value) return { token, fresh: false };
      // Another value already has this token: derive again.
    }
  }

  valueOf(token: string): string | undefined {
    this.live();
    return this.byToken.get(token);
  }

  has(token: string): boolean {
    return this.byToken.has(token);
  }

  /** Zeroes the key and empties both maps; any later use throws. */
  wipe(): void {
    this.key?.fill(0);
    this.key = undefined;
    this.byValue.clear();
    this.byToken.clear();
  }

  private live(): Buffer {
    if (!this.key) throw new Error('this Shield session was destroyed');
    return this.key;
  }
}

/** The n-th derivation's 8 hex digits (n = 0 for all but a collision's later comer). */
export function derive(key: Buffer, category: TokenCategory, value: string, n: number): string {
  return createHmac('sha256', key).update(`${category}\0${value}${n ? `\0${n}` : ''}`).digest('hex').slice(0, 8);
}
