// Runs the real `warden` binary (the built CLI) as a child process, as a user or a git hook would.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WARDEN_BIN = path.join(REPO_ROOT, 'libs/cli/bin/warden.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function warden(args: string[], opts: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv }): CliRun {
  const r = spawnSync(process.execPath, [WARDEN_BIN, ...args], {
    cwd: opts.cwd,
    input: opts.input,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI without blocking this process: for tests that serve something (a fake API) while it runs. */
export function wardenAsync(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WARDEN_BIN, ...args], { cwd: opts.cwd, env: { ...process.env, NO_COLOR: '1', ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs ?? 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A temp directory with the given files; returns its path and a cleanup function. */
export function tempTree(files: Record<string, string | Buffer>, prefix = 'warden-e2e-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function gitRepo(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const t = tempTree(files, 'warden-git-');
  git(t.dir, 'init', '-q', '-b', 'main');
  git(t.dir, 'config', 'user.name', 'Warden Test');
  git(t.dir, 'config', 'user.email', 'test@warden.invalid');
  git(t.dir, 'config', 'commit.gpgsign', 'false');
  return t;
}

/** Random characters from an alphabet: test secrets are made at run time, in the provider's format. */
export function randomToken(length: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(Math.random() * alphabet.length)];
  return out;
}

export function awsKeyId(): string {
  return 'AKIA' + randomToken(16);
}

/** A license finding as `warden scan --format json` prints it (the fields the license tests read). */
export interface DepFinding {
  file: string;
  start: { line: number };
  severity: string;
  message: string;
  license: { id: string; verdict: string; package?: string };
}
