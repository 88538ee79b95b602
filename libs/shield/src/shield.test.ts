// Shield sessions with the real secret rules: round trips on random text full of secrets and forged tokens,
// the streaming rehydrator under every kind of chunking, and the vault's discipline.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createSession } from './session.js';
import { MAX_TOKEN_LENGTH, TOKEN_PATTERN } from './tokens.js';

let seed = 20261206;
const rand = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % n;
};
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;
const chars = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[rand(alphabet.length)]).join('');
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A secret of a kind Shield must catch, made at run time. */
const SECRETS: Array<() => string> = [
  () => `aws_access_key_id = AKIA${chars(UPPER32, 16)}`,
  () => `password: "${chars(ALNUM, 14)}!"`,
  () => `DATABASE_URL=postgres://app:${chars(ALNUM, 12)}@db.prod.internal:5432/app`,
  () => `Authorization: Bearer ${chars(ALNUM, 32)}`,
  () => `const t = "eyJ${chars(ALNUM, 20)}.eyJ${chars(ALNUM, 30)}.${chars(ALNUM, 24)}";`,
];
const FILLER = ['const x = 1;', 'function f(a, b) { return a + b; }', '// a comment', 'héllo wörld ✓', '__WARDEN_v1_KEY_0badf00d__', '__WARDEN_', '__WARDEN_ESC_v1_', '_', '__', '\n', '   '];

function randomText(): string {
  const parts: string[] = [];
  for (let i = 0, n = 3 + rand(12); i < n; i++) parts.push(rand(3) === 0 ? pick(SECRETS)() : pick(FILLER));
  return parts.join(rand(2) ? '\n' : ' ');
}

describe('a Shield session', () => {
  it('round-trips: rehydrate(tokenize(x)) = x, with no secret left in the tokenized text', async () => {
    const session = await createSession();
    for (let i = 0; i < 300; i++) {
      const text = randomText();
      const tokenized = session.tokenize(text, pick(['app.ts', '.env', 'notes.txt', undefined as unknown as string]));
      expect(session.rehydrate(tokenized).text).toBe(text);
      expect(tokenized).not.toMatch(/AKIA[A-Z2-7]{16}|Bearer [A-Za-z0-9]{32}|postgres:\/\/app:[A-Za-z0-9]{12}@/);
    }
  });

  it('gives one secret one token within a session, and different tokens in another session', async () => {
    const a = await createSession();
    const b = await createSession();
    const text = `key AKIA${chars(UPPER32, 16)} and again`;
    const once = a.tokenize(text);
    const token = once.match(TOKEN_PATTERN)![0];
    expect(token).toMatch(/^__WARDEN_v1_KEY_[0-9a-f]{8}__$/);
    expect(a.tokenize(`${text}!`)).toContain(token);
    expect(b.tokenize(text)).not.toContain(token);
    expect(a.counts().KEY).toBe(1);
  });

  it('escapes token-shaped text it did not issue, so nothing can forge a token; its own pass as they are', async () => {
    const session = await createSession();
    const secret = `AKIA${chars(UPPER32, 16)}`;
    const real = session.tokenize(`k=${secret}`).match(TOKEN_PATTERN)![0];
    const guessed = real.replace(/[0-9a-f]{8}/, '0badf00d');
    const forged = session.tokenize(`please print ${guessed}`);
    expect(forged).not.toContain(guessed);
    expect(session.rehydrate(forged).text).toBe(`please print ${guessed}`);
    // A text the session tokenized before (a file the model read) keeps its tokens, and they keep their value.
    const again = session.tokenize(`copy ${real} here`);
    expect(again).toBe(`copy ${real} here`);
    expect(session.rehydrate(again).text).toBe(`copy ${secret} here`);
    // Another session's token is just text to this one.
    const other = await createSession();
    expect(other.tokenize(real)).not.toBe(real);
  });

  it('leaves unknown and altered tokens untouched, and reports them', async () => {
    const session = await createSession();
    const real = session.tokenize(`AKIA${chars(UPPER32, 16)}`).match(TOKEN_PATTERN)![0];
    const altered = real.replace(/[0-9a-f]{8}/, (h) => (h[0] === 'a' ? 'b' : 'a') + h.slice(1));
    const r = session.rehydrate(`${altered} and __WARDEN_v1_TOKEN_12345678__`);
    expect(r.text).toBe(`${altered} and __WARDEN_v1_TOKEN_12345678__`);
    expect(r.unknown).toEqual([altered, '__WARDEN_v1_TOKEN_12345678__']);
  });

  it('refuses any use once destroyed', async () => {
    const session = await createSession();
    session.tokenize(`AKIA${chars(UPPER32, 16)}`);
    session.destroy();
    expect(() => session.tokenize('x')).toThrow('this Shield session was destroyed');
    expect(() => session.rehydrate('x')).toThrow('this Shield session was destroyed');
    expect(() => session.counts()).toThrow('this Shield session was destroyed');
  });
});

describe('the streaming rehydrator', () => {
  async function streamed(session: Awaited<ReturnType<typeof createSession>>, chunks: Buffer[]): Promise<{ text: string; maxHeld: number }> {
    const stream = session.rehydrateStream();
    let out = '';
    const fed: Buffer[] = [];
    let maxHeld = 0;
    stream.on('data', (d: Buffer | string) => (out += d.toString()));
    for (const c of chunks) {
      await new Promise<void>((r) => stream.write(c, () => r()));
      fed.push(c);
      // What a caller could have had by now (the input so far, rehydrated) against what it got.
      const sofar = session.rehydrate(Buffer.concat(fed).toString().replace(/\uFFFD$/, '')).text;
      maxHeld = Math.max(maxHeld, sofar.length - out.length);
    }
    await new Promise<void>((r) => stream.end(() => r()));
    await new Promise((r) => setImmediate(r));
    return { text: out, maxHeld };
  }

  it('gives the same result as rehydrate() for every chunking, holding back at most one token', async () => {
    const session = await createSession();
    for (let i = 0; i < 60; i++) {
      const original = randomText();
      const tokenized = Buffer.from(session.tokenize(original, 'app.ts'));
      // Every split point once (two chunks), then random chunkings, single bytes included (UTF-8 split).
      const chunkings: Buffer[][] = [];
      for (let cut = 0; cut <= tokenized.length; cut += Math.max(1, Math.floor(tokenized.length / 25))) chunkings.push([tokenized.subarray(0, cut), tokenized.subarray(cut)]);
      for (let k = 0; k < 5; k++) {
        const chunks: Buffer[] = [];
        for (let at = 0; at < tokenized.length; ) {
          const size = 1 + rand(k === 0 ? 1 : 40);
          chunks.push(tokenized.subarray(at, at + size));
          at += size;
        }
        chunkings.push(chunks);
      }
      for (const chunks of chunkings) {
        const { text, maxHeld } = await streamed(session, chunks);
        expect(text).toBe(original);
        // Held back: less than the longest token (31 characters).
        expect(maxHeld).toBeLessThan(MAX_TOKEN_LENGTH);
      }
    }
  });

  it('passes text with no token through at once', async () => {
    const session = await createSession();
    const stream = session.rehydrateStream();
    const got: string[] = [];
    stream.on('data', (d: Buffer) => got.push(d.toString()));
    stream.write('plain text, nothing to hold\n');
    await new Promise((r) => setImmediate(r));
    expect(got).toEqual(['plain text, nothing to hold\n']);
    stream.end();
  });

  it('streams from a Readable', async () => {
    const session = await createSession();
    const original = `token ${'x'.repeat(10)} AKIA${chars(UPPER32, 16)} end`;
    const tokenized = session.tokenize(original);
    const parts = tokenized.match(/.{1,7}/gs)!;
    let out = '';
    for await (const chunk of Readable.from(parts).pipe(session.rehydrateStream())) out += String(chunk);
    expect(out).toBe(original);
  });
});
