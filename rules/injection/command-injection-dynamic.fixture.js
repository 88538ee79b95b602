// Fixture for injection.command-injection-dynamic (JavaScript).
'use strict';

const path = require('path');
const cp = require('child_process');
const { exec, execSync, execFile } = require('child_process');
const shell = require('shelljs');
const { quote } = require('shell-quote');

const GIT = '/usr/bin/git';
const BUILD_DIR = path.join(__dirname, 'dist');

// A library helper: whatever the caller passes ends up in a shell.
function checkout(repoDir, branch) {
  // ruleid: injection.command-injection-dynamic
  return execSync(`cd ${repoDir} && git checkout ${branch}`).toString();
}

function convert(file, format, done) {
  // ruleid: injection.command-injection-dynamic
  cp.exec('convert ' + file + ' out.' + format, done);
}

function runHook(hook) {
  // ruleid: injection.command-injection-dynamic
  shell.exec(hook.command, { silent: true });
}

function runMessage(message) {
  const { cmd } = JSON.parse(message);
  // ruleid: injection.command-injection-dynamic
  exec(cmd, (err, out) => console.log(out));
}

function mixed(name) {
  // ruleid: injection.command-injection-dynamic
  execSync(`${GIT} tag ${name}`);
}

// --- safe -----------------------------------------------------------------------------------------------------

function constants() {
  // ok: injection.command-injection-dynamic
  execSync('git rev-parse HEAD');
  // ok: injection.command-injection-dynamic
  execSync(`npm run build`);
  // ok: injection.command-injection-dynamic
  execSync('ls ' + 42);
  // ok: injection.command-injection-dynamic
  execSync(`${GIT} status --short`);
  // ok: injection.command-injection-dynamic
  execSync('rm -rf ' + BUILD_DIR);
  // ok: injection.command-injection-dynamic
  execSync(`node ${__dirname}/scripts/seed.js`);
}

function quoted(file) {
  // ok: injection.command-injection-dynamic
  execSync(`wc -l ${quote([file])}`);
}

function noShell(file, callback) {
  // ok: injection.command-injection-dynamic
  execFile('wc', ['-l', file], callback);
}

function lookAlike(pattern, text) {
  // ok: injection.command-injection-dynamic
  return new RegExp(pattern).exec(text);
}

module.exports = { checkout, convert, runHook, runMessage, mixed, constants, quoted, noShell, lookAlike };
