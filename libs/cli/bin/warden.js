#!/usr/bin/env node
// The `warden` command. All logic lives in the built library; this file only hands it the process.
import module from 'node:module';

// Node 22.1+ keeps compiled code between runs (start-up matters in git hooks); older Node lacks it.
module.enableCompileCache?.();
const { main } = await import('../dist/main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
