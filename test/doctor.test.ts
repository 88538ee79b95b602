// `warden doctor` on real repositories; the branch-protection check against a fake GitHub API on 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { git, gitRepo, WARDEN_BIN, warden } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

interface Check {
  name: string;
  status: string;
  detail: string;
}
const checks = (stdout: string) => (JSON.parse(stdout) as { checks: Check[] }).checks;
const byName = (list: Check[], name: string) => list.find((c) => c.name === name)!;

/** The CLI run without blocking this process, which serves the fake API meanwhile. */
function wardenAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WARDEN_BIN, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
  });
}

function repo(): string {
  const r = gitRepo({ 'README.md': '# app\n' });
  cleanups.push(r.cleanup);
  git(r.dir, 'add', '.');
  git(r.dir, 'commit', '-qm', 'init');
  return r.dir;
}

describe('warden doctor', () => {
  it('fails while the hooks are missing, passes once they are installed; no token, no network', () => {
    const dir = repo();
    const before = warden(['doctor', '--json'], { cwd: dir, env: { GITHUB_TOKEN: '', GH_TOKEN: '' } });
    expect(before.code).toBe(1);
    expect(byName(checks(before.stdout), 'pre-commit hook')).toMatchObject({ status: 'fail', detail: expect.stringContaining('warden hook install') });
    warden(['hook', 'install'], { cwd: dir });
    const after = checks(warden(['doctor', '--json'], { cwd: dir, env: { GITHUB_TOKEN: '', GH_TOKEN: '' } }).stdout);
    expect(byName(after, 'pre-commit hook').status).toBe('ok');
    expect(byName(after, 'pre-push hook').status).toBe('ok');
    expect(byName(after, 'rule packs')).toMatchObject({ status: 'ok', detail: expect.stringMatching(/^\d+ rules load \(.*secret \d+/) });
    expect(byName(after, 'warden.json')).toMatchObject({ status: 'ok', detail: 'none (defaults apply)' });
    expect(byName(after, 'default branch protection')).toMatchObject({ status: 'skip', detail: expect.stringContaining('no network call was made') });
  });

  it('checks each coding agent set up in the repository for Warden in its hooks, and the binary they call', () => {
    const dir = repo();
    mkdirSync(`${dir}/.claude`);
    writeFileSync(`${dir}/.claude/settings.json`, JSON.stringify({ hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'echo team' }] }] } }));
    mkdirSync(`${dir}/.cursor`);
    const agentChecks = () => checks(warden(['doctor', '--json'], { cwd: dir }).stdout).filter((c) => c.name.startsWith('agent hooks: '));
    expect(agentChecks()).toEqual([
      { name: 'agent hooks: Claude Code', status: 'warn', detail: '.claude/settings.json does not run warden: run `warden hook install --agents claude`' },
      { name: 'agent hooks: Codex', status: 'skip', detail: 'not set up in this repository (run `warden hook install --agents codex` to guard it)' },
      { name: 'agent hooks: Cursor', status: 'warn', detail: '.cursor/ exists but .cursor/hooks.json does not run warden: run `warden hook install --agents cursor`' },
    ]);
    warden(['hook', 'install', '--agents', 'claude'], { cwd: dir });
    expect(agentChecks()[0]).toEqual({ name: 'agent hooks: Claude Code', status: 'ok', detail: '.claude/settings.json' });
    // Installed for the project's own binary, which then goes missing (a fresh clone before npm install).
    mkdirSync(`${dir}/.codex`);
    writeFileSync(`${dir}/.codex/hooks.json`, JSON.stringify({ hooks: { PreToolUse: [{ hooks: [{ type: 'command', command: '"$(git rev-parse --show-toplevel)"/node_modules/.bin/warden hook codex' }] }] } }));
    expect(agentChecks()[1]).toMatchObject({ status: 'fail', detail: expect.stringMatching(/^\.codex\/hooks\.json calls node_modules\/\.bin\/warden, which is not installed: run npm install/) });
    writeFileSync(`${dir}/.codex/hooks.json`, '{ nope');
    expect(agentChecks()[1]).toMatchObject({ status: 'fail', detail: '.codex/hooks.json is not JSON, so Codex reads no hooks from it' });
  });

  it('reports a broken warden.json in one line', () => {
    const dir = repo();
    writeFileSync(`${dir}/warden.json`, '{"failOn": "sometimes"}');
    const list = checks(warden(['doctor', '--json'], { cwd: dir }).stdout);
    expect(byName(list, 'warden.json')).toMatchObject({ status: 'fail', detail: expect.stringMatching(/warden\.json.*failOn/) });
  });

  describe('with a GitHub token', () => {
    let server: Server;
    let protection: { status: number; body?: object };
    const seen: IncomingMessage[] = [];
    const api = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    it('asks the API for the default branch and its required reviews', async () => {
      server = createServer((req, res) => {
        seen.push(req);
        res.setHeader('content-type', 'application/json');
        if (req.url === '/repos/acme/app') return res.end(JSON.stringify({ default_branch: 'trunk' }));
        if (req.url === '/repos/acme/app/branches/trunk/protection') {
          res.statusCode = protection.status;
          return res.end(JSON.stringify(protection.body ?? { message: 'Branch not protected' }));
        }
        res.statusCode = 404;
        res.end('{}');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      cleanups.push(() => server.close());
      const dir = repo();
      git(dir, 'remote', 'add', 'origin', 'git@github.com:acme/app.git');
      const env = { GITHUB_TOKEN: 'test-token', WARDEN_GITHUB_API: api() };

      protection = { status: 200, body: { required_pull_request_reviews: { required_approving_review_count: 2 } } };
      const ok = byName(checks((await wardenAsync(['doctor', '--json'], dir, env)).stdout), 'default branch protection');
      expect(ok).toMatchObject({ status: 'ok', detail: 'acme/app@trunk requires a pull request with 2 approving review(s)' });
      expect(seen[0]!.headers.authorization).toBe('Bearer test-token');

      protection = { status: 404 };
      const unprotected = byName(checks((await wardenAsync(['doctor', '--json'], dir, env)).stdout), 'default branch protection');
      expect(unprotected).toMatchObject({ status: 'fail', detail: expect.stringContaining('is not protected') });

      protection = { status: 200, body: { required_status_checks: { strict: true } } };
      const noReview = byName(checks((await wardenAsync(['doctor', '--json'], dir, env)).stdout), 'default branch protection');
      expect(noReview).toMatchObject({ status: 'fail', detail: expect.stringContaining('without an approving review') });
    });
  });
});

describe('ticket tokens', () => {
  it('tells a fine-grained or app token from a broad one', async () => {
    const { githubTokenKind } = await import('../libs/cli/src/commands/doctor.js');
    expect(githubTokenKind('github_pat_11AAAA').status).toBe('ok');
    expect(githubTokenKind('ghs_abc').status).toBe('ok');
    expect(githubTokenKind('ghp_abc')).toMatchObject({ status: 'warn', detail: expect.stringContaining('a hijacked run could use all of it') });
    expect(githubTokenKind('gho_abc').status).toBe('warn');
  });

  it('asks Jira whether the account administers the site, and warns when it does', async () => {
    let admin = true;
    const jira = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ permissions: { ADMINISTER: { havePermission: admin } } }));
    });
    await new Promise<void>((r) => jira.listen(0, '127.0.0.1', r));
    cleanups.push(() => jira.close());
    const dir = repo();
    const env = { GITHUB_TOKEN: '', GH_TOKEN: '', JIRA_BASE_URL: `http://127.0.0.1:${(jira.address() as AddressInfo).port}`, JIRA_API_TOKEN: 't' };
    expect(byName(checks((await wardenAsync(['doctor', '--json'], dir, env)).stdout), 'Jira token')).toMatchObject({ status: 'warn', detail: expect.stringContaining('administers the Jira site') });
    admin = false;
    expect(byName(checks((await wardenAsync(['doctor', '--json'], dir, env)).stdout), 'Jira token')).toMatchObject({ status: 'ok' });
  });
});
