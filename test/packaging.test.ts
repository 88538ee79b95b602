// Each lib is an installable npm package: pack the built libs, install the tarballs into an empty project,
// and run the installed `warden` there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awsKeyId, REPO_ROOT } from './support/cli.js';

const work = mkdtempSync(path.join(tmpdir(), 'warden-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 280_000, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  if (r.status !== 0 && cmd === 'npm') throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr.slice(-2000)}`);
  return r;
}

describe('npm packages', () => {
  it('pack, install into an empty project, and run', () => {
    for (const lib of ['sentinel', 'sandbox', 'shield', 'agent', 'cli']) run('npm', ['pack', '--pack-destination', work], path.join(REPO_ROOT, 'libs', lib));
    const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz')).map((f) => path.join(work, f));
    expect(tarballs).toHaveLength(5);
    // postpack removed the rules copy again.
    expect(existsSync(path.join(REPO_ROOT, 'libs/sentinel/rules'))).toBe(false);

    const project = path.join(work, 'project');
    run('mkdir', ['-p', project], work);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    run('npm', ['install', '--prefer-offline', '--no-save', ...tarballs], project);

    const key = awsKeyId();
    writeFileSync(path.join(project, 'app.js'), `const k = '${key}';\n`);
    const bin = path.join(project, 'node_modules/.bin/warden');
    const r = spawnSync(bin, ['scan', 'app.js', '--format', 'json'], { cwd: project, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['secret.aws-access-key-id']);
    const list = spawnSync(bin, ['rules', 'list'], { cwd: project, encoding: 'utf8' });
    expect(list.stdout).toContain('injection.eval-non-literal');
  }, 300_000); // the install builds better-sqlite3 (the agent's queue) from source: about a minute
});
