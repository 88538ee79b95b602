// `warden gate` on real branch ranges: only what the change adds blocks, older findings are context, outputs for
// GitHub (SARIF, step summary, annotations), and the agent policy.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awsKeyId, git, gitRepo, tempTree, warden } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

interface GateFinding {
  ruleId: string;
  file: string;
  inChange?: boolean;
  blocking: boolean;
  message: string;
}

/** A repository whose main branch already holds one secret (old debt), with a feature branch off it. */
function repo(): string {
  const r = gitRepo({ 'old.py': `aws_access_key_id = "${awsKeyId()}"\nprint("old")\n`, 'README.md': '# app\n' });
  cleanups.push(r.cleanup);
  git(r.dir, 'add', '.');
  git(r.dir, 'commit', '-qm', 'init');
  return r.dir;
}

const findings = (stdout: string) => (JSON.parse(stdout) as { findings: GateFinding[] }).findings;

describe('warden gate', () => {
  it('blocks on what the change adds, shows older findings in changed files as context', () => {
    const dir = repo();
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(dir, 'old.py'), `${readFileSync(path.join(dir, 'old.py'), 'utf8')}print("more")\n`);
    git(dir, 'commit', '-qam', 'touch old file');
    const clean = warden(['gate', '--base', 'main', '--format', 'json'], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(findings(clean.stdout).map((f) => [f.ruleId, f.inChange, f.blocking])).toEqual([['secret.aws-access-key-id', false, false]]);

    writeFileSync(path.join(dir, 'new.py'), `key = "${awsKeyId()}"\n`);
    git(dir, 'add', 'new.py');
    git(dir, 'commit', '-qm', 'new secret');
    const blocked = warden(['gate', '--base', 'main', '--format', 'json'], { cwd: dir });
    expect(blocked.code).toBe(1);
    expect(findings(blocked.stdout).filter((f) => f.blocking).map((f) => f.file)).toEqual(['new.py']);

    writeFileSync(path.join(dir, 'warden.json'), JSON.stringify({ gate: { context: 'hide' } }));
    expect(findings(warden(['gate', '--base', 'main', '--format', 'json'], { cwd: dir }).stdout).map((f) => f.file)).toEqual(['new.py']);
  });

  it('writes SARIF, a Markdown summary and GitHub annotations on GitHub Actions', () => {
    const dir = repo();
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(dir, 'new.py'), `key = "${awsKeyId()}"\n`);
    git(dir, 'add', 'new.py');
    git(dir, 'commit', '-qm', 'new secret');
    const out = tempTree({});
    cleanups.push(out.cleanup);
    const summary = path.join(out.dir, 'summary.md');
    writeFileSync(summary, '');
    const r = warden(['gate', '--base', 'main', '--sarif', path.join(out.dir, 'warden.sarif')], {
      cwd: dir,
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=new\.py,line=1,endLine=1,col=\d+,endColumn=\d+,title=secret\.aws-access-key-id \(high\)::.*\(AKIA…\w{4}\)$/m);
    expect(r.stdout).not.toMatch(/AKIA[A-Z2-7]{16}/);
    const sarif = JSON.parse(readFileSync(path.join(out.dir, 'warden.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toContain('secret.aws-access-key-id');
    expect(readFileSync(summary, 'utf8')).toMatch(/^### Warden gate: blocked by 1 finding\(s\)/);
  });

  it('holds an agent branch to the agent policy: protected paths and every finding block', () => {
    const dir = repo();
    git(dir, 'checkout', '-q', '-b', 'agent/tidy-ci');
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github/workflows/ci.yml'), 'on: push\njobs: {}\n');
    writeFileSync(path.join(dir, '.npmrc'), 'registry=https://registry.npmjs.invalid/\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'tidy ci');
    const r = warden(['gate', '--base', 'main', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('agent change (the head branch agent/tidy-ci matches agent/**)');
    const blocked = findings(r.stdout).filter((f) => f.ruleId === 'gate.protected-path');
    expect(blocked.map((f) => f.file)).toEqual(['.github/workflows/ci.yml', '.npmrc']);
    expect(blocked[0]!.message).toMatch(/^The agent changed a protected path: \.github\/workflows\/ci\.yml/);

    // The same change on a person's branch passes: protected paths are the agent policy's.
    git(dir, 'checkout', '-q', '-b', 'tidy-ci');
    expect(warden(['gate', '--base', 'main'], { cwd: dir }).code).toBe(0);
  });

  it('recognises an agent commit by its Warden-Run trailer, and low findings then block too', () => {
    const dir = repo();
    git(dir, 'checkout', '-q', '-b', 'feature');
    // A weak-copyleft dependency: a low (warn) finding that blocks nobody's change but an agent's.
    writeFileSync(path.join(dir, 'NOTICE.js'), '// SPDX-License-Identifier: MPL-2.0\nexport const x = 1;\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'add module');
    expect(warden(['gate', '--base', 'main'], { cwd: dir }).code).toBe(0);
    git(dir, 'commit', '-q', '--amend', '-m', 'add module\n\nWarden-Run: run-1234');
    const r = warden(['gate', '--base', 'main'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/carries the trailer Warden-Run: run-1234/);
  });

  it('needs a base outside CI, and says so in one line', () => {
    const dir = repo();
    const r = warden(['gate'], { cwd: dir, env: { GITHUB_BASE_REF: '', CI_MERGE_REQUEST_DIFF_BASE_SHA: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^warden: --base is required/);
  });
});
