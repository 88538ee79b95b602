import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WardenError } from '../errors.js';
import { resolveTargets } from './index.js';
import type { TargetOptions } from './types.js';

const isRoot = process.getuid?.() === 0;
let temps: string[] = [];

beforeAll(() => {
  // If the suite itself runs inside a git hook, these would point our test repositories at the outer one.
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete process.env[k];
});

afterEach(async () => {
  for (const d of temps) {
    execFileSync('chmod', ['-R', 'u+rwx', d]);
    await rm(d, { recursive: true, force: true });
  }
  temps = [];
});

async function tree(files: Record<string, string>): Promise<string> {
  const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'warden-paths-')));
  temps.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
  return root;
}

function gitInit(dir: string): void {
  execFileSync('git', ['init', '-q', dir]);
}

async function scan(root: string, paths: string[] = [], options: Partial<TargetOptions> = {}) {
  return resolveTargets({ kind: 'paths', paths }, { root, ...options });
}

const names = (r: { files: Array<{ path: string }> }) => r.files.map((f) => f.path);
const skips = (r: { skipped: Array<{ file: string; reason: string }> }) =>
  Object.fromEntries(r.skipped.map((s) => [s.file, s.reason]));

describe('paths: walking directories', () => {
  it('lists files sorted, relative and "/" separated, with sizes and absolute paths; dotfiles included', async () => {
    const root = await tree({ 'b.ts': 'bb', 'a/c.ts': 'c', '.env': 'K=v', 'a/.hidden/x': 'x' });
    const r = await scan(root);
    expect(names(r)).toEqual(['.env', 'a/.hidden/x', 'a/c.ts', 'b.ts']);
    expect(r.files.find((f) => f.path === 'b.ts')).toEqual({ path: 'b.ts', absPath: path.join(root, 'b.ts'), size: 2 });
    expect(r.skipped).toEqual([]);
  });

  it('never lists .git, even without a .gitignore', async () => {
    const root = await tree({ 'a.ts': '' });
    gitInit(root);
    const r = await scan(root, [], { followGitignore: false });
    expect(names(r)).toEqual(['a.ts']);
  });

  it('walks a tree 200 directories deep', async () => {
    const deep = Array.from({ length: 200 }, () => 'd').join('/');
    const root = await tree({ [`${deep}/bottom.txt`]: 'hi', 'top.txt': '' });
    const r = await scan(root);
    expect(names(r)).toEqual([`${deep}/bottom.txt`, 'top.txt']);
  });

  it('skips files over maxFileSize without listing them as candidates', async () => {
    const root = await tree({ 'big.txt': 'x'.repeat(100), 'small.txt': 'x' });
    const r = await scan(root, [], { maxFileSize: 50 });
    expect(names(r)).toEqual(['small.txt']);
    expect(r.skipped).toEqual([{ file: 'big.txt', reason: 'too-large', detail: '100 bytes, over the 50-byte limit' }]);
  });

  it('lists a path named twice (directly and through its directory) once', async () => {
    const root = await tree({ 'src/a.ts': '', 'src/b.ts': '' });
    expect(names(await scan(root, ['src', 'src/a.ts', './src/']))).toEqual(['src/a.ts', 'src/b.ts']);
  });

  it('reports a named pipe as not-a-file', async () => {
    const root = await tree({ 'a.ts': '' });
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    const r = await scan(root);
    expect(names(r)).toEqual(['a.ts']);
    expect(r.skipped).toEqual([{ file: 'pipe', reason: 'not-a-file', detail: 'a named pipe' }]);
  });

  it.skipIf(isRoot)('reports an unreadable directory as skipped and carries on', async () => {
    const root = await tree({ 'locked/secret.ts': '', 'open.ts': '' });
    await chmod(path.join(root, 'locked'), 0o000);
    const r = await scan(root);
    expect(names(r)).toEqual(['open.ts']);
    expect(r.skipped).toEqual([{ file: 'locked', reason: 'unreadable', detail: 'directory: permission denied' }]);
  });
});

describe('paths: .gitignore', () => {
  it('honours the root .gitignore, nested ones and negations, with git precedence', async () => {
    const root = await tree({
      '.gitignore': '*.log\nbuild/\n/only-at-root.txt\n',
      'app.log': '',
      'build/out.js': '',
      'only-at-root.txt': '',
      'sub/only-at-root.txt': '',
      'sub/.gitignore': '!keep.log\nsecret.txt\n',
      'sub/keep.log': '',
      'sub/other.log': '',
      'sub/secret.txt': '',
      'secret.txt': '',
      'sub/deeper/build/x.js': '',
      'src/a.ts': '',
    });
    gitInit(root);
    const r = await scan(root);
    expect(names(r)).toEqual([
      '.gitignore',
      'secret.txt',
      'src/a.ts',
      'sub/.gitignore',
      'sub/keep.log',
      'sub/only-at-root.txt',
    ]);
    // Pruned paths are not candidates, so not skips either.
    expect(r.skipped).toEqual([]);
  });

  it('honours .git/info/exclude', async () => {
    const root = await tree({ 'a.ts': '', 'local-notes.md': '' });
    gitInit(root);
    await writeFile(path.join(root, '.git/info/exclude'), 'local-notes.md\n');
    expect(names(await scan(root))).toEqual(['a.ts']);
  });

  it('applies .gitignore files above a root inside the repository', async () => {
    const repo = await tree({ '.gitignore': '*.tmp\n', 'pkg/.gitignore': 'gen/\n', 'pkg/lib/a.ts': '', 'pkg/lib/a.tmp': '', 'pkg/lib/gen/x.ts': '' });
    gitInit(repo);
    const r = await scan(path.join(repo, 'pkg', 'lib'));
    expect(names(r)).toEqual(['a.ts']);
  });

  it('applies .gitignore outside a repository too, and not at all with followGitignore: false', async () => {
    const root = await tree({ '.gitignore': 'dist/\n', 'dist/a.js': '', 'b.js': '' });
    expect(names(await scan(root))).toEqual(['.gitignore', 'b.js']);
    expect(names(await scan(root, [], { followGitignore: false }))).toEqual(['.gitignore', 'b.js', 'dist/a.js']);
  });

  it('scans a path named explicitly even when it is ignored, keeping the rules inside it', async () => {
    const root = await tree({
      '.gitignore': 'dist/\n*.secret\n',
      'dist/a.js': '',
      'dist/.gitignore': 'cache/\n',
      'dist/cache/c.js': '',
      'x.secret': '',
    });
    gitInit(root);
    expect(names(await scan(root, ['dist']))).toEqual(['dist/.gitignore', 'dist/a.js']);
    expect(names(await scan(root, ['x.secret']))).toEqual(['x.secret']);
  });

  it('scans everything under a root that the repository ignores', async () => {
    const repo = await tree({ '.gitignore': 'out/\n', 'out/a.js': '', 'out/b/c.js': '' });
    gitInit(repo);
    expect(names(await scan(path.join(repo, 'out')))).toEqual(['a.js', 'b/c.js']);
  });
});

describe('paths: include, exclude and node_modules', () => {
  it('applies exclude and include globs to walks silently', async () => {
    const root = await tree({
      'src/a.ts': '',
      'src/a.test.ts': '',
      'src/fixtures/f.ts': '',
      'docs/x.md': '',
      'README.md': '',
    });
    const r = await scan(root, [], { include: ['src/**', '*.md'], exclude: ['**/fixtures/**', '*.test.ts'] });
    expect(names(r)).toEqual(['README.md', 'docs/x.md', 'src/a.ts']);
    expect(r.skipped).toEqual([]);
  });

  it('reports a named file that the config leaves out as skipped "excluded"', async () => {
    const root = await tree({ 'src/a.ts': '', 'gen/b.ts': '', 'other/c.ts': '' });
    const r = await scan(root, ['gen/b.ts', 'other/c.ts', 'src/a.ts'], { include: ['src/**', 'gen/**'], exclude: ['gen/'] });
    expect(names(r)).toEqual(['src/a.ts']);
    expect(r.skipped).toEqual([
      { file: 'gen/b.ts', reason: 'excluded', detail: "matches exclude pattern 'gen/'" },
      { file: 'other/c.ts', reason: 'excluded', detail: 'not matched by any include pattern' },
    ]);
  });

  it('narrows a named directory by include instead of dropping it', async () => {
    const root = await tree({ 'libs/a/x.ts': '', 'libs/b/y.ts': '' });
    expect(names(await scan(root, ['libs'], { include: ['libs/a/**'] }))).toEqual(['libs/a/x.ts']);
  });

  it('leaves node_modules out by default, in at any depth when named or included', async () => {
    const root = await tree({
      'a.ts': '',
      'node_modules/pkg/index.js': '',
      'packages/p/node_modules/dep/index.js': '',
    });
    expect(names(await scan(root))).toEqual(['a.ts']);
    expect(names(await scan(root, ['node_modules/pkg']))).toEqual(['node_modules/pkg/index.js']);
    expect(names(await scan(root, ['node_modules/pkg/index.js']))).toEqual(['node_modules/pkg/index.js']);
    expect(names(await scan(root, [], { include: ['**/node_modules/**', '*.ts'] }))).toEqual([
      'a.ts',
      'node_modules/pkg/index.js',
      'packages/p/node_modules/dep/index.js',
    ]);
  });

  it('never scans .git, even named', async () => {
    const root = await tree({ 'a.ts': '' });
    gitInit(root);
    const r = await scan(root, ['.git/config']);
    expect(r.files).toEqual([]);
    expect(skips(r)).toEqual({ '.git/config': 'excluded' });
  });
});

describe('paths: what the user names', () => {
  it('refuses a path that does not exist, in one line', async () => {
    const root = await tree({ 'a.ts': '' });
    await expect(scan(root, ['a.ts', 'nope/missing.ts'])).rejects.toThrow(WardenError);
    await expect(scan(root, ['nope/missing.ts'])).rejects.toThrow(/^path not found: nope\/missing\.ts$/);
  });

  it('refuses a path outside the root', async () => {
    const root = await tree({ 'a.ts': '' });
    await expect(scan(path.join(root, 'sub'), ['../a.ts'])).rejects.toThrow(/scan root not found/);
    await mkdir(path.join(root, 'sub'));
    await expect(scan(path.join(root, 'sub'), ['../a.ts'])).rejects.toThrow(/^path is outside the scan root/);
  });

  it('accepts absolute paths inside the root', async () => {
    const root = await tree({ 'src/a.ts': '' });
    expect(names(await scan(root, [path.join(root, 'src')]))).toEqual(['src/a.ts']);
  });

  it('expands globs with the config glob syntax; a glob matching nothing is no error', async () => {
    const root = await tree({ 'src/a.ts': '', 'src/deep/b.ts': '', 'src/c.js': '', 'lib/d.ts': '' });
    expect(names(await scan(root, ['src/**/*.ts']))).toEqual(['src/a.ts', 'src/deep/b.ts']);
    expect(names(await scan(root, ['*.ts']))).toEqual(['lib/d.ts', 'src/a.ts', 'src/deep/b.ts']);
    expect(names(await scan(root, ['src/*.{js,ts}']))).toEqual(['src/a.ts', 'src/c.js']);
    expect(await scan(root, ['**/*.py'])).toEqual({ files: [], skipped: [], notices: [] });
  });

  it('takes a name that exists literally, even with glob characters in it', async () => {
    const root = await tree({ 'app/[id]/page.tsx': '', 'app/x/page.tsx': '' });
    expect(names(await scan(root, ['app/[id]/page.tsx']))).toEqual(['app/[id]/page.tsx']);
    expect(names(await scan(root, ['app/[id]']))).toEqual(['app/[id]/page.tsx']);
  });

  it('refuses an unknown root', async () => {
    await expect(scan('/definitely/not/here')).rejects.toThrow(/^scan root not found: /);
  });
});

describe('paths: symbolic links', () => {
  it('skips a symlink loop and a dangling link, counted, without crashing', async () => {
    const root = await tree({ 'a.ts': '' });
    await symlink('loop-b', path.join(root, 'loop-a'));
    await symlink('loop-a', path.join(root, 'loop-b'));
    await symlink('nowhere.ts', path.join(root, 'dangling.ts'));
    const r = await scan(root);
    expect(names(r)).toEqual(['a.ts']);
    expect(r.skipped).toEqual([
      { file: 'dangling.ts', reason: 'not-a-file', detail: 'dangling symbolic link' },
      { file: 'loop-a', reason: 'symlink-loop', detail: 'symbolic link loop' },
      { file: 'loop-b', reason: 'symlink-loop', detail: 'symbolic link loop' },
    ]);
  });

  it('does not follow symlinked directories (so a link to an ancestor cannot loop)', async () => {
    const root = await tree({ 'src/a.ts': '' });
    await symlink('..', path.join(root, 'src', 'up'));
    await symlink('src', path.join(root, 'alias'));
    const r = await scan(root);
    expect(names(r)).toEqual(['src/a.ts']);
    expect(skips(r)).toEqual({ alias: 'not-a-file', 'src/up': 'not-a-file' });
    // Named explicitly, a symlinked directory is still not followed.
    expect(skips(await scan(root, ['alias']))).toEqual({ alias: 'not-a-file' });
  });

  it('reads a link to a file inside the root through its real path, once', async () => {
    const root = await tree({ '.gitignore': 'config/\n', 'config/dev.env': 'K=1', 'src/a.ts': '' });
    await symlink('config/dev.env', path.join(root, '.env'));
    await symlink('a.ts', path.join(root, 'src', 'same.ts'));
    const r = await scan(root);
    expect(names(r)).toEqual(['.env', '.gitignore', 'src/a.ts']);
    expect(r.files[0]).toEqual({ path: '.env', absPath: path.join(root, 'config/dev.env'), size: 3 });
    expect(r.skipped).toEqual([
      { file: 'src/same.ts', reason: 'not-a-file', detail: 'symbolic link to src/a.ts, which is scanned' },
    ]);
  });

  it('skips a link to a file outside the root', async () => {
    const outside = await tree({ 'id_rsa': 'PRIVATE' });
    const root = await tree({ 'a.ts': '' });
    await symlink(path.join(outside, 'id_rsa'), path.join(root, 'key'));
    const r = await scan(root);
    expect(names(r)).toEqual(['a.ts']);
    expect(r.skipped).toEqual([
      { file: 'key', reason: 'not-a-file', detail: 'symbolic link to a file outside the scan root' },
    ]);
  });
});
