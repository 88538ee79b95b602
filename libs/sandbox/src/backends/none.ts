// No sandbox: the agent runs as the caller, with the scrubbed environment and the proxy variables, but nothing
// stops it from ignoring them. Only by name, and the runner warns.
import { runProcess } from './process.js';
import type { SandboxBackend } from './types.js';

export function noneBackend(): SandboxBackend {
  return {
    name: 'none',
    async available() {
      return { ok: true };
    },
    async run(spec) {
      const env = { ...spec.env };
      if (spec.proxy.port) {
        const url = `http://127.0.0.1:${spec.proxy.port}`;
        for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) env[name] = url;
      }
      return runProcess(spec.command, spec.args, { cwd: spec.worktree, env, stdin: spec.stdin, timeoutMs: spec.timeoutMs, onStdout: spec.onStdout, onStderr: spec.onStderr });
    },
  };
}
