import { describe, expect, it } from 'vitest';
import { globToRegExp } from './glob.js';

describe('globToRegExp', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['*.js', ['a.js', 'src/deep/a.js'], ['a.ts', 'a.jsx']],
    ['src/**/*.ts', ['src/a.ts', 'src/x/y/a.ts'], ['lib/src/a.ts', 'src/a.tsx']],
    ['**/fixtures/**', ['fixtures/a', 'x/fixtures/b/c'], ['fixturesx/a']],
    ['dist/', ['dist/a.js', 'dist/x/y'], ['src/dist.js']],
    ['*.{yml,yaml}', ['a.yml', 'b/c.yaml'], ['a.json']],
    ['file?.txt', ['file1.txt'], ['file12.txt']],
    ['rules', ['rules/a.yaml', 'x/rules'], ['rulesx']],
    ['**/*.js', ['a/b/c.js', 'c.js'], ['c.jsx']],
    ['file?.[ch]', ['file1.c'], ['file1.d']],
    ['file?.[!ch]', ['file1.d'], ['file1.c']],
    ['a.b+c', ['a.b+c'], ['aXb+c']],
  ];
  for (const [glob, yes, no] of cases) {
    it(glob, () => {
      const re = globToRegExp(glob);
      for (const p of yes) expect(re.test(p), p).toBe(true);
      for (const p of no) expect(re.test(p), p).toBe(false);
    });
  }
});
