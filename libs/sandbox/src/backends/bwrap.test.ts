// The bwrap backend for real: each escape an agent might try is run as the agent, inside the sandbox, and must
// fail; the one way out (the egress proxy, through the bridge) must work for an allowed host only.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createSocket } from 'node:dgram';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEgressProxy, type EgressProxy } from '../egress/proxy.js';
import { buildEnvironment } from '../env.js';
import { bwrapBackend } from './bwrap.js';
import type { SandboxSpec } from './types.js';

const backend = bwrapBackend();
const available = await backend.available();
const work = mkdtempSync(path.join(tmpdir(), 'warden-runs-'));
// The sandbox's user must be able to pass through to its folders (mkdtemp makes them private to the caller).
chmodSync(work, 0o711);
const repo = path.join(work, 'repo');
const worktree = path.join(work, 'run/worktree');
const home = path.join(work, 'run/home');
const runDir = path.join(work, 'run/dir');
let proxy: EgressProxy;
let upstream: Server;
let upstreamPort = 0;
let dnsPort = 0;
let dnsPackets = 0;
const dns = createSocket('udp4');
// A credential of the caller's, outside anything the sandbox may see.
const secretFile = path.join(homedir(), `.warden-sandbox-test-${process.pid}`);

beforeAll(async () => {
  if (!available.ok) return;
  for (const dir of [repo, worktree, home, runDir]) mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', repo]);
  writeFileSync(path.join(worktree, 'README.md'), '# agent work\n');
  writeFileSync(secretFile, 'caller-secret\n', { mode: 0o600 });
  upstream = createServer((req, res) => res.end(`hello from ${req.headers.host}`));
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  upstreamPort = (upstream.address() as AddressInfo).port;
  dns.on('message', () => dnsPackets++);
  dns.bind(0, '127.0.0.1');
  await once(dns, 'listening');
  dnsPort = dns.address().port;
  proxy = await startEgressProxy({
    allow: ['api.allowed.test'],
    privateHosts: ['api.allowed.test'],
    listen: { path: path.join(runDir, 'proxy.sock') },
    lookup: async (host) => (host === 'api.allowed.test' ? ['127.0.0.1'] : []),
  });
});
afterAll(async () => {
  await proxy?.close();
  upstream?.close();
  dns.close();
  rmSync(secretFile, { force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Runs a shell script as the agent; returns what it printed and its exit code. */
async function asAgent(script: string, callerEnv: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; out: string }> {
  let out = '';
  const spec: SandboxSpec = {
    worktree,
    home,
    runDir,
    proxy: { socket: path.join(runDir, 'proxy.sock') },
    env: buildEnvironment({ caller: callerEnv, home }),
    command: '/bin/sh',
    args: ['-c', script],
    timeoutMs: 30_000,
    onStdout: (c) => (out += c.toString()),
    onStderr: (c) => (out += c.toString()),
  };
  const r = await backend.run(spec);
  return { code: r.exitCode, out };
}

describe.skipIf(!available.ok)('the bwrap sandbox', () => {
  it('runs the agent unprivileged, in its worktree, with a scrubbed environment', async () => {
    const r = await asAgent('id -u; pwd; echo "key=${FAKE_PROVIDER_API_KEY:-unset} lang=$LANG home=$HOME"', { ...process.env, FAKE_PROVIDER_API_KEY: 'sk-caller', LANG: 'C.UTF-8' });
    const [uid, cwd, env] = r.out.trim().split('\n');
    expect(Number(uid)).not.toBe(0);
    expect(cwd).toBe(worktree);
    expect(env).toBe(`key=unset lang=C.UTF-8 home=${home}`);
  });

  it('lets the agent edit its worktree and home, and nothing else', async () => {
    const r = await asAgent(`echo edit >> README.md && echo ok-worktree; touch "$HOME/.cache-file" && echo ok-home; touch ${repo}/outside 2>/dev/null && echo WROTE-REPO; touch /usr/local/planted 2>/dev/null && echo WROTE-ROOT; echo t > /tmp/private-file && echo ok-tmp`);
    expect(r.out).toContain('ok-worktree');
    expect(r.out).toContain('ok-home');
    expect(r.out).toContain('ok-tmp');
    expect(r.out).not.toMatch(/WROTE-/);
    expect(readFileSync(path.join(worktree, 'README.md'), 'utf8')).toBe('# agent work\nedit\n');
    // The sandbox's /tmp was its own.
    expect(() => readFileSync('/tmp/private-file')).toThrow();
  });

  it("cannot read the caller's home or credentials, nor plant a git hook or commit in the parent repository", async () => {
    const r = await asAgent(
      `cat ${secretFile} 2>/dev/null && echo READ-SECRET; ls ${homedir()}/.ssh 2>/dev/null && echo LISTED-SSH; cat /etc/shadow >/dev/null 2>&1 && echo READ-SHADOW; ` +
        `echo 'curl evil' > ${repo}/.git/hooks/pre-commit 2>/dev/null && echo PLANTED; git -C ${repo} commit --allow-empty -qm x 2>/dev/null && echo COMMITTED; echo done`,
    );
    expect(r.out.trim().split('\n').at(-1)).toBe('done');
    expect(r.out).not.toMatch(/READ-SECRET|LISTED-SSH|READ-SHADOW|PLANTED|COMMITTED/);
  });

  it('reaches an allowed host only through the proxy; no direct network, no DNS query, no IP literals', async () => {
    const r = await asAgent(
      `curl -s -m 5 http://api.allowed.test:${upstreamPort}/ && echo; ` +
        `curl -s -m 5 -o /dev/null -w '%{http_code}\\n' http://exfil.invalid/; ` +
        `curl -s -m 5 -o /dev/null -w '%{http_code}\\n' http://127.0.0.1:${upstreamPort}/; ` +
        `curl -s -m 5 --noproxy '*' http://127.0.0.1:${upstreamPort}/ && echo DIRECT-LOOPBACK; ` +
        // A DNS query straight to a resolver (a UDP listener on the host's loopback stands in for one).
        `node -e "const s=require('dgram').createSocket('udp4');s.send(Buffer.from('query'),${dnsPort},'127.0.0.1',(e)=>{console.log(e?'dns-send-failed':'dns-sent');s.close()})"; echo done`,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(dnsPackets).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe(`hello from api.allowed.test:${upstreamPort}`);
    expect(lines[1]).toBe('403');
    expect(lines[2]).toBe('403');
    expect(r.out).not.toMatch(/DIRECT-LOOPBACK/);
    expect(proxy.decisions.filter((d) => !d.allowed).map((d) => d.host)).toEqual(expect.arrayContaining(['exfil.invalid', '127.0.0.1']));
  });

  it('kills the agent at its time limit, with everything it started', async () => {
    let out = '';
    const started = Date.now();
    const r = await backend.run({
      worktree, home, runDir, proxy: { socket: path.join(runDir, 'proxy.sock') }, env: buildEnvironment({ caller: process.env, home }),
      command: '/bin/sh', args: ['-c', 'sleep 60 & sleep 60'], timeoutMs: 1500, onStdout: (c) => (out += c.toString()),
    });
    expect(r.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(out).toBe('');
  });
});

describe.skipIf(available.ok)('without bubblewrap', () => {
  it('says why the backend cannot run', () => {
    expect(available).toMatchObject({ ok: false, reason: expect.stringMatching(/bubblewrap/) });
  });
});
