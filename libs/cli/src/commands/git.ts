// The little git the commands themselves need (the engine does its own): where the repository is.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { WardenError } from '@warden/sentinel';

export async function gitToplevel(cwd: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', '--show-toplevel'], { cwd });
    return stdout.trim();
  } catch {
    throw new WardenError(`not a git repository: ${cwd} (--staged, --base, gate and hooks need one)`);
  }
}

export async function gitOutput(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', args, { cwd });
    return stdout.trim();
  } catch {
    return undefined;
  }
}
