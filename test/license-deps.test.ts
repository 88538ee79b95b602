// npm dependencies judged by the license policy, with real packages installed in a temp project (copied from this
// workspace's node_modules) or recorded in a package-lock.json; nothing is fetched.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

const readJson = (name: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as Record<string, unknown>;

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

  it('takes versions from pnpm-lock.yaml, licenses from pnpm\'s store, in a workspace package below the lockfile', () => {
    const lightningcss = readJson('lightningcss').version as string;
    const pnpmLock = [
      "lockfileVersion: '9.0'",
      '',
      'settings:',
      '  autoInstallPeers: true',
      '',
      'importers:',
      '',
      '  .:',
      '    devDependencies:',
      '      typescript:',
      '        specifier: ^5.0.0',
      '        version: 5.4.5',
      '',
      '  packages/web:',
      '    dependencies:',
      '      lightningcss:',
      '        specifier: ^1.33.0',
      `        version: ${lightningcss}`,
      "      '@scope/gpl-widget':",
      '        specifier: ^2.0.0',
      '        version: 2.3.1(react@18.2.0)',
      '',
      'packages:',
      '',
      `  lightningcss@${lightningcss}:`,
      "    resolution: {integrity: sha512-AAAA}",
      '',
    ].join('\n');
    const t = tempTree({
      'package.json': manifest({}, { devDependencies: { typescript: '^5.0.0' } }),
      'pnpm-lock.yaml': pnpmLock,
      'packages/web/package.json': manifest({ lightningcss: '^1.33.0', '@scope/gpl-widget': '^2.0.0' }),
    });
    cleanups.push(t.cleanup);
    // pnpm's layout: the real package lives in node_modules/.pnpm/<name>@<version>/node_modules/<name>.
    const store = path.join(t.dir, 'packages/web/node_modules/.pnpm', `lightningcss@${lightningcss}`, 'node_modules/lightningcss');
    mkdirSync(store, { recursive: true });
    cpSync(path.join(REPO_ROOT, 'node_modules/lightningcss/package.json'), path.join(store, 'package.json'));
    const found = licenseFindings(t.dir).filter((f) => f.file === 'packages/web/package.json');
    expect(found.map((f) => `${f.license.package} ${f.license.id} ${f.license.verdict}`)).toEqual([
      'lightningcss MPL-2.0 warn',
      '@scope/gpl-widget unknown (no license in the lockfile or the installed package) warn',
    ]);
    expect(found[0]!.message).toContain(`lightningcss@${lightningcss}`);
    expect(found[1]!.message).toContain('@scope/gpl-widget@2.3.1');
  });

  it('takes versions from yarn.lock, classic and Berry, so reviewed exceptions match by semver', () => {
    const classic = [
      '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.',
      '# yarn lockfile v1',
      '',
      '',
      '"gpl-thing@^2.1.0", gpl-thing@^2.1.2:',
      '  version "2.1.5"',
      '  resolved "https://registry.yarnpkg.com/gpl-thing/-/gpl-thing-2.1.5.tgz#abc"',
      '',
      'other@^1.0.0:',
      '  version "1.4.0"',
      '',
    ].join('\n');
    const berry = [
      '__metadata:',
      '  version: 8',
      '  cacheKey: 10c0',
      '',
      '"gpl-thing@npm:^2.1.0":',
      '  version: 2.1.5',
      '  resolution: "gpl-thing@npm:2.1.5"',
      '  languageName: node',
      '  linkType: hard',
      '',
    ].join('\n');
    for (const lock of [classic, berry]) {
      const at = (exceptions: Record<string, string>) => {
        const t = tempTree({
          'package.json': manifest({ 'gpl-thing': '^2.1.0' }),
          'yarn.lock': lock,
          'warden.json': JSON.stringify({ license: { exceptions } }),
        });
        cleanups.push(t.cleanup);
        return licenseFindings(t.dir).map((f) => f.message.split(':')[0]);
      };
      expect(at({})).toEqual(['gpl-thing@2.1.5']);
      expect(at({ 'gpl-thing@^2.1.0': 'reviewed: vendored build helper' })).toEqual([]);
      expect(at({ 'gpl-thing@^3.0.0': 'reviewed for the next major' })).toEqual(['gpl-thing@2.1.5']);
    }
  });

  it('ignores an installed copy whose version is not the locked one', () => {
    const lock = ['lockfileVersion: 5.4', '', 'specifiers:', '  semver: ^7.0.0', '', 'dependencies:', '  semver: 6.3.1', ''].join('\n');
    const t = tempTree({ 'package.json': manifest({ semver: '^7.0.0' }), 'pnpm-lock.yaml': lock });
    cleanups.push(t.cleanup);
    install(t.dir, 'semver');
    const found = licenseFindings(t.dir);
    expect(found.map((f) => `${f.message.split(':')[0]} ${f.license.verdict}`)).toEqual(['semver@6.3.1 warn']);
  });

  it('rejects an exception that names no package or gives no reason, naming the key', () => {
    const t = tempTree({ 'package.json': manifest({}), 'warden.json': JSON.stringify({ license: { exceptions: { 'gpl-thing@^2': '' } } }) });
    cleanups.push(t.cleanup);
    const r = warden(['scan', '.', '--category', 'license'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"license\.exceptions\.gpl-thing@\^2": say why the package was accepted/);
  });
});
