// Where the hook daemon of this Warden install listens: a unix socket in a folder only this user can open,
// named after the install (the Node binary and the built code's modification times), so an upgraded or rebuilt
// Warden never talks to a daemon running the old code. Cheap on purpose: the hook client imports only this.
import { createHash } from 'node:crypto';
import { lstat, mkdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The socket path, or undefined when no safe folder for it exists (then hooks run in their own process). */
export async function daemonSocket(): Promise<string | undefined> {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const dir = path.join(tmpdir(), `warden-${uid}`);
  await mkdir(dir, { mode: 0o700 }).catch(() => undefined);
  const info = await lstat(dir).catch(() => undefined);
  // Another user's folder, a symlink or a folder others can enter could hand our hook calls to someone else.
  if (!info?.isDirectory() || info.uid !== uid || (info.mode & 0o077) !== 0) return undefined;
  const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const libs = ['@warden/sentinel', '@warden/agent/audit'].map((name) => path.dirname(fileURLToPath(import.meta.resolve(name))));
  // The build records (absent from published packages, where package.json's version says the same).
  const built = [cli, ...libs].flatMap((dist) => [path.join(dist, '.tsbuildinfo'), path.join(dist, '..', 'package.json')]);
  const stamps = await Promise.all(built.map((f) => stat(f).then((s) => `${f}@${s.mtimeMs}@${s.size}`, () => f)));
  const key = createHash('sha256').update([process.execPath, process.version, ...stamps].join('\n')).digest('hex').slice(0, 16);
  return path.join(dir, `hooks-${key}.sock`);
}
