import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WardenError } from '../errors.js';
import type { SourceFile } from '../types.js';
import { resolveTargets } from './index.js';
import type { TargetOptions } from './types.js';

let temps: string[] = [];

beforeAll(() => {
  // If the suite itself runs inside a git hook, these would point our test repositories at the outer one.
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete process.env[k];
});

afterEach(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
  temps = [];
});

async function repo(): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'warden-git-')));
  temps.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Warden Test');
  git(dir, 'config', 'user.email', 'test@warden.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
}

async function put(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
}

async function commit(dir: string, files: Record<string, string | Buffer>, message = 'change'): Promise<void> {
  await put(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
}

const lines = (n: number, f = (i: number) => `line ${i}`) => Array.from({ length: n }, (_, i) => f(i + 1) + '\n').join('');
const text = (f: SourceFile) => f.content?.toString('utf8');
const byPath = (files: SourceFile[]) => Object.fromEntries(files.map((f) => [f.path, f]));

function staged(root: string, options: Partial<TargetOptions> = {}) {
  return resolveTargets({ kind: 'staged' }, { root, ...options });
}
function range(root: string, base: string, head: string, options: Partial<TargetOptions> = {}) {
  return resolveTargets({ kind: 'range', base, head }, { root, ...options });
}

describe('staged', () => {
  it('scans the staged blob, not the working file', async () => {
    const dir = await repo();
    await commit(dir, { 'config.ts': 'const key = "";\n', 'untouched.ts': 'x\n' });
    await put(dir, { 'config.ts': 'const key = "AKIA-STAGED";\n' });
    git(dir, 'add', 'config.ts');
    await put(dir, { 'config.ts': 'const key = process.env.KEY;\n', 'untouched.ts': 'changed, not staged\n' });

    const r = await staged(dir);
    expect(r.files).toHaveLength(1);
    const [f] = r.files;
    expect(f).toMatchObject({ path: 'config.ts', size: 27 });
    expect(text(f!)).toBe('const key = "AKIA-STAGED";\n');
    expect(f!.absPath).toBeUndefined();
    // Staged scans report every line unless asked.
    expect(f!.changedLines).toBeUndefined();
    expect(r.skipped).toEqual([]);
    expect(r.notices).toEqual([]);
  });

  it('works in a repository with no commits yet', async () => {
    const dir = await repo();
    await put(dir, { 'a.ts': lines(3), 'dir/b name.ts': 'b\n' });
    git(dir, 'add', '-A');
    const r = await staged(dir, { stagedChangedLines: true });
    expect(r.files.map((f) => [f.path, f.changedLines])).toEqual([
      ['a.ts', [[1, 3]]],
      ['dir/b name.ts', [[1, 1]]],
    ]);
  });

  it('ignores staged deletions, lists renames and copies under their new names', async () => {
    const dir = await repo();
    await commit(dir, { 'gone.ts': 'bye\n', 'old.ts': lines(10) });
    git(dir, 'rm', '-q', 'gone.ts');
    git(dir, 'mv', 'old.ts', 'new.ts');
    await put(dir, { 'new.ts': lines(10, (i) => (i === 5 ? 'changed' : `line ${i}`)) });
    git(dir, 'add', '-A');
    const r = await staged(dir, { stagedChangedLines: true });
    expect(r.files.map((f) => [f.path, f.changedLines])).toEqual([['new.ts', [[5, 5]]]]);
  });

  it('computes changed lines against HEAD on request', async () => {
    const dir = await repo();
    await commit(dir, { 'a.ts': lines(5) });
    await put(dir, { 'a.ts': 'line 1\nCHANGED\nline 3\nline 4\nline 5\nadded 6\nadded 7\n' });
    git(dir, 'add', '-A');
    expect((await staged(dir, { stagedChangedLines: true })).files[0]!.changedLines).toEqual([
      [2, 2],
      [6, 7],
    ]);
  });

  it('skips staged symlinks and submodules as not-a-file', async () => {
    const dir = await repo();
    await commit(dir, { 'a.ts': '' });
    await symlink('a.ts', path.join(dir, 'link.ts'));
    git(dir, 'add', '-A');
    // A gitlink (what a submodule is in the index), pointing at any commit.
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${git(dir, 'rev-parse', 'HEAD').trim()},vendor/sub`);
    const r = await staged(dir);
    expect(r.files).toEqual([]);
    expect(r.skipped).toEqual([
      { file: 'link.ts', reason: 'not-a-file', detail: 'symbolic link' },
      { file: 'vendor/sub', reason: 'not-a-file', detail: 'submodule' },
    ]);
  });

  it('applies include/exclude and node_modules, reporting each skip', async () => {
    const dir = await repo();
    await put(dir, { 'src/a.ts': '', 'src/a.snap': '', 'node_modules/x/i.js': '', 'docs/d.md': '' });
    git(dir, 'add', '-A', '-f');
    const r = await staged(dir, { include: ['src/**', 'node_modules/**'], exclude: ['*.snap'] });
    expect(r.files.map((f) => f.path)).toEqual(['node_modules/x/i.js', 'src/a.ts']);
    expect(r.skipped).toEqual([
      { file: 'docs/d.md', reason: 'excluded', detail: 'not matched by any include pattern' },
      { file: 'src/a.snap', reason: 'excluded', detail: "matches exclude pattern '*.snap'" },
    ]);
    const defaults = await staged(dir);
    expect(defaults.skipped.map((s) => [s.file, s.reason])).toEqual([['node_modules/x/i.js', 'excluded']]);
  });

  it('skips a blob over maxFileSize without reading it', async () => {
    const dir = await repo();
    await put(dir, { 'big.txt': 'x'.repeat(5000), 'small.txt': 'x' });
    git(dir, 'add', '-A');
    const r = await staged(dir, { maxFileSize: 1000 });
    expect(r.files.map((f) => f.path)).toEqual(['small.txt']);
    expect(r.skipped).toEqual([{ file: 'big.txt', reason: 'too-large', detail: '5000 bytes, over the 1000-byte limit' }]);
  });

  it('refuses a directory that is not a git repository', async () => {
    const dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'warden-nogit-')));
    temps.push(dir);
    await expect(staged(dir)).rejects.toThrow(WardenError);
    await expect(staged(dir)).rejects.toThrow(`not a git repository: ${dir}`);
  });
});

describe('revision range', () => {
  it('lists what head changed since the merge base (A...B), with the lines it added or modified', async () => {
    const dir = await repo();
    await commit(dir, {
      'modified.ts': lines(10),
      'deleted-lines.ts': lines(10),
      'removed.ts': 'gone soon\n',
      'renamed-from.ts': lines(20),
      'main-only.ts': 'base\n',
    });
    git(dir, 'checkout', '-q', '-b', 'feature');
    await put(dir, {
      'modified.ts': lines(10, (i) => (i === 3 || i === 4 ? `changed ${i}` : `line ${i}`)) + 'appended\n',
      'deleted-lines.ts': lines(10).replace('line 4\nline 5\n', ''),
      'added.ts': lines(4),
      'with space ünï "q".ts': 'token\n',
    });
    await unlink(path.join(dir, 'removed.ts'));
    git(dir, 'mv', 'renamed-from.ts', 'renamed-to.ts');
    await put(dir, { 'renamed-to.ts': lines(20, (i) => (i === 7 ? 'seven' : `line ${i}`)) });
    await commit(dir, {});
    // main moves on after the fork: A...B must not show its changes.
    git(dir, 'checkout', '-q', 'main');
    await commit(dir, { 'main-only.ts': 'changed on main\n' });

    const r = await range(dir, 'main', 'feature');
    const files = byPath(r.files);
    expect(Object.keys(files)).toEqual([
      'added.ts',
      'deleted-lines.ts',
      'modified.ts',
      'renamed-to.ts',
      'with space ünï "q".ts',
    ]);
    expect(files['added.ts']!.changedLines).toEqual([[1, 4]]);
    expect(files['deleted-lines.ts']!.changedLines).toEqual([]);
    expect(files['modified.ts']!.changedLines).toEqual([
      [3, 4],
      [11, 11],
    ]);
    expect(files['renamed-to.ts']!.changedLines).toEqual([[7, 7]]);
    expect(files['with space ünï "q".ts']!.changedLines).toEqual([[1, 1]]);
    // Content is head's blob, whatever the working tree holds (main is checked out).
    expect(text(files['modified.ts']!)).toContain('changed 3');
    expect(r.skipped).toEqual([]);
    expect(r.notices).toEqual([]);
  });

  it('keeps every line of a file git calls binary, leaving real binaries to the files stage', async () => {
    const dir = await repo();
    await commit(dir, { '.gitattributes': 'hidden.ts -diff\n', 'hidden.ts': lines(3), 'blob.bin': Buffer.from([0, 1, 2]) });
    await commit(dir, { 'hidden.ts': lines(4), 'blob.bin': Buffer.from([0, 1, 2, 3]) });
    const files = byPath((await range(dir, 'HEAD~1', 'HEAD')).files);
    expect(files['hidden.ts']).toMatchObject({ path: 'hidden.ts', size: 28 });
    expect(files['hidden.ts']!.changedLines).toBeUndefined();
    expect(files['blob.bin']!.changedLines).toBeUndefined();
    expect(files['blob.bin']!.content).toEqual(Buffer.from([0, 1, 2, 3]));
  });

  it('names the revision it does not know', async () => {
    const dir = await repo();
    await commit(dir, { 'a.ts': '' });
    await expect(range(dir, 'nope', 'HEAD')).rejects.toThrow(WardenError);
    await expect(range(dir, 'nope', 'HEAD')).rejects.toThrow(/^unknown revision 'nope'$/);
    await expect(range(dir, 'HEAD', 'feature/missing')).rejects.toThrow(/^unknown revision 'feature\/missing'$/);
    // A revision that looks like an option never reaches git as one.
    await expect(range(dir, '--output=/tmp/x', 'HEAD')).rejects.toThrow(/^unknown revision '--output=\/tmp\/x'$/);
  });

  it('hints at fetching more history in a shallow clone', async () => {
    const dir = await repo();
    await commit(dir, { 'a.ts': '1\n' });
    await commit(dir, { 'a.ts': '2\n' });
    const clone = path.join(dir, 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone]);
    await expect(range(clone, 'HEAD~1', 'HEAD')).rejects.toThrow(
      "unknown revision 'HEAD~1' (this clone is shallow: fetch more history, e.g. actions/checkout with fetch-depth: 0)",
    );
  });

  it('says so when the histories share no commit', async () => {
    const dir = await repo();
    await commit(dir, { 'a.ts': '' });
    git(dir, 'checkout', '-q', '--orphan', 'other');
    await commit(dir, { 'b.ts': '' });
    await expect(range(dir, 'main', 'other')).rejects.toThrow(/^no common ancestor between 'main' and 'other'$/);
  });

  it('refuses a directory that is not a git repository', async () => {
    const dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'warden-nogit-')));
    temps.push(dir);
    await expect(range(dir, 'a', 'b')).rejects.toThrow(/^not a git repository: /);
  });

  it('limits the diff to a root inside the repository, with paths relative to it', async () => {
    const dir = await repo();
    await commit(dir, { 'pkg/a.ts': '', 'other/b.ts': '' });
    await commit(dir, { 'pkg/a.ts': 'x\n', 'pkg/sub/c.ts': 'y\n', 'other/b.ts': 'z\n' });
    const r = await range(path.join(dir, 'pkg'), 'HEAD~1', 'HEAD');
    expect(r.files.map((f) => [f.path, f.changedLines])).toEqual([
      ['a.ts', [[1, 1]]],
      ['sub/c.ts', [[1, 1]]],
    ]);
  });

  it('streams many files and large blobs through one cat-file process', async () => {
    const dir = await repo();
    await commit(dir, { 'seed.txt': '' });
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`many/f${String(i).padStart(3, '0')}.txt`] = `file ${i}\n`.repeat(i % 7);
    files['large.txt'] = 'abcdefghij'.repeat(300_000); // 3 MB, one line: crosses many pipe chunks
    await commit(dir, files);
    const r = await range(dir, 'HEAD~1', 'HEAD', { maxFileSize: 4 * 1024 * 1024 });
    expect(r.files).toHaveLength(401);
    const got = byPath(r.files);
    expect(got['large.txt']!.content!.equals(Buffer.from(files['large.txt']!))).toBe(true);
    expect(text(got['many/f123.txt']!)).toBe(files['many/f123.txt']);
    expect(got['many/f000.txt']).toMatchObject({ size: 0, changedLines: [] });
  });
});
