// Warden inside Claude Code's loop: the real Claude Code CLI, offline against a fake Messages API, in a
// repository where `warden hook install --agents claude` ran. The scripted model writes a module with a
// hardcoded key and an SQL injection; the hook denies it, the model reads why, and its corrected write lands.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awsKeyId, git, gitRepo, REPO_ROOT, warden } from './support/cli.js';
import { startFakeAnthropic } from './support/fake-anthropic.js';

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

function claude(cwd: string, apiUrl: string, prompt: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/@anthropic-ai/claude-code/cli.js'), '-p', '--permission-mode', 'acceptEdits', '--output-format', 'stream-json', '--verbose'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: mkdtempSync(path.join(tmpdir(), 'warden-claude-home-')), ANTHROPIC_BASE_URL: apiUrl, ANTHROPIC_API_KEY: 'sk-ant-dummy', WARDEN_HOOK_DAEMON_IDLE_MS: '4000', DISABLE_TELEMETRY: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.end(prompt);
    const timer = setTimeout(() => child.kill(), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

function project(): string {
  const repo = gitRepo({ 'package.json': '{ "name": "app", "license": "MIT" }\n' });
  cleanups.push(repo.cleanup);
  git(repo.dir, 'add', '.');
  git(repo.dir, 'commit', '-qm', 'init');
  const r = warden(['hook', 'install', '--agents', 'claude'], { cwd: repo.dir });
  expect(r.stdout).toContain('added warden to .claude/settings.json');
  expect(warden(['hook', 'install', '--agents', 'claude'], { cwd: repo.dir }).stdout).toContain('unchanged');
  return repo.dir;
}

describe('warden hook claude, with the real Claude Code', () => {
  it('denies a write with a hardcoded key and an SQL injection; the model reads why and its fix lands', async () => {
    const repo = project();
    const key = awsKeyId();
    const bad = `const KEY = "${key}";\nexport async function find(db, req) {\n  return db.query("SELECT * FROM users WHERE id = " + req.query.id);\n}\n`;
    const good = 'const KEY = process.env.AWS_ACCESS_KEY_ID;\nexport async function find(db, req) {\n  return db.query("SELECT * FROM users WHERE id = $1", [req.query.id]);\n}\n';
    const api = await startFakeAnthropic([
      { tool: 'Write', input: (cwd) => ({ file_path: `${cwd}/src/db.js`, content: bad }) },
      { tool: 'Write', input: (cwd) => ({ file_path: `${cwd}/src/db.js`, content: good }) },
      { text: 'Fixed.' },
    ]);
    cleanups.push(() => api.close());
    const r = await claude(repo, api.url, 'Add a user lookup');
    expect(r.code, r.out).toBe(0);
    const denied = api.toolResults[0]!;
    expect(denied).toContain('Warden blocked this change to src/db.js');
    expect(denied).toMatch(/src\/db\.js:1 secret\.aws-access-key-id \(CWE-798\)/);
    expect(denied).toMatch(/src\/db\.js:3 injection\.sql-injection \(CWE-89\)/);
    expect(denied).not.toContain(key);
    // The corrected write created the file: the first never reached the disk.
    expect(api.toolResults[1]).toMatch(/File created successfully/);
    expect(readFileSync(path.join(repo, 'src/db.js'), 'utf8')).toBe(good);
    // Each decision is in the repository's audit log, chained, as metadata only.
    const audit = readFileSync(path.join(repo, '.warden/audit.jsonl'), 'utf8');
    expect(audit).not.toContain(key);
    expect(audit).not.toContain('SELECT');
    const records = audit.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; client: string; event: string; tool?: string; outcome: string; rules: string[] });
    expect(records.map(({ kind, client, event, tool, outcome, rules }) => ({ kind, client, event, tool, outcome, rules }))).toEqual([
      { kind: 'hook', client: 'claude', event: 'UserPromptSubmit', tool: undefined, outcome: 'allow', rules: [] },
      { kind: 'hook', client: 'claude', event: 'PreToolUse', tool: 'Write', outcome: 'deny', rules: ['secret.aws-access-key-id', 'injection.sql-injection'] },
      { kind: 'hook', client: 'claude', event: 'PreToolUse', tool: 'Write', outcome: 'allow', rules: [] },
    ]);
    expect(warden(['audit', 'verify'], { cwd: repo }).code).toBe(0);
  }, 180_000);

  it('blocks a prompt that carries a secret before it leaves the machine', async () => {
    const repo = project();
    const key = awsKeyId();
    const api = await startFakeAnthropic([{ text: 'ok' }]);
    cleanups.push(() => api.close());
    await claude(repo, api.url, `deploy with the key ${key} please`);
    expect(api.raw.join('\n')).not.toContain(key);
    expect(existsSync(path.join(repo, 'src'))).toBe(false);
    const audit = readFileSync(path.join(repo, '.warden/audit.jsonl'), 'utf8');
    expect(audit).not.toContain(key);
    expect(JSON.parse(audit.trim().split('\n')[0]!)).toMatchObject({ kind: 'hook', client: 'claude', event: 'UserPromptSubmit', outcome: 'deny', rules: ['secret.aws-access-key-id'] });
  }, 180_000);
});
