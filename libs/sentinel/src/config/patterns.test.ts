import { describe, expect, it } from 'vitest';
import { globProblem, isExtensionKey, pathMatcher } from './glob.js';
import { isRulePattern, matchesRule, ruleMatcher } from './rule-pattern.js';
import { parseSize } from './size.js';

describe('rule patterns', () => {
  it('accepts ids and trailing-* prefixes only', () => {
    for (const ok of ['secret.aws-access-key-id', 'injection/sql.raw', 'secret.*', 'secret*', '*']) expect(isRulePattern(ok), ok).toBe(true);
    for (const bad of ['Secret.x', 'secret.*.aws', '*.aws', 'a b', '', 'secret.', '-x']) expect(isRulePattern(bad), bad).toBe(false);
  });

  it('matches exactly, or by prefix', () => {
    expect(matchesRule('secret.aws', 'secret.aws')).toBe(true);
    expect(matchesRule('secret.aws', 'secret.aws-2')).toBe(false);
    expect(matchesRule('secret.*', 'secret.aws')).toBe(true);
    expect(matchesRule('secret.*', 'secrets.aws')).toBe(false);
    expect(matchesRule('*', 'anything/at.all')).toBe(true);
    const m = ruleMatcher(['a.b', 'c.*']);
    expect([m('a.b'), m('c.d/e'), m('a.c')]).toEqual([true, true, false]);
    expect(ruleMatcher([])('a.b')).toBe(false);
  });
});

describe('config globs', () => {
  it('refuses globs that cannot mean what was meant', () => {
    expect(globProblem('src/**/*.ts')).toBeUndefined();
    expect(globProblem('')).toMatch(/empty/);
    expect(globProblem('!vendor')).toMatch(/negated/);
    expect(globProblem('C:\\repo\\x')).toMatch(/relative/);
    expect(globProblem('[z-a]')).toMatch(/Range out of order/);
  });

  it('matches paths with the shared glob dialect: names anywhere, directories cover their files', () => {
    const m = pathMatcher(['vendor', 'test/fixtures/**', '*.pem']);
    expect(m('vendor/a/b.js')).toBe(true);
    expect(m('pkg/vendor/x.js')).toBe(true);
    expect(m('./test/fixtures/keys.txt')).toBe(true);
    expect(m('test\\fixtures\\keys.txt')).toBe(true);
    expect(m('deep/dir/server.pem')).toBe(true);
    expect(m('.env')).toBe(false);
    expect(m('src/vendored.js')).toBe(false);
    expect(pathMatcher([])('anything')).toBe(false);
  });

  it('tells extension keys from globs', () => {
    expect(isExtensionKey('.tpl')).toBe(true);
    expect(isExtensionKey('.d.ts')).toBe(true);
    expect(isExtensionKey('*.tpl')).toBe(false);
    expect(isExtensionKey('./x')).toBe(false);
  });
});

describe('parseSize', () => {
  it('reads both unit families and explains failures', () => {
    expect(parseSize('10KB')).toEqual({ ok: true, bytes: 10_000 });
    expect(parseSize('10KiB')).toEqual({ ok: true, bytes: 10_240 });
    expect(parseSize('3 gb')).toEqual({ ok: true, bytes: 3e9 });
    expect(parseSize('10 K')).toMatchObject({ ok: false, problem: expect.stringContaining('unknown unit "K"') });
    expect(parseSize('-1MB')).toMatchObject({ ok: false, problem: expect.stringContaining('is not a size') });
    expect(parseSize('0KB')).toMatchObject({ ok: false, problem: expect.stringContaining('at least 1 byte') });
    expect(parseSize('99999999999GiB')).toMatchObject({ ok: false, problem: expect.stringContaining('too large') });
  });
});
