// The agent's own checkout: `git worktree add` on a new branch agent/<slug>-<short id> from the base. The
// runner owns git; the agent only edits files.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Worktree {
  path: string;
  branch: string;
  base: string;
}

export async function git(cwd: string, args: string[]): Promise<string> {
  // The worktree may belong to the sandbox's user: git must not refuse it as "dubious ownership".
  const { stdout } = await run('git', ['-c', 'safe.directory=*', ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** A branch-name slug of a ticket's title: lower case, dashes, at most 40 characters. */
export function slugOf(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'ticket';
}

export async function createWorktree(repo: string, options: { path: string; slug: string; base?: string; id?: string }): Promise<Worktree> {
  const base = (await git(repo, ['rev-parse', '--verify', `${options.base ?? 'HEAD'}^{commit}`])).trim();
  const branch = `agent/${slugOf(options.slug)}-${options.id ?? randomBytes(3).toString('hex')}`;
  await git(repo, ['worktree', 'add', '--quiet', '-b', branch, options.path, base]);
  return { path: options.path, branch, base };
}

/** Removes the worktree; the branch stays when it has the agent's commit. */
export async function removeWorktree(repo: string, worktree: Worktree, options: { deleteBranch: boolean }): Promise<void> {
  await git(repo, ['worktree', 'remove', '--force', worktree.path]).catch(() => undefined);
  await git(repo, ['worktree', 'prune']).catch(() => undefined);
  if (options.deleteBranch) await git(repo, ['branch', '-D', worktree.branch]).catch(() => undefined);
}

/** Worktrees of earlier runs that died before cleaning up: their folders are gone or marked as Warden's. */
export async function pruneDanglingWorktrees(repo: string): Promise<string[]> {
  const list = await git(repo, ['worktree', 'list', '--porcelain']).catch(() => '');
  const pruned: string[] = [];
  for (const block of list.split('\n\n')) {
    const path = /^worktree (.+)$/m.exec(block)?.[1];
    const branch = /^branch refs\/heads\/(agent\/.+)$/m.exec(block)?.[1];
    if (!path || !branch || !/\/warden-runs\//.test(path)) continue;
    // A run in progress holds a lock file next to its worktree; a dangling one does not.
    const lock = `${path.replace(/\/worktree$/, '')}/run.lock`;
    const alive = await import('node:fs/promises').then((fs) => fs.readFile(lock, 'utf8')).then((pid) => isAlive(Number(pid)), () => false);
    if (alive) continue;
    await git(repo, ['worktree', 'remove', '--force', path]).catch(() => undefined);
    pruned.push(path);
  }
  await git(repo, ['worktree', 'prune']).catch(() => undefined);
  return pruned;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
