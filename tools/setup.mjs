#!/usr/bin/env node
// Makes a fresh clone ready to run: installs dependencies when they are missing or stale, then builds the libs
// (Nx caches the build, so a second call costs about a second). `npm run demo`, `npm test` and `npm run bench`
// call this first, so each works from a clean clone with only Node and npm present.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');

function run(cmd, args) {
  if (!quiet) process.stderr.write(`setup: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (r.status !== 0) {
    process.stderr.write(`setup: "${cmd} ${args.join(' ')}" failed (exit ${r.status ?? r.signal})\n`);
    process.exit(r.status ?? 1);
  }
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`setup: Warden needs Node.js 20.19 or newer (this is ${process.versions.node})\n`);
  process.exit(2);
}

// npm writes node_modules/.package-lock.json on every install: older than package-lock.json means stale.
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

run(process.execPath, [path.join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'run-many', '-t', 'build', '--output-style=stream-without-prefixes']);
