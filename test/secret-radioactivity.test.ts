// A detected secret's value never leaves the matcher: not in any report format, verbose or not, not in a
// baseline, not in error output, not in a git-range or staged scan, not on stdin scans. Every value here is
// made at run time in a real format, then searched for in everything Warden wrote.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awsKeyId, git, gitRepo, randomToken, warden } from './support/cli.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function pemBody(): string[] {
  return Array.from({ length: 12 }, () => randomToken(64, BASE64));
}

const key = awsKeyId();
const pem = pemBody();
const secrets = [key, ...pem];
const files: Record<string, string> = {
  'src/config.ts': `export const awsKeyId = '${key}';\nexport const region = 'eu-west-1';\n`,
  'deploy/key.pem': `-----BEGIN RSA PRIVATE KEY-----\n${pem.join('\n')}\n-----END RSA PRIVATE KEY-----\n`,
  '.env': `AWS_ACCESS_KEY_ID=${key}\n`,
};
const repo = gitRepo(files);
afterAll(repo.cleanup);
const dir = repo.dir;

function assertClean(label: string, text: string): void {
  for (const s of secrets) expect(text.includes(s), `${label} carries a secret value`).toBe(false);
}

/** Every file in the tree that is not one of the planted sources (reports, baselines, anything written). */
function writtenFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === '.git') continue;
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (![...Object.keys(files), 'src/more.ts'].includes(path.relative(root, p))) out.push(p);
    }
  };
  walk(root);
  return out;
}

describe('secret values never leave the matcher', () => {
  it('in every report format, verbose or not, to stdout and to files', () => {
    for (const format of ['text', 'json', 'sarif', 'markdown', 'junit']) {
      for (const extra of [[], ['--verbose'], ['--debug']]) {
        const r = warden(['scan', '.', '--format', format, ...extra], { cwd: dir });
        expect(r.code, `${format} ${extra.join(' ')}`).toBe(1);
        assertClean(`${format} stdout`, r.stdout);
        assertClean(`${format} stderr`, r.stderr);
      }
      const r = warden(['scan', '.', '--format', format, '--output', `reports/out.${format}`], { cwd: dir });
      assertClean(`${format} --output stderr`, r.stdout + r.stderr);
    }
    // The findings were real: three places, each reported.
    const json = JSON.parse(warden(['scan', '.', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.findings.map((f: { file: string }) => f.file).sort()).toEqual(['.env', 'deploy/key.pem', 'src/config.ts']);
  });

  it('in baselines, and in scans that use them', () => {
    const w = warden(['scan', '.', '--write-baseline', 'baseline.json'], { cwd: dir });
    assertClean('write-baseline output', w.stdout + w.stderr);
    const r = warden(['scan', '.', '--baseline', 'baseline.json', '--verbose'], { cwd: dir });
    assertClean('baseline scan', r.stdout + r.stderr);
  });

  it('in staged, range and stdin scans', () => {
    git(dir, 'add', '.');
    assertClean('staged', JSON.stringify(warden(['scan', '--staged', '--format', 'sarif'], { cwd: dir })));
    git(dir, 'commit', '-qm', 'add');
    writeFileSync(path.join(dir, 'src/more.ts'), `export const again = '${key}';\n`);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'more');
    const range = warden(['scan', '--base', 'HEAD~1', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(range.stdout).findings).toHaveLength(1);
    assertClean('range', range.stdout + range.stderr);
    const stdin = warden(['scan', '-', '--stdin-filename', 'x.pem', '--format', 'markdown'], { cwd: dir, input: files['deploy/key.pem'] });
    expect(stdin.code).toBe(1);
    assertClean('stdin', stdin.stdout + stdin.stderr);
  });

  it('in error output for a broken config, and in everything written to disk', () => {
    writeFileSync(path.join(dir, 'warden.json'), '{ "failOn": "urgent" }');
    const r = warden(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    assertClean('config error', r.stdout + r.stderr);
    const written = writtenFiles(dir);
    expect(written.map((f) => path.relative(dir, f)).sort()).toEqual(
      ['baseline.json', 'reports/out.json', 'reports/out.junit', 'reports/out.markdown', 'reports/out.sarif', 'reports/out.text', 'warden.json'].sort(),
    );
    for (const f of written) assertClean(path.relative(dir, f), readFileSync(f, 'utf8'));
  });
});
