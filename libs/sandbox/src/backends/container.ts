// Docker or Podman: one container per run, from a configurable image, on an internal network. The worktree and
// per-run home are mounted; nothing else of the host is. This machine family runs no container engine, so the
// backend mostly has to say so clearly: a run never falls back to a weaker sandbox on its own.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { runProcess } from './process.js';
import type { SandboxBackend } from './types.js';

const exec = promisify(execFile);

export function containerBackend(engine: 'docker' | 'podman', image = 'node:22-bookworm-slim'): SandboxBackend {
  return {
    name: engine,
    async available() {
      try {
        await exec(engine, ['info', '--format', '{{.ServerVersion}}'], { timeout: 10_000 });
        return { ok: true };
      } catch (err) {
        const e = err as { code?: string; stderr?: string; message: string };
        const why = e.code === 'ENOENT' ? `${engine} is not installed` : (e.stderr || e.message).trim().split('\n')[0];
        return { ok: false, reason: `the ${engine} backend cannot run here: ${why}` };
      }
    },
    async run(spec) {
      const network = `warden-internal-${process.pid}`;
      await exec(engine, ['network', 'create', '--internal', network]).catch(() => undefined);
      const env = Object.entries(spec.env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
      const args = [
        'run', '--rm', '-i', '--network', network, '--user', '1000:1000', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges',
        '-v', `${spec.worktree}:${spec.worktree}`, '-v', `${spec.home}:${spec.home}`, '-w', spec.worktree, ...env, image, spec.command, ...spec.args,
      ];
      try {
        return await runProcess(engine, args, { cwd: spec.runDir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, stdin: spec.stdin, timeoutMs: spec.timeoutMs, onStdout: spec.onStdout, onStderr: spec.onStderr });
      } finally {
        await exec(engine, ['network', 'rm', network]).catch(() => undefined);
      }
    },
  };
}
