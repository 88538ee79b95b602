// The agent hooks' warm daemon: the first call decides in its own process and starts the daemon; later calls
// get the very same answers from it; a socket folder that is not safely ours is never used.
import { connect } from 'node:net';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awsKeyId, git, gitRepo, warden } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

function sandboxTmp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-daemon-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function repo(): string {
  const r = gitRepo({ 'package.json': '{ "name": "app", "license": "MIT" }\n' });
  cleanups.push(r.cleanup);
  git(r.dir, 'add', '.');
  git(r.dir, 'commit', '-qm', 'init');
  return r.dir;
}

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  for (let waited = 0; !check() && waited < ms; waited += 50) await new Promise((r) => setTimeout(r, 50));
}

const uid = process.getuid!();

describe('the agent hook daemon', () => {
  it('answers later calls exactly as a call in its own process does, and logs each decision', async () => {
    const TMPDIR = sandboxTmp();
    const dir = repo();
    const key = awsKeyId();
    const events = [
      { cwd: dir, hook_event_name: 'PreToolUse', tool_name: 'Write', tool_input: { file_path: path.join(dir, 'src/k.js'), content: `export const K = "${key}";\n` } },
      { cwd: dir, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'npm test' } },
      { cwd: dir, hook_event_name: 'UserPromptSubmit', prompt: `ship it with ${key}` },
    ];
    const own = events.map((e) => warden(['hook', 'claude'], { cwd: dir, input: JSON.stringify(e), env: { WARDEN_HOOK_DAEMON: '0', TMPDIR } }).stdout);
    expect(existsSync(path.join(TMPDIR, `warden-${uid}`))).toBe(false);
    // The first call starts the daemon.
    warden(['hook', 'claude'], { cwd: dir, input: JSON.stringify(events[1]), env: { TMPDIR } });
    const sockets = () => (existsSync(path.join(TMPDIR, `warden-${uid}`)) ? readdirSync(path.join(TMPDIR, `warden-${uid}`)).filter((f) => f.endsWith('.sock')) : []);
    await until(() => sockets().length === 1);
    expect(sockets()).toHaveLength(1);
    const viaDaemon = events.map((e) => warden(['hook', 'claude'], { cwd: dir, input: JSON.stringify(e), env: { TMPDIR } }).stdout);
    expect(viaDaemon).toEqual(own);
    expect(own[0]).toContain('"permissionDecision":"deny"');
    expect(own.join('')).not.toContain(key);
    // The daemon answers on its socket: one request in, the client's answer out.
    const socket = path.join(TMPDIR, `warden-${uid}`, sockets()[0]!);
    const reply = await new Promise<string>((resolve, reject) => {
      const conn = connect(socket);
      let text = '';
      conn.on('connect', () => conn.end(JSON.stringify({ client: 'cursor', input: JSON.stringify({ hook_event_name: 'beforeShellExecution', command: 'ls', workspace_roots: [dir] }), cwd: dir })));
      conn.on('data', (d: Buffer) => (text += d.toString()));
      conn.on('close', () => resolve(text));
      conn.on('error', reject);
    });
    expect(JSON.parse(reply)).toEqual({ stdout: '{"permission":"allow"}\n', stderr: '' });
    // 3 in-process calls, 1 that started the daemon, 3 through it, 1 straight to its socket.
    const audit = readFileSync(path.join(dir, '.warden/audit.jsonl'), 'utf8').trim().split('\n');
    expect(audit).toHaveLength(8);
    expect(warden(['audit', 'verify'], { cwd: dir }).code).toBe(0);
  }, 60_000);

  it('keeps away from a socket folder others can enter, and still answers', async () => {
    const TMPDIR = sandboxTmp();
    mkdirSync(path.join(TMPDIR, `warden-${uid}`), { mode: 0o777 });
    chmodSync(path.join(TMPDIR, `warden-${uid}`), 0o777);
    const dir = repo();
    const event = { cwd: dir, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls' } };
    for (let i = 0; i < 2; i++) {
      expect(JSON.parse(warden(['hook', 'claude'], { cwd: dir, input: JSON.stringify(event), env: { TMPDIR } }).stdout)).toEqual({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'allow' } });
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(readdirSync(path.join(TMPDIR, `warden-${uid}`))).toEqual([]);
  });
});
