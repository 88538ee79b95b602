import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KeywordAutomaton } from './aho-corasick.js';
import { cachedAutomaton, forgetAutomata } from './cache.js';

const dir = mkdtempSync(path.join(tmpdir(), 'warden-cache-'));
const saved = process.env.XDG_CACHE_HOME;
process.env.XDG_CACHE_HOME = dir;
afterAll(() => {
  process.env.XDG_CACHE_HOME = saved;
  rmSync(dir, { recursive: true, force: true });
});

const keywords = ['token', 'AKIA', 'password', 'eval(', 'select ', 'ghp_', 'ü-key', 'xoxb-'];
const samples = ['nothing here', 'a TOKEN and Password', 'const k = "AKIAXYZ"; eval(x)', 'SELECT * FROM t', 'ü-key=1 xoxb-123 ghp_x', `${'x'.repeat(2000)}token${'y'.repeat(3000)}eval(`];

describe('the keyword automaton cache', () => {
  it('stores the automaton once and loads the same automaton from it', () => {
    const built = new KeywordAutomaton(keywords);
    const first = cachedAutomaton(keywords);
    const files = readdirSync(path.join(dir, 'warden'));
    expect(files.filter((f) => f.startsWith('keywords-'))).toHaveLength(1);
    expect(cachedAutomaton(keywords)).toBe(first);
    forgetAutomata();
    const loaded = cachedAutomaton(keywords);
    expect(loaded).not.toBe(first);
    for (const s of samples) {
      const expected = built.distinctKeywords(Buffer.from(s)).sort();
      expect(first.distinctKeywords(Buffer.from(s)).sort()).toEqual(expected);
      expect(loaded.distinctKeywords(Buffer.from(s)).sort()).toEqual(expected);
    }
  });

  it('rebuilds when the cache file is damaged, and ignores a cache folder others can write', () => {
    const file = path.join(dir, 'warden', readdirSync(path.join(dir, 'warden')).find((f) => f.startsWith('keywords-'))!);
    writeFileSync(file, 'garbage');
    forgetAutomata();
    expect(cachedAutomaton(keywords).distinctKeywords(Buffer.from('a token')).length).toBe(1);
    chmodSync(path.join(dir, 'warden'), 0o777);
    writeFileSync(file, 'garbage');
    forgetAutomata();
    expect(cachedAutomaton(keywords).distinctKeywords(Buffer.from('a token')).length).toBe(1);
  });
});
