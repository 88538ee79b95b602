// Running git: argument arrays (never a shell), `git -C root`, a stable environment, and output that streams,
// so a large diff or many blobs never hit a buffer limit.
import { spawn } from 'node:child_process';
import { WardenError } from '../errors.js';

/**
 * Same answers whatever the user's setup: no optional index locks (a scan must not fight an editor's git),
 * messages in English, no credential prompts, no pager, no lazy blob fetches behind our back. GIT_INDEX_FILE
 * and friends pass through on purpose: in a pre-commit hook they name the index being committed.
 */
const ENV = {
  GIT_OPTIONAL_LOCKS: '0',
  LC_ALL: 'C',
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  GIT_NO_LAZY_FETCH: '1',
};

/** Config that would change output we parse; plumbing ignores most porcelain settings, these it does not. */
const CONFIG = ['-c', 'core.quotePath=false', '-c', 'core.fsmonitor=false', '-c', 'color.ui=never'];

export interface GitResult {
  code: number;
  /** Empty when the caller streamed stdout. */
  stdout: Buffer;
  /** The first 64 KiB, for messages. */
  stderr: string;
}

export interface GitOptions {
  /** Written to git's stdin, then stdin is closed. */
  input?: string | Buffer;
  /** Receives stdout as it arrives instead of buffering it. */
  onStdout?: (chunk: Buffer) => void;
}

export function git(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', cwd, ...CONFIG, ...args], {
      env: { ...process.env, ...ENV },
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    let err = '';
    let failure: unknown;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      if (!options.onStdout) {
        out.push(chunk);
        return;
      }
      try {
        options.onStdout(chunk);
      } catch (e) {
        // A parser error: stop git and report it once it has exited.
        failure = e;
        child.kill();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (err.length < 65536) err += chunk;
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'ENOENT' ? new WardenError('git is not installed (or not on PATH)') : e);
    });
    child.on('close', (code) => {
      if (failure) reject(failure);
      else resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err });
    });
    // git may exit before reading all of its input (a bad revision); that is reported through its exit code.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** Runs git and returns stdout, or throws with git's own first line of complaint. */
export async function gitOk(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<Buffer> {
  const r = await git(cwd, args, options);
  if (r.code !== 0) throw new Error(`git ${args[0] ?? ''} failed: ${firstLine(r.stderr) || `exit code ${r.code}`}`);
  return r.stdout;
}

export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? ''
  ).replace(/^(fatal|error): /, '');
}
