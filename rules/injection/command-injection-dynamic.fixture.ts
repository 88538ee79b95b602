// Fixture for injection.command-injection-dynamic (TypeScript).
import { exec, execSync, spawn } from 'node:child_process';
import * as childProcess from 'child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);

const DOCKER = 'docker';

interface DeployOptions {
  image: string;
  tag: string;
}

export async function deploy(options: DeployOptions): Promise<string> {
  // ruleid: injection.command-injection-dynamic
  const { stdout } = await execAsync(`${DOCKER} pull ${options.image}:${options.tag}`);
  return stdout;
}

export function openInEditor(file: string): void {
  const editor = process.env.EDITOR ?? 'vi';
  // ruleid: injection.command-injection-dynamic
  childProcess.execSync(editor + ' ' + file, { stdio: 'inherit' });
}

export class Archiver {
  constructor(private readonly target: string) {}

  run(): Buffer {
    // ruleid: injection.command-injection-dynamic
    return execSync(`tar -czf ${this.target} ./data` as string);
  }
}

export function safe(file: string): void {
  // ok: injection.command-injection-dynamic
  execSync(`${DOCKER} ps --all`);
  // ok: injection.command-injection-dynamic
  execSync('echo ' + 'ready' as string);
  // ok: injection.command-injection-dynamic
  spawn('cat', [file]);
  // ok: injection.command-injection-dynamic
  const matcher = /^v(\d+)/;
  matcher.exec(file);
}
