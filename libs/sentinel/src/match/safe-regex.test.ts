import { describe, expect, it } from 'vitest';
import { enableLinearFallback, foldCase, regexRisk } from './safe-regex.js';

describe('foldCase', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['password', ['PASSWORD', 'PassWord', 'password'], ['passw0rd']],
    ['api[_-]?key', ['API_KEY', 'apiKey', 'Api-Key'], ['api__key']],
    ['[a-f0-9]{4}', ['AbCd', '12ef'], ['abcg']],
    ['\\bsecret\\b\\s*=\\s*(?<secret>\\w+)', ['SECRET = x1'], ['notsecret=1']],
    ['\\x41b\\u0043', ['ABC', 'AbC'], ['aBC']], // escapes keep their exact code point
    ['(?:token|pat)_\\d{2,3}', ['TOKEN_12', 'Pat_123'], ['pat_1']],
    ['[^a-z]x', ['1X', '#x'], ['ax', 'Ax']],
  ];
  for (const [pattern, yes, no] of cases) {
    it(`folds ${pattern}`, () => {
      const re = new RegExp(`^(?:${foldCase(pattern)})$`);
      for (const s of yes) expect(re.test(s), s).toBe(true);
      for (const s of no) expect(re.test(s), s).toBe(false);
      expect(new RegExp(`^(?:${pattern})$`, 'i').test(yes[0]!)).toBe(true);
    });
  }

  it('keeps named groups usable', () => {
    const m = new RegExp(foldCase('key=(?<secret>[a-z]+)')).exec('KEY=AbC');
    expect(m?.groups?.secret).toBe('AbC');
  });
});

describe('enableLinearFallback', () => {
  it('lets V8 finish an exponential pattern through its linear engine', () => {
    enableLinearFallback();
    const re = /(a+)+b/;
    // Without the fallback this takes minutes; with it, well under the test timeout.
    expect(re.test('a'.repeat(40))).toBe(false);
  });
});

describe('regexRisk', () => {
  it('classes patterns by how badly they can backtrack', () => {
    expect(regexRisk('(a+)+b', 'g')).toBe('unbounded');
    expect(regexRisk('abc', 'g')).toBe('bounded');
    expect(regexRisk('ghp_[A-Za-z0-9]{36}', 'g')).toBe('bounded');
    expect(regexRisk('(?<![A-Za-z0-9])ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9])', 'g')).toBe('bounded');
    expect(regexRisk('(?<=x)(a+)+$', 'g')).toBe('unbounded');
    expect(regexRisk('(?<=x)(a|aa)+$', 'g')).toBe('unbounded');
    expect(regexRisk('(?<=x)(?:a|b|[cd])+$', 'g')).toBe('bounded');
    expect(regexRisk('(\\w+\\s?)*$', 'gi')).toBe('unbounded');
    expect(regexRisk('(["\'])[^"\']{20,}\\1', 'g')).toBe('unbounded');
    expect(regexRisk('key\\s*=\\s*(?<secret>[a-z0-9]{32,})', 'gi')).toBe('bounded');
  });
});
