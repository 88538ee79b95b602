#!/usr/bin/env node
// The `warden` command. All logic lives in the built library; this file only hands it the process.
import { Buffer } from 'node:buffer';
import module from 'node:module';
import process from 'node:process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

// Node 22.1+ keeps compiled code between runs (start-up matters in git hooks); older Node lacks it.
module.enableCompileCache?.();
const args = process.argv.slice(2);
let stdin = process.stdin;
let answered = false;
// An agent's hook runs before every tool call: try the warm daemon before loading the whole CLI.
if (args[0] === 'hook' && args.length === 2 && ['claude', 'codex', 'cursor'].includes(args[1])) {
  const { hookViaDaemon } = await import('../dist/hook-daemon/client.js');
  const input = await hookViaDaemon(args[1], fileURLToPath(import.meta.url));
  if (input === undefined) answered = true;
  else stdin = Readable.from([Buffer.from(input)]);
}
if (!answered) {
  const { main } = await import('../dist/main.js');
  process.exitCode = await main(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin,
    cwd: process.cwd(),
    env: process.env,
  });
}
