import { mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WardenError } from '../errors.js';
import { DEFAULT_MAX_FILE_SIZE, resolveOptions, resolveTargets, sourceFor } from './index.js';

let root: string;
beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'warden-index-')));
  await writeFile(path.join(root, 'a.ts'), 'a');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('resolveTargets', () => {
  it('picks one source per kind of target', () => {
    expect(sourceFor({ kind: 'paths', paths: [] }).kind).toBe('paths');
    expect(sourceFor({ kind: 'staged' }).kind).toBe('staged');
    expect(sourceFor({ kind: 'range', base: 'a', head: 'b' }).kind).toBe('range');
    expect(sourceFor({ kind: 'stdin', filename: 'x' }).kind).toBe('stdin');
  });

  it('fills in defaults', async () => {
    const o = await resolveOptions({ root });
    expect(o).toMatchObject({
      root,
      realRoot: root,
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      followGitignore: true,
      stagedChangedLines: false,
      skipNodeModules: true,
    });
    expect(DEFAULT_MAX_FILE_SIZE).toBe(1048576);
    expect((await resolveOptions({ root, include: ['node_modules/x/**'] })).skipNodeModules).toBe(false);
  });

  it('resolves a symlinked root and still reports paths relative to it', async () => {
    const link = `${root}-link`;
    await symlink(root, link);
    try {
      const r = await resolveTargets({ kind: 'paths', paths: [path.join(link, 'a.ts')] }, { root: link });
      expect(r.files).toEqual([{ path: 'a.ts', absPath: path.join(root, 'a.ts'), size: 1 }]);
    } finally {
      await rm(link);
    }
  });

  it('refuses bad options with one-line WardenErrors', async () => {
    await expect(resolveOptions({ root: path.join(root, 'a.ts') })).rejects.toThrow(/^scan root is not a directory: /);
    await expect(resolveOptions({ root: path.join(root, 'missing') })).rejects.toThrow(/^scan root not found: /);
    await expect(resolveOptions({ root, maxFileSize: 0 })).rejects.toThrow(WardenError);
    await expect(resolveOptions({ root, exclude: ['[z-a]'] })).rejects.toThrow(/^invalid glob/);
  });
});

describe('statFiles: false', () => {
  it('lists walked files without statting them (size 0) and leaves the size check to the reader', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "warden-nostat-"));
    try {
      await writeFile(path.join(dir, 'a.txt'), 'hello');
      await writeFile(path.join(dir, 'big.txt'), 'x'.repeat(64));
      const r = await resolveTargets({ kind: 'paths', paths: ['.'] }, { root: dir, statFiles: false, maxFileSize: 16 });
      expect(r.files.map((f) => [f.path, f.size])).toEqual([
        ['a.txt', 0],
        ['big.txt', 0],
      ]);
      expect(r.skipped).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
