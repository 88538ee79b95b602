// The hook daemon (`warden hook serve`): keeps rules, grammars and compiled queries warm so an agent's hook
// call answers in a few tens of milliseconds instead of paying the engine's cold start every time. One request
// per connection (the client's JSON in, the reply's JSON out); it exits when idle, and a second daemon for the
// same socket steps aside.
import { unlink } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { answerHook } from '../commands/agent-hooks.js';
import { daemonSocket } from './address.js';
import type { DaemonRequest } from './client.js';

const IDLE_MS = 15 * 60_000;

export async function serveHooks(idleMs = Number(process.env.WARDEN_HOOK_DAEMON_IDLE_MS) || IDLE_MS): Promise<void> {
  const found = await daemonSocket();
  if (!found) return;
  const socket: string = found;
  let idle: NodeJS.Timeout | undefined;
  const server: Server = createServer({ allowHalfOpen: true }, (conn) => {
    resetIdle();
    const chunks: Buffer[] = [];
    conn.on('data', (c: Buffer) => chunks.push(c));
    conn.on('error', () => undefined);
    conn.on('end', async () => {
      let request: DaemonRequest;
      try {
        request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as DaemonRequest;
      } catch {
        conn.end();
        return;
      }
      const reply = await answerHook(request);
      conn.end(JSON.stringify(reply));
      resetIdle();
    });
  });
  function resetIdle(): void {
    clearTimeout(idle);
    // Closing removes the socket's name at once (libuv unlinks a listening pipe), so a caller arriving later
    // starts a new daemon; unlinking again afterwards could remove that new daemon's socket.
    idle = setTimeout(() => server.close(), idleMs);
  }
  if (!(await listen(server, socket))) return;
  resetIdle();
  await new Promise((resolve) => server.on('close', resolve));
}

/** Listens on the socket; false when a live daemon already does. A socket left by a dead one is replaced. */
async function listen(server: Server, socket: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      server.once('error', resolve);
      server.listen(socket, () => resolve(undefined));
    });
    if (!error) return true;
    if (error.code !== 'EADDRINUSE') return false;
    const alive = await new Promise<boolean>((resolve) => {
      const probe = connect(socket);
      probe.on('connect', () => {
        probe.destroy();
        resolve(true);
      });
      probe.on('error', () => resolve(false));
    });
    if (alive) return false;
    await unlink(socket).catch(() => undefined);
  }
  return false;
}
