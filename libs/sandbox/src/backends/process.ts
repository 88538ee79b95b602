// Running a contained process: its own process group (so a timeout or Ctrl-C kills everything it started),
// output streamed, stdin written and closed.
import { spawn } from 'node:child_process';
import type { SandboxResult } from './types.js';

export function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; stdin?: string; timeoutMs: number; onStdout?: (c: Buffer) => void; onStderr?: (c: Buffer) => void },
): Promise<SandboxResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    let timedOut = false;
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), 2000).unref();
    }, options.timeoutMs);
    // An interrupted runner takes its agent down with it: no orphans.
    const onSignal = (signal: NodeJS.Signals) => killGroup(signal);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    child.stdout.on('data', (c: Buffer) => options.onStdout?.(c));
    child.stderr.on('data', (c: Buffer) => options.onStderr?.(c));
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve({ exitCode, signal, timedOut });
    });
  });
}
