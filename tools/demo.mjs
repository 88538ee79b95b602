#!/usr/bin/env node
// `npm run demo`: the scripted agent works two tickets in a copy of examples/agent-demo/workspace (see its
// README). One change is blocked by the gate, one is committed on an agent/* branch. No API key, no network.
// `node tools/demo.mjs scan` runs the older demo: a scan of the deliberately vulnerable examples/shop-api.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const warden = path.join(root, 'libs/cli/bin/warden.js');

if (process.argv[2] === 'scan') {
  const r = spawnSync(process.execPath, [warden, 'scan', 'examples/shop-api', ...process.argv.slice(3)], { cwd: root, stdio: 'inherit' });
  if (r.status === 1) process.stderr.write('\ndemo: these findings are deliberate (see examples/shop-api/README.md).\n');
  process.exit(r.status === 1 ? 0 : (r.status ?? 1));
}

const demo = path.join(root, 'examples/agent-demo');
const work = mkdtempSync(path.join(tmpdir(), 'warden-demo-'));
const repo = path.join(work, 'shop');
cpSync(path.join(demo, 'workspace'), repo, { recursive: true });
const git = (...args) => spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Demo', GIT_AUTHOR_EMAIL: 'demo@warden.invalid', GIT_COMMITTER_NAME: 'Demo', GIT_COMMITTER_EMAIL: 'demo@warden.invalid' } });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-qm', 'The demo shop');

// bubblewrap is the default sandbox; without it the demo says so and runs unconfined, by name.
const bwrap = spawnSync('bwrap', ['--version']).status === 0;
const sandbox = bwrap ? [] : ['--sandbox', 'none'];
if (!bwrap) process.stdout.write('demo: bubblewrap is not installed (apt-get install bubblewrap): running the scripted agent with --sandbox none\n');

const say = (text) => process.stdout.write(`\n\x1b[1m${text}\x1b[0m\n`);
for (const ticket of ['01-user-lookup', '02-greeting']) {
  // The demo's key is made at run time, in AWS's format, so the repository holds no key-shaped string.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const key = 'AKIA' + Array.from({ length: 16 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
  const script = path.join(work, `${ticket}.script.yaml`);
  writeFileSync(script, readFileSync(path.join(demo, 'tickets', `${ticket}.script.yaml`), 'utf8').replace('AKIA__DEMO_KEY__', key));
  say(`$ warden agent run --ticket-file tickets/${ticket}.md --provider script`);
  spawnSync(process.execPath, [warden, 'agent', 'run', '--ticket-file', path.join(demo, 'tickets', `${ticket}.md`), '--script', script, ...sandbox], { cwd: repo, stdio: 'inherit' });
}
say('$ git branch --list "agent/*"');
process.stdout.write(git('branch', '--list', 'agent/*').stdout);
say('$ warden audit verify');
spawnSync(process.execPath, [warden, 'audit', 'verify'], { cwd: repo, stdio: 'inherit' });
process.stdout.write(`\ndemo: the workspace is in ${repo}; ticket 01 was blocked by the gate, ticket 02 committed for review.\n`);
