// The Shield gateway with the real Claude Code CLI, offline: Claude Code talks to the gateway with a dummy key,
// the gateway talks to a fake upstream that records every byte it receives. The workspace holds a .env with
// secrets; the scripted upstream has Claude Code Read it and Write a file from what it saw (tokens).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSession, startGateway } from '../libs/shield/src/index.js';
import { awsKeyId, randomToken, REPO_ROOT } from './support/cli.js';
import { startFakeAnthropic } from './support/fake-anthropic.js';

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

function claude(cwd: string, env: Record<string, string>, prompt: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/@anthropic-ai/claude-code/cli.js'), '-p', '--permission-mode', 'acceptEdits', '--output-format', 'stream-json', '--verbose'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: mkdtempSync(path.join(tmpdir(), 'warden-claude-home-')), DISABLE_TELEMETRY: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', ...env },
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

describe('the Shield gateway with Claude Code', () => {
  it('keeps raw secrets and the dummy key from the upstream, gives it the real key, and writes real values locally', async () => {
    const awsKey = awsKeyId();
    const password = `${randomToken(10, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}!7q`;
    const workspace = mkdtempSync(path.join(tmpdir(), 'warden-shield-'));
    cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
    writeFileSync(path.join(workspace, '.env'), `AWS_ACCESS_KEY_ID=${awsKey}\nDB_PASSWORD=${password}\nLOG_LEVEL=debug\n`);

    const upstream = await startFakeAnthropic([
      { tool: 'Read', input: (cwd) => ({ file_path: `${cwd}/.env` }) },
      // The model writes back what it read: to it, those are tokens.
      { tool: 'Write', input: (cwd, results) => ({ file_path: `${cwd}/config.copy`, content: results[0]!.split('\n').map((l) => l.replace(/^\s*\d+→/, '')).join('\n') }) },
      { text: 'Copied the settings.' },
    ]);
    cleanups.push(() => upstream.close());
    const session = await createSession();
    cleanups.push(() => session.destroy());
    const realKey = `sk-ant-real-${randomToken(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    const gateway = await startGateway({ provider: 'anthropic', upstream: upstream.url.replace('localhost', '127.0.0.1'), apiKey: realKey, session });
    cleanups.push(() => gateway.close());

    const dummy = 'sk-ant-dummy-for-the-agent';
    const r = await claude(workspace, { ANTHROPIC_BASE_URL: gateway.url, ANTHROPIC_API_KEY: dummy }, 'Copy .env to config.copy');
    expect(r.code, r.out).toBe(0);

    const seen = upstream.raw.join('\n');
    expect(upstream.raw.length).toBeGreaterThan(2);
    expect(seen).not.toContain(awsKey);
    expect(seen).not.toContain(password);
    expect(seen).not.toContain(dummy);
    expect(seen).toMatch(/__WARDEN_v1_KEY_[0-9a-f]{8}__/);
    expect(new Set(upstream.requests.map((q) => q.apiKey))).toEqual(new Set([realKey]));
    // The model saw tokens; the file on disk has the real values.
    expect(upstream.toolResults[0]).toMatch(/AWS_ACCESS_KEY_ID=__WARDEN_v1_KEY_[0-9a-f]{8}__/);
    const copy = readFileSync(path.join(workspace, 'config.copy'), 'utf8');
    expect(copy).toContain(`AWS_ACCESS_KEY_ID=${awsKey}`);
    expect(copy).toContain(`DB_PASSWORD=${password}`);
  }, 180_000);

  it('refuses every path but the provider API', async () => {
    const session = await createSession();
    const gateway = await startGateway({ provider: 'anthropic', upstream: 'http://127.0.0.1:9', apiKey: 'k', session });
    cleanups.push(() => gateway.close());
    for (const [method, route] of [['GET', '/v1/models'], ['POST', '/v1/complete'], ['POST', '/admin']]) {
      const res = await fetch(`${gateway.url}${route}`, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^warden gateway: .* is not part of the anthropic API/);
    }
  });
});
