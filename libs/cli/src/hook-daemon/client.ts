// The hook client: hands one hook call to the daemon of this install and returns its reply, or undefined when
// there is no daemon (or it did not answer in time), and then the caller decides in its own process. Imports
// only Node built-ins and address.ts, so a call that reaches the daemon costs little more than Node's start-up.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { daemonSocket } from './address.js';

export interface DaemonRequest {
  client: 'claude' | 'codex' | 'cursor';
  input: string;
  cwd: string;
  run?: string;
  hookLog?: string;
}

export interface DaemonReply {
  stdout: string;
  stderr: string;
}

/** How long a call waits for the daemon before deciding itself (the daemon enforces the policy's own limit). */
const ANSWER_WITHIN_MS = 30_000;

/**
 * `warden hook claude|codex|cursor` through the daemon: reads the event from stdin and, when the daemon
 * answers, writes its reply and returns undefined. Otherwise it starts a daemon for the next calls and returns
 * the event it read, for this process to decide (so the first call, or one the daemon drops, still gets an
 * answer, under the same fail-closed rules). WARDEN_HOOK_DAEMON=0 turns the daemon off.
 */
export async function hookViaDaemon(client: DaemonRequest['client'], bin: string): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = Buffer.concat(chunks).toString('utf8');
  if (process.env.WARDEN_HOOK_DAEMON === '0') return input;
  const socket = await daemonSocket().catch(() => undefined);
  if (!socket) return input;
  const reply = await askDaemon(socket, { client, input, cwd: process.cwd(), run: process.env.WARDEN_RUN, hookLog: process.env.WARDEN_HOOK_LOG });
  if (!reply) {
    startDaemon(bin);
    return input;
  }
  process.stdout.write(reply.stdout);
  if (reply.stderr) process.stderr.write(reply.stderr);
  return undefined;
}

async function askDaemon(socket: string, request: DaemonRequest): Promise<DaemonReply | undefined> {
  return new Promise((resolve) => {
    const conn = connect(socket);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      conn.destroy();
      resolve(undefined);
    }, ANSWER_WITHIN_MS);
    conn.on('connect', () => conn.end(JSON.stringify(request)));
    conn.on('data', (c: Buffer) => chunks.push(c));
    conn.on('error', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    conn.on('close', () => {
      clearTimeout(timer);
      try {
        const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as DaemonReply;
        resolve(typeof reply.stdout === 'string' && typeof reply.stderr === 'string' ? reply : undefined);
      } catch {
        resolve(undefined);
      }
    });
  });
}

/**
 * Starts the daemon for the next calls, detached, with none of the caller's git variables (it serves every
 * repository of this user; each call says where it runs).
 */
function startDaemon(bin: string): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_') && name !== 'WARDEN_RUN' && name !== 'WARDEN_HOOK_LOG'));
  const child = spawn(process.execPath, [bin, 'hook', 'serve'], { detached: true, stdio: 'ignore', cwd: '/', env });
  child.on('error', () => undefined);
  child.unref();
}
