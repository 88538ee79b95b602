// npm dependencies judged by the license policy, with real packages installed in a temp project (copied from this
// workspace's node_modules) or recorded in a package-lock.json; nothing is fetched.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, gitRepo, REPO_ROOT, tempTree, warden, type DepFinding } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

/** Installs real packages into dir/node_modules by copying their manifests from this workspace. */
function install(dir: string, ...names: string[]): void {
  for (const name of names) {
    mkdirSync(path.join(dir, 'node_modules', name), { recursive: true });
    cpSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), path.join(dir, 'node_modules', name, 'package.json'));
  }
}

function licenseFindings(dir: string, args: string[] = []): DepFinding[] {
  const r = warden(['scan', ...(args.length ? args : ['.']), '--category', 'license', '--format', 'json'], { cwd: dir });
  return JSON.parse(r.stdout).findings as DepFinding[];
}

const manifest = (deps: Record<string, string>, extra: object = {}) =>
  `${JSON.stringify({ name: 'app', version: '1.0.0', license: 'MIT', dependencies: deps, ...extra }, null, 2)}\n`;

describe('npm dependencies', () => {
  it('reads licenses from installed packages, at the line that declares each dependency', () => {
    const t = tempTree({ 'package.json': manifest({ semver: '^7.0.0', lightningcss: '^1.33.0', 'not-installed': '^1.0.0' }) });
    cleanups.push(t.cleanup);
    install(t.dir, 'semver', 'lightningcss');
    const found = licenseFindings(t.dir);
    expect(found.map((f) => `${f.start.line} ${f.license.package} ${f.license.id} ${f.license.verdict} ${f.severity}`)).toEqual([
      '7 lightningcss MPL-2.0 warn low',
      '8 not-installed unknown (no license in the lockfile or the installed package) warn low',
    ]);
    expect(found[0]!.message).toMatch(/^lightningcss@1\.\d+\.\d+: /);
    // node_modules itself is not scanned as the project's manifests.
    expect(found.every((f) => f.file === 'package.json')).toBe(true);
  });

  it('takes the lockfile first, and honours reviewed exceptions by semver range', () => {
    const lock = {
      lockfileVersion: 3,
      packages: { 'node_modules/gpl-thing': { version: '2.1.5', license: 'GPL-2.0-or-later' }, 'node_modules/semver': { version: '7.8.6', license: 'ISC' } },
    };
    const files = { 'package.json': manifest({ 'gpl-thing': '^2.1.0', semver: '^7.0.0' }), 'package-lock.json': JSON.stringify(lock) };
    const at = (exceptions: Record<string, string>) => {
      const t = tempTree({ ...files, 'warden.json': JSON.stringify({ license: { exceptions } }) });
      cleanups.push(t.cleanup);
      return licenseFindings(t.dir).map((f) => `${f.license.package} ${f.license.id} ${f.license.verdict}`);
    };
    expect(at({})).toEqual(['gpl-thing GPL-2.0-or-later fail']);
    expect(at({ 'gpl-thing@^2.1.0': 'reviewed: build tool only, not shipped' })).toEqual([]);
    expect(at({ 'gpl-thing@^3.0.0': 'reviewed for the next major' })).toEqual(['gpl-thing GPL-2.0-or-later fail']);
  });

  it('with --base/--head judges only the dependencies the change adds or upgrades', () => {
    const t = gitRepo({ 'package.json': manifest({ lightningcss: '^1.33.0' }) });
    cleanups.push(t.cleanup);
    install(t.dir, 'lightningcss', 'semver');
    writeFileSync(path.join(t.dir, '.gitignore'), 'node_modules\n');
    git(t.dir, 'add', '.');
    git(t.dir, 'commit', '-qm', 'base');
    writeFileSync(path.join(t.dir, 'package.json'), manifest({ lightningcss: '^1.33.0', semver: '^7.0.0', 'brand-new': '^0.1.0' }));
    git(t.dir, 'commit', '-qam', 'add dependencies');
    const found = licenseFindings(t.dir, ['--base', 'HEAD~1', '--head', 'HEAD']);
    expect(found.map((f) => `${f.license.package} ${f.license.verdict}`)).toEqual(['brand-new warn']);
  });

  it('rejects an exception that names no package or gives no reason, naming the key', () => {
    const t = tempTree({ 'package.json': manifest({}), 'warden.json': JSON.stringify({ license: { exceptions: { 'gpl-thing@^2': '' } } }) });
    cleanups.push(t.cleanup);
    const r = warden(['scan', '.', '--category', 'license'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"license\.exceptions\.gpl-thing@\^2": say why the package was accepted/);
  });
});
