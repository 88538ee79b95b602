// The real Claude Code CLI (@anthropic-ai/claude-code from npm) as the agent, in real bubblewrap, against a fake
// Messages API on this machine: the API scripts its tool calls (Write, Bash, Read), Claude Code carries them
// out inside the sandbox, its requests leave only through the egress proxy, and the runner gates and commits.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, gitRepo, REPO_ROOT, wardenAsync } from './support/cli.js';
import { startFakeAnthropic } from './support/fake-anthropic.js';

const cleanups: Array<() => void | Promise<void>> = [];
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

describe.skipIf(!bwrapWorks)('Claude Code as the agent', () => {
  it('edits through Write, runs Bash and Read in the sandbox; the change is gated and committed', async () => {
    const secret = path.join(homedir(), `.warden-claude-test-${process.pid}`);
    writeFileSync(secret, 'caller-secret\n', { mode: 0o600 });
    cleanups.push(() => execFileSync('rm', ['-f', secret]));
    const fake = await startFakeAnthropic([
      { tool: 'Write', input: (cwd) => ({ file_path: `${cwd}/src/hello.js`, content: 'export const hello = (n) => `Hello, ${n}!`;\n' }) },
      { tool: 'Bash', input: () => ({ command: `cat ${secret} 2>&1 | head -1; echo bash-done`, description: 'probe' }) },
      { tool: 'Bash', input: () => ({ command: 'git commit --allow-empty -qm sneaky', description: 'commit' }) },
      { tool: 'Read', input: (cwd) => ({ file_path: `${cwd}/src/hello.js` }) },
      { tool: 'Read', input: (cwd) => ({ file_path: `${cwd}/.env` }) },
      { text: 'Added src/hello.js.' },
    ]);
    cleanups.push(() => fake.close());
    const dbPassword = `Vx9${Math.random().toString(36).slice(2, 12)}!Qm`;
    const repo = gitRepo({ 'package.json': '{ "name": "app", "license": "MIT" }\n', 'src/a.js': 'export const a = 1;\n', '.gitignore': '.warden/\n', '.env': `DB_PASSWORD=${dbPassword}\n` });
    cleanups.push(repo.cleanup);
    git(repo.dir, 'add', '.');
    git(repo.dir, 'commit', '-qm', 'init');
    const reportFile = path.join(repo.dir, '..', 'claude-report.json');
    const r = await wardenAsync(
      ['agent', 'run', '--provider', 'claude', '--prompt', 'Add a hello helper in src/hello.js', '--report', reportFile, '--timeout', '120'],
      {
        cwd: repo.dir,
        env: {
          PATH: `${path.join(REPO_ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
          ANTHROPIC_BASE_URL: fake.url.replace('localhost', '127.0.0.1'),
          ANTHROPIC_API_KEY: 'sk-ant-caller-real-key',
        },
        timeoutMs: 150_000,
      },
    );
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { outcome: string; branch: string; egress: { allowed: string[] } };
    expect(report.outcome, `${r.stdout}\n${r.stderr}`).toBe('committed');
    expect(git(repo.dir, 'show', `${report.branch}:src/hello.js`)).toContain('Hello, ${n}!');
    expect(report.egress.allowed).toEqual(['localhost']);
    // Claude Code reached the provider only through Shield's gateway (via the proxy): the upstream got the
    // caller's real key from the gateway, and never the password, which the agent only ever saw as a token.
    expect(fake.requests.length).toBeGreaterThan(2);
    expect(new Set(fake.requests.map((q) => q.apiKey))).toEqual(new Set(['sk-ant-caller-real-key']));
    expect(fake.raw.join('\n')).not.toContain(dbPassword);
    expect(fake.toolResults[4]).toMatch(/DB_PASSWORD=__WARDEN_v1_PASSWORD_[0-9a-f]{8}__/);
    // The tokenized .env came back as it was: no change to commit there.
    expect(git(repo.dir, 'diff', 'main', report.branch, '--name-only').trim()).toBe('src/hello.js');
    const audit = readFileSync(path.join(repo.dir, '.warden/audit.jsonl'), 'utf8');
    expect(audit).toContain('"shield":{"counts":{"PASSWORD":1},"places":[{"file":".env","line":1,"category":"PASSWORD"}]}');
    expect(audit).not.toContain(dbPassword);
    // What its tools saw inside: no caller secret; a commit refused by Warden's hook inside the agent's loop,
    // the reason going back to the model; the file it wrote, read back.
    expect(fake.toolResults[0]).toMatch(/File created successfully/);
    expect(fake.toolResults[1]).toContain('bash-done');
    expect(fake.toolResults[1]).not.toContain('caller-secret');
    expect(fake.toolResults[2]).toContain('in an agent run the runner owns git');
    expect(fake.toolResults[3]).toContain('Hello, ${n}!');
    // Every decision of the hook is in the run's audit record, metadata only.
    const hooks = (JSON.parse(audit.trim().split('\n').at(-1)!) as { hooks: Array<{ client: string; event: string; tool?: string; outcome: string; rules: string[] }> }).hooks;
    expect(hooks.map(({ client, event, tool, outcome, rules }) => ({ client, event, tool, outcome, rules }))).toEqual([
      { client: 'claude', event: 'UserPromptSubmit', tool: undefined, outcome: 'allow', rules: [] },
      { client: 'claude', event: 'PreToolUse', tool: 'Write', outcome: 'allow', rules: [] },
      { client: 'claude', event: 'PreToolUse', tool: 'Bash', outcome: 'allow', rules: [] },
      { client: 'claude', event: 'PreToolUse', tool: 'Bash', outcome: 'deny', rules: ['agent.runner-owns-git'] },
      { client: 'claude', event: 'PreToolUse', tool: 'Read', outcome: 'allow', rules: [] },
      { client: 'claude', event: 'PreToolUse', tool: 'Read', outcome: 'allow', rules: [] },
    ]);
    expect(git(repo.dir, 'log', '--format=%s', report.branch).trim().split('\n')).toEqual(['Add a hello helper in src/hello.js', 'init']);
  }, 180_000);
});
