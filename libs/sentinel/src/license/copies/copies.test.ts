// Copied-code detection with real tree-sitter grammars: tokens, winnowing, the quick lexer, index files and
// matching, each on real code.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Deadline } from '../../engine/budget.js';
import { ConfigError } from '../../errors.js';
import { parseText } from '../../match/parse.js';
import { buildLicenseIndex } from './build.js';
import { findCopies, IndexGroup } from './find.js';
import { LicenseIndex } from './index-file.js';
import { grammarTokens, buildLexicon, lexHashes } from './lexer.js';
import { tokenize, type TokenStream } from './tokens.js';
import { familySalt, K, kgramHashes, W, winnow } from './winnow.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-copies-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function tokens(text: string, lang: string): Promise<TokenStream> {
  const parsed = await parseText(text, lang, new Deadline(10_000));
  try {
    return tokenize(parsed.tree!);
  } finally {
    parsed.tree!.delete();
  }
}
const list = (s: TokenStream) => [...s.hashes.subarray(0, s.length)];

// An original routine (written for these tests), standing in for a copyleft corpus: a weighted edit distance.
const ORIGINAL = `
/**
 * Edit distance with weights, the classic dynamic programme.
 */
export function weightedDistance(source, target, weights = { insert: 1, remove: 1, replace: 2 }) {
  const rows = source.length + 1;
  const cols = target.length + 1;
  const table = Array.from({ length: rows }, () => new Array(cols).fill(0));
  for (let r = 0; r < rows; r++) table[r][0] = r * weights.remove;
  for (let c = 0; c < cols; c++) table[0][c] = c * weights.insert;
  for (let r = 1; r < rows; r++) {
    for (let c = 1; c < cols; c++) {
      const same = source[r - 1] === target[c - 1];
      table[r][c] = Math.min(
        table[r - 1][c] + weights.remove,
        table[r][c - 1] + weights.insert,
        table[r - 1][c - 1] + (same ? 0 : weights.replace),
      );
    }
  }
  return table[rows - 1][cols - 1];
}
`;

// The same routine renamed, without comments, re-wrapped and without semicolons or trailing commas.
const DISGUISED = `
function dist(a, b, w = { insert: 9, remove: 9, replace: 7 }) {
  const n = a.length + 1
  const m = b.length + 1
  const d = Array.from({ length: n }, () => new Array(m).fill(1))
  for (let i = 0; i < n; i++) d[i][0] = i * w.remove
  for (let j = 0; j < m; j++) d[0][j] = j * w.insert
  for (let i = 1; i < n; i++) { for (let j = 1; j < m; j++) { const eq = a[i - 1] === b[j - 1]
      d[i][j] = Math.min(d[i - 1][j] + w.remove, d[i][j - 1] + w.insert, d[i - 1][j - 1] + (eq ? 1 : w.replace)) } }
  return d[n - 1][m - 1]
}
`;

describe('tokenize', () => {
  it('gives renamed, re-wrapped, recommented code the same tokens', async () => {
    const a = await tokens(ORIGINAL, 'javascript');
    const b = await tokens(DISGUISED, 'javascript');
    // ORIGINAL is exported and has a default object with other literal values: compare from `function`.
    expect(list(b)).toEqual(list(a).slice(1));
  });

  it('keeps the code shape: a different operator or keyword is a different token', async () => {
    const plus = await tokens('x = a + b;', 'javascript');
    const minus = await tokens('x = a - b;', 'javascript');
    const str = await tokens('x = "a";', 'javascript');
    const num = await tokens('x = 1;', 'javascript');
    expect(list(plus)).not.toEqual(list(minus));
    expect(list(str)).not.toEqual(list(num));
    expect(list(await tokens('x = `t${y}`;', 'javascript'))).toEqual(list(str));
  });

  it('gives Python the same treatment: comments, names, literals, semicolons', async () => {
    const a = await tokens('def f(a, b):\n    # add them\n    c = a + b\n    return c * 2\n', 'python');
    const b = await tokens('def g(x, y):\n    z = x + y; return z * 7\n', 'python');
    expect(list(a)).toEqual(list(b));
  });
});

describe('winnowing', () => {
  it('selects one fingerprint in every window of W hashes', () => {
    const hashes = Uint32Array.from({ length: 500 }, (_, i) => (Math.imul(i + 1, 2654435761) >>> 0) % 1000);
    const picked = winnow(hashes);
    for (let start = 0; start + W <= hashes.length; start++) {
      expect(picked.some((p) => p >= start && p < start + W)).toBe(true);
    }
  });

  it('two texts that share a run of K + W - 1 tokens share a fingerprint', () => {
    let seed = 42;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 97;
    for (let trial = 0; trial < 50; trial++) {
      const shared = Array.from({ length: K + W - 1 }, rand);
      const a = Uint32Array.from([...Array.from({ length: 40 }, rand), ...shared, ...Array.from({ length: 30 }, rand)]);
      const b = Uint32Array.from([...Array.from({ length: 11 }, rand), ...shared, ...Array.from({ length: 60 }, rand)]);
      const ha = kgramHashes(a, a.length, 1);
      const hb = kgramHashes(b, b.length, 1);
      const fa = new Set(winnow(ha).map((i) => ha[i]));
      expect(winnow(hb).some((i) => fa.has(hb[i]!))).toBe(true);
    }
  });

  it('salts by language family, so one shape in two languages does not match', () => {
    const t = Uint32Array.from({ length: 40 }, (_, i) => i);
    expect(kgramHashes(t, 40, familySalt('js'))[0]).not.toBe(kgramHashes(t, 40, familySalt('python'))[0]);
  });
});

describe('the quick lexer', () => {
  it("reproduces most of the parser's k-grams on this repository's own TypeScript", async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    let total = 0;
    let agreed = 0;
    for (const file of sources) {
      const text = readFileSync(path.join(here, file), 'utf8');
      const parsed = await parseText(text, 'typescript', new Deadline(10_000));
      const stream = tokenize(parsed.tree!);
      const lexicon = buildLexicon(grammarTokens(parsed.tree!.language), 'js');
      parsed.tree!.delete();
      const quick = lexHashes(text, lexicon);
      const quickGrams = new Set(kgramHashes(quick, quick.length, 0));
      for (const h of kgramHashes(stream.hashes, stream.length, 0)) {
        total++;
        if (quickGrams.has(h)) agreed++;
      }
    }
    expect(total).toBeGreaterThan(2000);
    expect(agreed / total).toBeGreaterThan(0.85);
  });
});

describe('an index and its matches', async () => {
  const corpus = tempDir({ 'distance.js': ORIGINAL, 'tiny.js': 'export const twice = (x) => x * 2;\n' });
  const built = await buildLicenseIndex({ dir: corpus, license: 'GPL-3.0-or-later', name: 'test-corpus' });
  const file = path.join(tempDir({}), 'index.json');
  writeFileSync(file, JSON.stringify(built.index));
  const group = new IndexGroup([LicenseIndex.load(file)]);

  it('records its sources, license, k and window', () => {
    expect(built.index).toMatchObject({ name: 'test-corpus', license: 'GPL-3.0-or-later', k: K, window: W });
    expect(built.index.sources.map((s) => s.path)).toEqual(['distance.js', 'tiny.js']);
    expect(built.fingerprints).toBeGreaterThan(5);
  });

  it('finds a disguised copy pasted into other code, with both ranges', async () => {
    const host = `import fs from 'node:fs';\n\nexport function load(p) {\n  return JSON.parse(fs.readFileSync(p, 'utf8'));\n}\n${DISGUISED}\nexport default dist;\n`;
    const stream = await tokens(host, 'javascript');
    const found = findCopies(stream, 'js', group, 50);
    expect(found).toHaveLength(1);
    const [m] = found;
    expect(m!.source.path).toBe('distance.js');
    expect(m!.source.license).toBe('GPL-3.0-or-later');
    expect(m!.tokens).toBeGreaterThan(100);
    // The copy spans lines 7-16 of the host; the original is lines 4-21 of its file (0-based source lines).
    const line = (offset: number) => host.slice(0, offset).split('\n').length;
    expect(line(stream.starts[m!.firstToken]!)).toBeGreaterThanOrEqual(7);
    expect(line(stream.starts[m!.endToken - 1]!)).toBeLessThanOrEqual(16);
    expect(m!.sourceStartLine).toBeGreaterThanOrEqual(4);
    expect(m!.sourceEndLine).toBeLessThanOrEqual(21);
    // The quick lexer sees the same copy, so the file would be parsed.
    const lexicon = group.lexicon('js')!;
    const quick = lexHashes(host, lexicon);
    expect(group.mayHoldCopy(kgramHashes(quick, quick.length, familySalt('js')))).toBe(true);
  });

  it('does not report a short shared idiom, nor the same shape in another language', async () => {
    const idiom = 'export function grid(n, m) {\n  return Array.from({ length: n }, () => new Array(m).fill(0));\n}\n';
    expect(findCopies(await tokens(idiom, 'javascript'), 'js', group, 50)).toEqual([]);
    expect(findCopies(await tokens(DISGUISED, 'javascript'), 'python', group, 50)).toEqual([]);
  });
});

describe('index files', () => {
  const write = (content: string) => {
    const file = path.join(tempDir({}), 'bad.json');
    writeFileSync(file, content);
    return file;
  };
  it.each([
    ['not JSON', '{ nope', /bad\.json: not a Warden license index \(not JSON\)/],
    ['another format', '{"format":"something-else"}', /bad\.json: not a Warden license index; build one with/],
    ['another tokenizer', JSON.stringify({ format: 'warden-license-index', tokenizer: 99, k: K, window: W }), /built by another version of Warden.*rebuild it/],
    [
      'a truncated table',
      JSON.stringify({ format: 'warden-license-index', tokenizer: 1, k: K, window: W, name: 'x', license: 'MIT', sources: [], grammar: {}, fingerprints: 'AAAA' }),
      /broken license index: the fingerprint table is truncated/,
    ],
  ])('reject %s with one line naming the file', (_what, content, message) => {
    const file = write(content);
    expect(() => LicenseIndex.load(file)).toThrow(ConfigError);
    expect(() => LicenseIndex.load(file)).toThrow(message);
  });

  it('reject a missing file', () => {
    expect(() => LicenseIndex.load(path.join(tmpdir(), 'no-such-index.json'))).toThrow(/cannot read this license index \(ENOENT\)/);
  });
});
