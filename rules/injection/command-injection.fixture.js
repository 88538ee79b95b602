// Fixture for injection.command-injection (JavaScript: Express, Koa, Fastify, CLI).
'use strict';

const express = require('express');
const childProcess = require('child_process');
const { exec, execSync, spawn, execFile } = require('child_process');
const util = require('util');
const shellQuote = require('shell-quote');

const execAsync = util.promisify(exec);
const app = express();

const TOOLS = { lint: 'eslint .', test: 'vitest run' };

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // ruleid: injection.command-injection
  exec(`ping -c 1 ${host}`, (err, stdout) => {
    res.send(stdout);
  });
});

app.post('/convert', (req, res) => {
  const { input, format } = req.body;
  const cmd = 'convert ' + input + ' out.' + format;
  // ruleid: injection.command-injection
  const out = childProcess.execSync(cmd);
  res.send(out.toString());
});

app.get('/grep', async (req, res) => {
  // ruleid: injection.command-injection
  const { stdout } = await execAsync(`grep -r ${req.params.term} ./logs`);
  res.send(stdout);
});

app.get('/archive', (req, res) => {
  const name = req.get('X-Archive-Name');
  // ruleid: injection.command-injection
  const child = spawn('tar', ['-czf', name, 'data/'], { shell: true });
  child.on('close', () => res.end());
});

app.get('/script', (req, res) => {
  const script = req.query.script;
  // ruleid: injection.command-injection
  const child = spawn('bash', ['-c', script]);
  child.stdout.pipe(res);
});

app.get('/tool', (req, res) => {
  // ruleid: injection.command-injection
  execFile(req.query.tool, ['--version'], (err, stdout) => res.send(stdout));
});

app.get('/require', (req, res) => {
  // ruleid: injection.command-injection
  require('child_process').exec('nslookup ' + req.query.domain, (e, out) => res.send(out));
});

// --- safe -----------------------------------------------------------------------------------------------------

app.get('/ping-safe', (req, res) => {
  const host = req.query.host;
  // ok: injection.command-injection
  execFile('ping', ['-c', '1', host], (err, stdout) => res.send(stdout));
});

app.get('/spawn-safe', (req, res) => {
  // ok: injection.command-injection
  const child = spawn('git', ['log', '--oneline', '--', req.query.file]);
  child.stdout.pipe(res);
});

app.get('/spawn-no-shell', (req, res) => {
  // ok: injection.command-injection
  const child = spawn('grep', ['-e', req.query.pattern, 'app.log'], { shell: false });
  child.stdout.pipe(res);
});

app.get('/count', (req, res) => {
  const lines = parseInt(req.query.lines, 10);
  // ok: injection.command-injection
  exec(`tail -n ${lines} app.log`, (err, out) => res.send(out));
});

app.get('/quoted', (req, res) => {
  // ok: injection.command-injection
  exec('ls -la ' + shellQuote.quote([req.query.dir]), (err, out) => res.send(out));
});

app.get('/run/:task', (req, res) => {
  const command = TOOLS[req.params.task];
  // ok: injection.command-injection
  exec(command, (err, out) => res.send(out));
});

app.get('/constant', (req, res) => {
  // ok: injection.command-injection
  exec('uptime', (err, out) => res.send(out));
  // ok: injection.command-injection
  execSync('ls ' + 42);
});

app.get('/search', (req, res) => {
  const re = /id=(\d+)/;
  // ok: injection.command-injection
  const m = re.exec(req.query.q);
  res.send(m ? m[1] : '');
});

function fromConfig(config) {
  // ok: injection.command-injection
  execSync(`git clone ${config.repoUrl} /tmp/build`);
}

// Koa
async function koaHandler(ctx) {
  const branch = ctx.query.branch;
  // ruleid: injection.command-injection
  ctx.body = execSync(`git checkout ${branch}`).toString();
}

// Fastify
async function fastifyRoute(request, reply) {
  const { image } = request.body;
  // ruleid: injection.command-injection
  const out = execSync('docker pull ' + image);
  reply.send(out);
}

// Arguments gathered in a list, and a loop over request values
app.post('/batch', (req, res) => {
  const flags = ['--quiet'];
  flags.push(req.body.flag);
  // ruleid: injection.command-injection
  execSync('convert ' + flags.join(' '));
  for (const host of req.body.hosts) {
    // ruleid: injection.command-injection
    exec(`ping -c 1 ${host}`);
  }
  const fixed = ['--quiet'];
  fixed.push('--strip');
  // ok: injection.command-injection
  execSync('convert ' + fixed.join(' '));
  res.end();
});

// A CLI reading its arguments
function cli() {
  const target = process.argv[2];
  // ruleid: injection.command-injection
  execSync(`rm -rf ${target}`);
  // ok: injection.command-injection
  spawn(process.argv[0], [process.argv[1], '--child'], { stdio: 'inherit' });
}

module.exports = { app, fromConfig, koaHandler, fastifyRoute, cli };
