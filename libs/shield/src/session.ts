// A Shield session: secrets in text become tokens on the way out and go back to their values on the way in.
// Tokens are HMAC-SHA-256 of the value under a random per-session key, cut to 8 hex digits: the same secret is
// the same token within a session, and someone who sees a token cannot check a guess without the key. The vault
// (token <-> value) exists only in this object's memory: it is never written, logged or shared, and destroy()
// empties it.
import { randomBytes } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { Transform } from 'node:stream';
import { createSecretDetector, type SecretDetector } from '@warden/sentinel';
import { TokenVault } from './vault.js';
import { categoryOfRule, detectShieldSpans, type Span } from './detectors.js';
import { CATEGORIES, couldContinue, escapeText, MAX_TOKEN_LENGTH, TOKEN_PATTERN, unescapeText, type TokenCategory } from './tokens.js';

export interface RehydrateResult {
  text: string;
  /** Token-shaped strings this session did not issue (unknown, or altered): left as they were. */
  unknown: string[];
}

export interface ShieldSession {
  /** `text` with every detected secret replaced by its token; `filename` lets config-file rules apply. */
  tokenize(text: string, filename?: string): string;
  rehydrate(text: string): RehydrateResult;
  /** A stream that rehydrates as it goes, holding back at most a token's length. */
  rehydrateStream(): Transform;
  /** How many distinct secrets of each category the session has tokenized (never which). */
  counts(): Record<TokenCategory, number>;
  /** Empties the vault and forgets the key; the session refuses any further use. */
  destroy(): void;
}

let sharedDetector: Promise<SecretDetector> | undefined;

/** Sentinel's secret rules, loaded once per process (rules are not secrets; the vault is per session). */
function detector(): Promise<SecretDetector> {
  return (sharedDetector ??= createSecretDetector());
}

const ESCAPE_MARK = '__WARDEN_ESC_';

const PRIORITY: Record<TokenCategory, number> = { PRIVKEY: 6, JWT: 5, CONN: 4, PASSWORD: 3, TOKEN: 2, KEY: 1, HOST: 0 };

export async function createSession(options: { detector?: SecretDetector } = {}): Promise<ShieldSession> {
  const secrets = options.detector ?? (await detector());
  const vault = new TokenVault(randomBytes(32));
  let destroyed = false;
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<TokenCategory, number>;

  const live = () => {
    if (destroyed) throw new Error('this Shield session was destroyed');
  };

  const tokenFor = (value: string, category: TokenCategory): string => {
    const { token, fresh } = vault.tokenFor(value, category);
    if (fresh) counts[category]++;
    return token;
  };

  const spansOf = (text: string, filename: string | undefined): Span[] => {
    const found: Span[] = [
      ...secrets.find(text, filename).map((s) => ({ start: s.start, end: s.end, category: categoryOfRule(s.ruleId) })),
      ...detectShieldSpans(text),
    ];
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: Span[] = [];
    for (const s of found) {
      const last = merged[merged.length - 1];
      if (last && s.start < last.end) {
        const category = PRIORITY[s.category] > PRIORITY[last.category] ? s.category : last.category;
        merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end), category };
      } else merged.push(s);
    }
    return merged;
  };

  /**
   * Escapes token-shaped text the session did not issue. Its own tokens pass as they are: text it tokenized
   * earlier (an agent's worktree, a file the model read) carries them, and they must keep meaning their value.
   */
  const escapeUnissued = (segment: string): string => {
    if (!segment.includes('__WARDEN_')) return segment;
    let out = '';
    let at = 0;
    const tokens = new RegExp(TOKEN_PATTERN.source, 'g');
    for (let m = tokens.exec(segment); m; m = tokens.exec(segment)) {
      if (!vault.has(m[0])) continue;
      out += escapeText(segment.slice(at, m.index)) + m[0];
      at = m.index + m[0].length;
    }
    return out + escapeText(segment.slice(at));
  };

  const rehydrate = (text: string): RehydrateResult => {
    live();
    const unknown: string[] = [];
    let out = '';
    let at = 0;
    // A regex of its own: callers may be iterating the shared TOKEN_PATTERN when they call this.
    const tokens = new RegExp(TOKEN_PATTERN.source, 'g');
    for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
      out += unescapeText(text.slice(at, m.index));
      const value = vault.valueOf(m[0]);
      if (value === undefined) unknown.push(m[0]);
      out += value ?? m[0];
      at = m.index + m[0].length;
    }
    out += unescapeText(text.slice(at));
    return { text: out, unknown };
  };

  return {
    tokenize(text, filename) {
      live();
      let out = '';
      let at = 0;
      for (const s of spansOf(text, filename)) {
        out += escapeUnissued(text.slice(at, s.start));
        out += tokenFor(text.slice(s.start, s.end), s.category);
        at = s.end;
      }
      return out + escapeUnissued(text.slice(at));
    },
    rehydrate,
    rehydrateStream() {
      live();
      const decoder = new StringDecoder('utf8');
      let carry = '';
      const release = (final: boolean): string => {
        let hold = carry.length;
        if (!final) {
          // Wait only on a tail that could still become a token or an escape: never more than one token, and
          // never part of a token or escape that is already complete.
          let complete = 0;
          TOKEN_PATTERN.lastIndex = 0;
          for (let m = TOKEN_PATTERN.exec(carry); m; m = TOKEN_PATTERN.exec(carry)) complete = m.index + m[0].length;
          const escape = carry.lastIndexOf(ESCAPE_MARK);
          if (escape !== -1) complete = Math.max(complete, escape + ESCAPE_MARK.length);
          for (let i = Math.max(complete, carry.length - MAX_TOKEN_LENGTH + 1); i < carry.length; i++) {
            if (carry[i] === '_' && couldContinue(carry.slice(i))) {
              hold = i;
              break;
            }
          }
        }
        const ready = carry.slice(0, hold);
        carry = carry.slice(hold);
        return rehydrate(ready).text;
      };
      return new Transform({
        decodeStrings: true,
        transform(chunk: Buffer, _encoding, done) {
          carry += decoder.write(chunk);
          const out = release(false);
          done(null, out === '' ? undefined : out);
        },
        flush(done) {
          carry += decoder.end();
          const out = release(true);
          done(null, out === '' ? undefined : out);
        },
      });
    },
    counts() {
      live();
      return { ...counts };
    },
    destroy() {
      vault.wipe();
      destroyed = true;
    },
  };
}
