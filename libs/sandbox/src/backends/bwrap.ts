// The bubblewrap backend (Linux default). The agent sees a read-only root, with every home folder (the
// caller's, its credential folders, other users') hidden under empty tmpfs mounts, /run and /tmp private, and
// only its worktree and per-run home writable. It has no network but a loopback, where the bridge relays to
// the egress proxy's unix socket; its own pid, ipc, uts and cgroup namespaces; it dies with the runner and
// cannot reach the runner's terminal (--new-session). It runs as an unprivileged user even when the caller is
// root (setpriv drops to nobody before bwrap starts), so root-only files stay unreadable. The runner hides the
// parent repository and shows only its .git, read-only: the agent cannot commit or plant a hook.
import { execFile } from 'node:child_process';
import { chmod, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BRIDGE_SOURCE } from './bridge.js';
import { runProcess } from './process.js';
import { INSIDE_PROXY_PORT, type SandboxBackend, type SandboxResult, type SandboxSpec } from './types.js';

const exec = promisify(execFile);
/** Who the agent runs as when the caller is root. */
const NOBODY = 65534;

export function bwrapBackend(): SandboxBackend {
  return {
    name: 'bwrap',
    async available() {
      try {
        await exec('bwrap', ['--version']);
      } catch {
        return { ok: false, reason: 'bubblewrap is not installed (apt-get install bubblewrap), and the bwrap backend cannot run' };
      }
      try {
        await exec(...wrapped(['--ro-bind', '/', '/', '--dev', '/dev', '--unshare-all', '--die-with-parent', 'true']));
        return { ok: true };
      } catch (err) {
        const detail = ((err as { stderr?: string }).stderr ?? (err as Error).message).trim().split('\n')[0];
        return { ok: false, reason: `bubblewrap cannot create namespaces here: ${detail}` };
      }
    },
    async run(spec: SandboxSpec): Promise<SandboxResult> {
      const user = sandboxUser();
      await writeFile(path.join(spec.runDir, 'bridge.mjs'), BRIDGE_SOURCE);
      if (process.getuid?.() === 0) {
        // The dropped user must own what it may write, and reach the proxy's socket.
        await exec('chown', ['-R', `${user}:${user}`, spec.worktree, spec.home, spec.runDir]);
      }
      if (spec.proxy.socket) await chmod(spec.proxy.socket, 0o777);
      const inside = { ...spec.env };
      const proxyUrl = `http://127.0.0.1:${INSIDE_PROXY_PORT}`;
      for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) inside[name] = proxyUrl;
      const args = [
        '--ro-bind', '/', '/',
        '--dev', '/dev',
        '--proc', '/proc',
        '--tmpfs', '/tmp',
        '--tmpfs', '/run',
        ...hiddenHomes().flatMap((dir) => ['--tmpfs', dir]),
        ...(spec.hidden ?? []).flatMap((dir) => ['--tmpfs', dir]),
        // The bridge runs on this very Node; an install under a hidden folder (/tmp, a home) is shown, read-only.
        ...nodeInstall().flatMap((dir) => ['--ro-bind', dir, dir]),
        ...(spec.readOnly ?? []).flatMap((dir) => ['--ro-bind', dir, dir]),
        ...(await reachable(spec.readOnlyIfReachable ?? [])).flatMap((dir) => ['--ro-bind', dir, dir]),
        // At the same path as outside, so files the runner writes there (a script, a prompt) keep their names.
        '--bind', spec.runDir, spec.runDir,
        '--bind', spec.home, spec.home,
        '--bind', spec.worktree, spec.worktree,
        '--unshare-all',
        '--die-with-parent',
        '--new-session',
        '--clearenv',
        ...Object.entries(inside).flatMap(([k, v]) => ['--setenv', k, v]),
        '--chdir', spec.worktree,
        '--',
        process.execPath,
        path.join(spec.runDir, 'bridge.mjs'),
        String(INSIDE_PROXY_PORT),
        spec.proxy.socket ?? '/dev/null',
        '--',
        spec.command,
        ...spec.args,
      ];
      const [cmd, cmdArgs] = wrapped(args);
      try {
        return await runProcess(cmd, cmdArgs, { cwd: spec.runDir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, stdin: spec.stdin, timeoutMs: spec.timeoutMs, onStdout: spec.onStdout, onStderr: spec.onStderr });
      } finally {
        // Back to the caller, so the runner's git and the user see their own files.
        if (process.getuid?.() === 0) await exec('chown', ['-R', '0:0', spec.worktree, spec.home]).catch(() => undefined);
      }
    },
  };
}

function sandboxUser(): number {
  return process.getuid?.() === 0 ? NOBODY : (process.getuid?.() ?? NOBODY);
}

/**
 * The folders the sandbox's user can open: as root the agent is nobody, which needs others' search permission
 * on every folder above and read and search on the folder itself (bwrap fails on a mount it cannot reach).
 */
async function reachable(dirs: string[]): Promise<string[]> {
  if (process.getuid?.() !== 0) return dirs;
  const ok = async (dir: string): Promise<boolean> => {
    const mode = await stat(dir).then((s) => s.mode, () => 0);
    if ((mode & 0o005) !== 0o005) return false;
    for (let up = path.dirname(dir); up !== path.dirname(up); up = path.dirname(up)) {
      if (((await stat(up).then((s) => s.mode, () => 0)) & 0o001) === 0) return false;
    }
    return true;
  };
  const checks = await Promise.all(dirs.map(ok));
  return dirs.filter((_, i) => checks[i]);
}

/** bwrap, started as the unprivileged user when the caller is root. */
function wrapped(args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return ['bwrap', args];
  return ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', 'bwrap', ...args]];
}

/** The running Node's install folder, when a mount above hides it inside the sandbox. */
function nodeInstall(): string[] {
  const prefix = path.dirname(path.dirname(process.execPath));
  const hidden = ['/tmp', '/run', ...hiddenHomes()];
  return hidden.some((dir) => prefix === dir || prefix.startsWith(`${dir}/`)) ? [prefix] : [];
}

/** Every folder that holds people's files: all of them appear empty inside. */
function hiddenHomes(): string[] {
  const dirs = new Set(['/root', '/home']);
  const home = homedir();
  if (home && !home.startsWith('/root') && !home.startsWith('/home/') && home !== '/') dirs.add(home);
  return [...dirs];
}
