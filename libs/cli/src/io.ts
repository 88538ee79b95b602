// What a command may touch of its process, passed in so tests can run commands in-process.
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  stdin: Readable;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
