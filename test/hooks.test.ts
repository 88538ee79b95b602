// The git hooks through real git: `warden hook install` writes them, and real commits and pushes run them.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awsKeyId, git, gitRepo, randomToken, tempTree, warden } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

/** git with its exit code and output, for commands a hook may refuse. */
function tryGit(cwd: string, ...args: string[]): { code: number; out: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

const secretLine = () => `aws_access_key_id = "${awsKeyId()}"\n`;

function repoWithHooks(): string {
  const repo = gitRepo({ 'README.md': '# app\n' });
  cleanups.push(repo.cleanup);
  git(repo.dir, 'add', '.');
  git(repo.dir, 'commit', '-qm', 'init');
  const r = warden(['hook', 'install'], { cwd: repo.dir });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('wrote .git/hooks/pre-commit');
  expect(r.stdout).toContain('wrote .git/hooks/pre-push');
  return repo.dir;
}

describe('warden hook install', () => {
  it('is idempotent and extends a hook that exists instead of replacing it', () => {
    const repo = gitRepo({});
    cleanups.push(repo.cleanup);
    const hooks = path.join(repo.dir, '.git/hooks');
    mkdirSync(hooks, { recursive: true });
    writeFileSync(path.join(hooks, 'pre-push'), '#!/bin/sh\necho "team check"\n');
    chmodSync(path.join(hooks, 'pre-push'), 0o755);
    expect(warden(['hook', 'install'], { cwd: repo.dir }).stdout).toMatch(/wrote \.git\/hooks\/pre-commit[\s\S]*added warden to \.git\/hooks\/pre-push/);
    const first = readFileSync(path.join(hooks, 'pre-push'), 'utf8');
    expect(first).toMatch(/^#!\/bin\/sh\necho "team check"\n\n# warden: .*\n.* hook pre-push "\$@" \|\| exit \$\?\n$/);
    const again = warden(['hook', 'install'], { cwd: repo.dir });
    expect(again.stdout).toContain('.git/hooks/pre-push already runs warden: unchanged');
    expect(readFileSync(path.join(hooks, 'pre-push'), 'utf8')).toBe(first);
  });

  it('writes the husky files when husky manages the hooks', () => {
    const repo = gitRepo({ '.husky/pre-commit': 'npm test\n' });
    cleanups.push(repo.cleanup);
    git(repo.dir, 'config', 'core.hooksPath', '.husky/_');
    warden(['hook', 'install'], { cwd: repo.dir });
    expect(readFileSync(path.join(repo.dir, '.husky/pre-commit'), 'utf8')).toMatch(/^npm test\n\n# warden: .*\n.* hook pre-commit \|\| exit \$\?\n$/);
    expect(readFileSync(path.join(repo.dir, '.husky/pre-push'), 'utf8')).not.toMatch(/^#!/);
  });

  it('refuses outside a git repository with one line', () => {
    const t = tempTree({});
    cleanups.push(t.cleanup);
    const r = warden(['hook', 'install'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^warden: not a git repository/);
  });
});

describe('the pre-commit hook', () => {
  const dir = repoWithHooks();

  it('refuses a staged secret, says where, and how to suppress it', () => {
    writeFileSync(path.join(dir, 'settings.py'), secretLine());
    git(dir, 'add', 'settings.py');
    const r = tryGit(dir, 'commit', '-m', 'settings');
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/settings\.py\n\s+1:\d+\s+high\s+secret\.aws-access-key-id/);
    expect(r.out).toContain('warden-ignore: <rule-id> -- <reason>');
    expect(r.out).toContain('warden: commit blocked');
  });

  it('scans the index: a fix left unstaged still blocks; staging it lets the commit through', () => {
    writeFileSync(path.join(dir, 'settings.py'), 'aws_access_key_id = os.environ["AWS_ACCESS_KEY_ID"]\n');
    expect(tryGit(dir, 'commit', '-m', 'settings').code).not.toBe(0);
    git(dir, 'add', 'settings.py');
    expect(tryGit(dir, 'commit', '-m', 'settings').code).toBe(0);
  });

  it('lets a suppressed finding through with its reason', () => {
    writeFileSync(path.join(dir, 'fixture.py'), `# warden-ignore: secret.aws-access-key-id -- documented test fixture\n${secretLine()}`);
    git(dir, 'add', 'fixture.py');
    const r = tryGit(dir, 'commit', '-m', 'fixture');
    expect(r.code).toBe(0);
  });
});

describe('the pre-push hook', () => {
  it('refuses to push commits that add a secret, and lets a clean branch through', () => {
    const dir = repoWithHooks();
    const remote = tempTree({});
    cleanups.push(remote.cleanup);
    git(remote.dir, 'init', '-q', '--bare');
    git(dir, 'remote', 'add', 'origin', remote.dir);
    expect(tryGit(dir, 'push', '-q', 'origin', 'main').code).toBe(0);

    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(dir, 'app.py'), `${secretLine()}aws_secret_access_key = "${randomToken(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}"\n`);
    git(dir, 'add', 'app.py');
    git(dir, 'commit', '-qm', 'skip the commit hook', '--no-verify');
    const refused = tryGit(dir, 'push', 'origin', 'feature');
    expect(refused.code).not.toBe(0);
    expect(refused.out).toMatch(/warden: push of refs\/heads\/feature blocked by \d+ finding/);

    git(dir, 'checkout', '-q', 'main');
    git(dir, 'checkout', '-q', '-b', 'clean');
    writeFileSync(path.join(dir, 'ok.py'), 'print("hello")\n');
    git(dir, 'add', 'ok.py');
    git(dir, 'commit', '-qm', 'clean');
    expect(tryGit(dir, 'push', '-q', 'origin', 'clean').code).toBe(0);
  });

  it('reads git\'s ref lines from stdin', () => {
    const dir = repoWithHooks();
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    writeFileSync(path.join(dir, 'app.py'), secretLine());
    git(dir, 'add', 'app.py');
    git(dir, 'commit', '-qm', 'secret', '--no-verify');
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    const r = warden(['hook', 'pre-push', 'origin', 'url'], { cwd: dir, input: `refs/heads/main ${head} refs/heads/main ${base}\n` });
    expect(r.code).toBe(1);
    const deletion = warden(['hook', 'pre-push', 'origin', 'url'], { cwd: dir, input: `(delete) ${'0'.repeat(40)} refs/heads/old ${base}\n` });
    expect(deletion.code).toBe(0);
  });
});
