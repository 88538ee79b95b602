// Tickets from GitHub and Jira through `warden agent run --ticket`, against fake REST servers on 127.0.0.1: the
// exact requests, the claim race between two runners, the errors a user meets, and the comment posted back.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GitHubTickets } from '../libs/agent/src/tickets/github.js';
import { adfToText } from '../libs/agent/src/tickets/jira.js';
import { awsKeyId, git, gitRepo, wardenAsync } from './support/cli.js';
import { startFakeGitHub, startFakeJira } from './support/fake-trackers.js';

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});
const bwrapWorks = (() => {
  try {
    execFileSync('bwrap', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

function project(): string {
  const repo = gitRepo({ 'package.json': '{ "name": "app", "license": "MIT" }\n', '.gitignore': '.warden/\n' });
  cleanups.push(repo.cleanup);
  git(repo.dir, 'add', '.');
  git(repo.dir, 'commit', '-qm', 'init');
  return repo.dir;
}

function steps(content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-steps-'));
  cleanups.push(() => execFileSync('rm', ['-rf', dir]));
  const file = path.join(dir, 'steps.yaml');
  writeFileSync(file, content);
  return file;
}

describe('GitHub tickets', () => {
  it('reads the issue and every page of comments, and the claim sends exactly the documented requests', async () => {
    const comments = Array.from({ length: 130 }, (_, i) => `comment ${i + 1}`);
    const gh = await startFakeGitHub('acme', 'app', 7, { title: 'Add a greeting', body: 'Please add greeting().', comments });
    cleanups.push(() => gh.close());
    const client = new GitHubTickets('ghs_test', gh.url);
    const t = await client.fetch('acme', 'app', 7);
    expect(t).toMatchObject({ ref: 'github:acme/app#7', title: 'Add a greeting', body: 'Please add greeting().' });
    expect(t.comments).toHaveLength(130);
    await client.claim('acme', 'app', 7, 'run123');
    expect(gh.issue.assignees).toEqual([{ login: 'warden-bot' }]);
    expect(gh.issue.labels).toEqual(['warden:in-progress']);
    expect(gh.requests.every((r) => r.auth === 'Bearer ghs_test')).toBe(true);
    expect(gh.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'GET /repos/acme/app/issues/7',
      'GET /repos/acme/app/issues/7/comments',
      'GET /repos/acme/app/issues/7/comments',
      'GET /repos/acme/app/issues/7',
      'POST /repos/acme/app/issues/7/comments',
      'GET /repos/acme/app/issues/7/comments',
      'GET /repos/acme/app/issues/7/comments',
      'GET /repos/acme/app/issues/7',
      'GET /user',
      'POST /repos/acme/app/issues/7/assignees',
      'POST /repos/acme/app/issues/7/labels',
    ]);
    // An assigned issue cannot be claimed again.
    await expect(client.claim('acme', 'app', 7, 'run456')).rejects.toThrow('claim github:acme/app#7: already assigned to warden-bot');
  });

  it('gives one-line errors: not found, no permission, malformed, network down; and waits out a rate limit', async () => {
    const gh = await startFakeGitHub('acme', 'app', 1, { title: 't', body: 'b', comments: [] });
    cleanups.push(() => gh.close());
    const waits: number[] = [];
    const client = new GitHubTickets('t', gh.url, async (ms) => void waits.push(ms));
    await expect(client.fetch('acme', 'app', 99)).rejects.toThrow('ticket github:acme/app#99: not found (or the token cannot see it)');
    gh.failNext(403, { message: 'Resource not accessible by integration' });
    await expect(client.fetch('acme', 'app', 1)).rejects.toThrow('ticket github:acme/app#1: no permission (403)');
    gh.failNext(429, { message: 'slow down' }, { 'retry-after': '2' });
    expect((await client.fetch('acme', 'app', 1)).title).toBe('t');
    expect(waits).toEqual([2000]);
    gh.failNext(429, { message: 'slow down' }, { 'retry-after': '7' }, 2);
    await expect(client.fetch('acme', 'app', 1)).rejects.toThrow(/rate limited by 127\.0\.0\.1:\d+; try again in 7 s/);
    gh.failNext(200, 'not an issue');
    await expect(client.fetch('acme', 'app', 1)).rejects.toThrow('ticket github:acme/app#1: malformed response (no title)');
    // A port nobody listens on (taken, then freed).
    const { createServer } = await import('node:net');
    const closed = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => closed.once('listening', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    await expect(new GitHubTickets('t', `http://127.0.0.1:${port}`).fetch('a', 'b', 1)).rejects.toThrow(new RegExp(`cannot reach 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`));
  });

  it.skipIf(!bwrapWorks)('runs from a ticket: two runners at once, exactly one runs; the outcome is commented, secrets redacted', async () => {
    const gh = await startFakeGitHub('acme', 'app', 3, { title: 'Store the API key', body: 'Use the key from the vault.', comments: ['ok'] });
    cleanups.push(() => gh.close());
    const repo = project();
    const key = awsKeyId();
    const script = steps(`- write:\n    path: src/key.js\n    content: "export const k = '${key}';\\n"\n- reply: "Done with ${key}"\n`);
    const env = { GITHUB_TOKEN: 'ghs_runner', WARDEN_GITHUB_API: gh.url };
    const [a, b] = await Promise.all(
      [1, 2].map(() => wardenAsync(['agent', 'run', '--ticket', 'github:acme/app#3', '--script', script], { cwd: repo, env })),
    );
    const outputs = [a!, b!].map((r) => r.stdout + r.stderr);
    expect(outputs.filter((o) => o.includes('another runner claimed it first') || o.includes('already assigned')).length).toBe(1);
    const ran = outputs.find((o) => o.includes('blocked by the gate'));
    expect(ran).toBeDefined();
    const comment = gh.issue.comments.at(-1)!.body;
    expect(comment).toMatch(/^Warden agent run `[0-9a-f]{12}` \(script, bwrap sandbox\): blocked by gate\./);
    expect(comment).toContain('- secret.aws-access-key-id (high) at src/key.js:1');
    expect(comment).not.toContain(key);
    expect(gh.issue.comments.filter((c) => c.body.startsWith('warden-claim:'))).toHaveLength(1);
  });
});

describe('Jira tickets', () => {
  const adf = {
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Add a ' }, { type: 'text', text: 'greeting', marks: [{ type: 'strong' }] }, { type: 'text', text: ' helper.' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'trim the name' }] }] }] },
    ],
  };

  it('turns Atlassian Document Format into plain text', () => {
    expect(adfToText(adf)).toBe('Add a greeting helper.\n- trim the name\n');
  });

  it.skipIf(!bwrapWorks)('runs from a Jira issue: moved to In Progress from To Do only once, and told the outcome', async () => {
    const jira = await startFakeJira('SHOP-42', { summary: 'Greeting helper', description: adf, comments: [adf, adf, adf] });
    cleanups.push(() => jira.close());
    const repo = project();
    const script = steps('- write:\n    path: src/greet.js\n    content: "export const greet = (n) => `Hi ${n.trim()}`;\\n"\n');
    const env = { JIRA_BASE_URL: jira.url, JIRA_EMAIL: 'bot@acme.invalid', JIRA_API_TOKEN: 'jira-token' };
    const [a, b] = await Promise.all([1, 2].map(() => wardenAsync(['agent', 'run', '--ticket', 'jira:SHOP-42', '--script', script], { cwd: repo, env })));
    const outputs = [a!, b!].map((r) => r.stdout + r.stderr);
    expect(outputs.filter((o) => /committed [0-9a-f]{12} on agent\/greeting-helper-/.test(o))).toHaveLength(1);
    expect(outputs.filter((o) => /claim jira:SHOP-42: (another runner claimed it first|its status is "In Progress")/.test(o))).toHaveLength(1);
    expect(jira.status.name).toBe('In Progress');
    expect(jira.requests.every((r) => r.auth === `Basic ${Buffer.from('bot@acme.invalid:jira-token').toString('base64')}`)).toBe(true);
    expect(adfToText(jira.comments.at(-1))).toMatch(/^Warden agent run `[0-9a-f]{12}` \(script, bwrap sandbox\): committed\.\nBranch: `agent\/greeting-helper-/);
  });
});

describe.skipIf(!bwrapWorks)('Jira workflows with their own status names', () => {
  it('claims from the statuses warden.json names, and says which setting to change when they do not match', async () => {
    const jira = await startFakeJira('OPS-7', { summary: 'Tidy the readme', description: { type: 'doc', version: 1, content: [] }, comments: [] }, { open: 'Selected for Development', doing: 'Doing' });
    cleanups.push(() => jira.close());
    const repo = project();
    const script = steps('- write:\n    path: NOTES.md\n    content: "tidy\\n"\n');
    const env = { JIRA_BASE_URL: jira.url, JIRA_EMAIL: 'bot@acme.invalid', JIRA_API_TOKEN: 'jira-token' };
    const refused = await wardenAsync(['agent', 'run', '--ticket', 'jira:OPS-7', '--script', script], { cwd: repo, env });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim()).toBe('warden: claim jira:OPS-7: its status is "Selected for Development", not "To Do"');
    expect(jira.status.name).toBe('Selected for Development');
    writeFileSync(path.join(repo, 'warden.json'), JSON.stringify({ agent: { jira: { claimFrom: ['Backlog', 'Selected for Development'], inProgress: 'In Progress' } } }));
    const noTransition = await wardenAsync(['agent', 'run', '--ticket', 'jira:OPS-7', '--script', script], { cwd: repo, env });
    expect(noTransition.stderr.trim()).toBe('warden: claim jira:OPS-7: no transition to "In Progress" from "Selected for Development" (set agent.jira.inProgress in warden.json to your workflow\'s status)');
    writeFileSync(path.join(repo, 'warden.json'), JSON.stringify({ agent: { jira: { claimFrom: ['Backlog', 'Selected for Development'], inProgress: 'Doing' } } }));
    const ran = await wardenAsync(['agent', 'run', '--ticket', 'jira:OPS-7', '--script', script], { cwd: repo, env });
    expect(ran.code, ran.stderr).toBe(0);
    expect(jira.status.name).toBe('Doing');
  });
});

describe('credentials', () => {
  it('refuses a credentials file others can read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'warden-creds-'));
    cleanups.push(() => execFileSync('rm', ['-rf', dir]));
    const file = path.join(dir, 'credentials.json');
    writeFileSync(file, JSON.stringify({ github: { token: 'ghs_x' } }));
    chmodSync(file, 0o644);
    const repo = project();
    const r = await wardenAsync(['agent', 'run', '--ticket', 'github:acme/app#1', '--script', '/dev/null'], { cwd: repo, env: { WARDEN_CREDENTIALS: file, GITHUB_TOKEN: '', GH_TOKEN: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/credentials\.json can be read by others \(mode 644\): chmod 600 it$/);
  });
});
