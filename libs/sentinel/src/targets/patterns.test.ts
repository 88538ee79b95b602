import { describe, expect, it } from 'vitest';
import { WardenError } from '../errors.js';
import { PathMatcher, compilePattern, isGlob } from './patterns.js';

describe('PathMatcher', () => {
  it('matches files as util/glob.ts does: unanchored names at any depth, anchored paths from the root', () => {
    const m = new PathMatcher(['*.min.js', 'src/**/*.ts', '/vendor']);
    expect(m.matchFileOrParent('a/b/x.min.js')?.source).toBe('*.min.js');
    expect(m.matchFileOrParent('src/a/b.ts')?.source).toBe('src/**/*.ts');
    expect(m.matchFileOrParent('lib/src/b.ts')).toBeUndefined();
    expect(m.matchFileOrParent('vendor/x/y.c')?.source).toBe('/vendor');
    expect(m.matchFileOrParent('sub/vendor/y.c')).toBeUndefined();
  });

  it('matches a directory a glob covers, so a walk can prune it', () => {
    const m = new PathMatcher(['dist/**', 'build/', '**/fixtures/**']);
    expect(m.match('dist', true)?.source).toBe('dist/**');
    expect(m.match('build', true)?.source).toBe('build/');
    expect(m.match('a/fixtures', true)?.source).toBe('**/fixtures/**');
    expect(m.match('dist', false)).toBeUndefined();
    expect(m.match('src', true)).toBeUndefined();
  });

  it('tells which directories can contain a match', () => {
    const anchored = new PathMatcher(['libs/a/**', 'apps/*/src/**']);
    expect(anchored.couldContain('')).toBe(true);
    expect(anchored.couldContain('libs')).toBe(true);
    expect(anchored.couldContain('libs/a/deep')).toBe(true);
    expect(anchored.couldContain('libs/b')).toBe(false);
    expect(anchored.couldContain('apps/web/src')).toBe(true);
    expect(anchored.couldContain('docs')).toBe(false);
    expect(new PathMatcher(['*.ts']).couldContain('anything/at/all')).toBe(true);
  });

  it('knows whether a glob names a segment', () => {
    expect(new PathMatcher(['node_modules/pkg/**']).mentions('node_modules')).toBe(true);
    expect(new PathMatcher(['**/{node_modules,vendor}/**']).mentions('node_modules')).toBe(true);
    expect(new PathMatcher(['src/**', 'my_node_modules/**']).mentions('node_modules')).toBe(false);
  });

  it('ignores blank globs and refuses broken ones with a WardenError', () => {
    expect(new PathMatcher(['', '  ']).isEmpty).toBe(true);
    expect(() => compilePattern('[z-a].ts')).toThrow(WardenError);
    expect(() => compilePattern('[z-a].ts')).toThrow(/^invalid glob '\[z-a\]\.ts': /);
  });

  it('recognises glob syntax', () => {
    expect(['*.ts', 'a?', '[ab]', '{a,b}'].map(isGlob)).toEqual([true, true, true, true]);
    expect(isGlob('src/app.ts')).toBe(false);
  });
});
