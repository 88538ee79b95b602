import { describe, expect, it } from 'vitest';
import { KeywordAutomaton } from './aho-corasick.js';
import { Prefilter } from './prefilter.js';

function found(keywords: string[], text: string): string[] {
  const ac = new KeywordAutomaton(keywords);
  return [...new Set(ac.distinctKeywords(Buffer.from(text, 'utf8')))].map((i) => keywords[i]!).sort();
}

describe('KeywordAutomaton', () => {
  it('finds overlapping and nested keywords case-insensitively', () => {
    expect(found(['he', 'she', 'his', 'hers'], 'uSHErs')).toEqual(['he', 'hers', 'she']);
    expect(found(['akia', 'ghp_'], 'x = "AKIAXYZ"; y = "GHP_abc"')).toEqual(['akia', 'ghp_']);
    expect(found(['abc'], 'ababab')).toEqual([]);
  });

  it('handles keywords that are suffixes of others through failure links', () => {
    expect(found(['private key', 'key'], 'BEGIN RSA PRIVATE KEY')).toEqual(['key', 'private key']);
  });

  it('matches non-ASCII keywords exactly and ASCII ones in either case, amid non-ASCII text', () => {
    expect(found(['пароль', 'token'], 'пароль → tokén TOKEN')).toEqual(['token', 'пароль']);
    expect(found(['пароль'], 'ПАРОЛЬ')).toEqual([]);
  });

  it('scans raw bytes, so a file without keywords is never decoded', () => {
    const ac = new KeywordAutomaton(['ghp_']);
    expect(ac.distinctKeywords(Buffer.from('x = "GHP_abc" ghp_x\n', 'utf8'))).toEqual([0]);
  });

  it('agrees with a naive search on random text', () => {
    const alphabet = 'abcAB_';
    const rnd = (n: number, seed: { s: number }) =>
      Array.from({ length: n }, () => alphabet[(seed.s = (seed.s * 1103515245 + 12345) & 0x7fffffff) % alphabet.length]).join('');
    const seed = { s: 7 };
    const keywords = Array.from({ length: 30 }, () => rnd(3, seed));
    const text = rnd(2000, seed);
    const naive = [...new Set(keywords.filter((k) => text.toLowerCase().includes(k.toLowerCase())))].sort();
    expect([...new Set(found(keywords, text))].sort()).toEqual(naive);
  });

  it('finds a keyword that straddles a cut of the interleaved walk, in any position, once', () => {
    const keyword = 'private_key_header';
    const size = 16_000;
    const quarter = Math.floor(size / 4);
    // Around each cut, and at both ends: every alignment of the keyword over the cut.
    const starts = [0, size - keyword.length];
    for (const cut of [quarter, 2 * quarter, 3 * quarter]) {
      for (let d = -keyword.length; d <= 1; d++) starts.push(cut + d);
    }
    for (const start of starts) {
      const text = '.'.repeat(start) + keyword + '.'.repeat(size - start - keyword.length);
      expect(found([keyword, 'absent'], text), `keyword at ${start}`).toEqual([keyword]);
    }
    const ac = new KeywordAutomaton([keyword]);
    expect(ac.distinctKeywords(Buffer.from(keyword.repeat(size / keyword.length)))).toEqual([0]);
  });

  it('agrees with a naive search on large random text (the interleaved walk)', () => {
    const alphabet = 'abcdAB_';
    const seed = { s: 11 };
    const rnd = (n: number) =>
      Array.from({ length: n }, () => alphabet[(seed.s = (seed.s * 1103515245 + 12345) & 0x7fffffff) % alphabet.length]).join('');
    const keywords = [...new Set(Array.from({ length: 200 }, (_, i) => rnd(4 + (i % 5))))];
    for (const size of [2047, 2048, 4099, 50_000]) {
      const text = rnd(size);
      const naive = [...new Set(keywords.filter((k) => text.toLowerCase().includes(k.toLowerCase())))].sort();
      expect(found(keywords, text), `size ${size}`).toEqual(naive);
    }
  });
});

describe('Prefilter', () => {
  it('returns the rules whose keywords occur', () => {
    const pf = new Prefilter([{ keywordGroups: [['AKIA', 'ASIA']] }, { keywordGroups: [['eval']] }, { keywordGroups: [['md5', 'eval']] }]);
    expect(pf.candidates('const k = "ASIA..."')).toEqual([0]);
    expect(pf.candidates('eval(x)')).toEqual([1, 2]);
    expect(pf.candidates('nothing here')).toEqual([]);
  });

  it('with keyword groups, needs a keyword of every group', () => {
    const taint = { keywordGroups: [['req.', 'request'], ['query(', 'execute']] };
    const pf = new Prefilter([taint, { keywordGroups: [['query(']] }]);
    expect(pf.candidates('db.query(sql)')).toEqual([1]);
    expect(pf.candidates('req.body; db.query(sql)')).toEqual([0, 1]);
    expect(pf.candidates('REQUEST then EXECUTE')).toEqual([0]);
    expect(pf.candidates('request and req.body, no sink')).toEqual([]);
    // A keyword in two groups of the same rule satisfies both.
    const shared = new Prefilter([{ keywordGroups: [['exec'], ['exec', 'spawn']] }]);
    expect(shared.candidates('exec(cmd)')).toEqual([0]);
  });

  it('treats a rule without keywords as a candidate in every file', () => {
    const pf = new Prefilter([{ keywordGroups: [['eval']] }, { keywordGroups: [[]] }]);
    expect(pf.candidates('nothing here')).toEqual([1]);
    expect(pf.candidates('eval(x)')).toEqual([0, 1]);
  });

  it('reports markers in the same pass', () => {
    const pf = new Prefilter([{ keywordGroups: [['eval']] }], ['warden-ignore']);
    expect(pf.scanBytes(Buffer.from('// WARDEN-IGNORE: x -- y'))).toEqual({ rules: [], markers: [0] });
    expect(pf.scanBytes(Buffer.from('eval(1) // warden-ignore: x -- y'))).toEqual({ rules: [0], markers: [0] });
  });
});
