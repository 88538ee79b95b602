// Cargo dependencies judged by the license policy, with crates in a fake registry cache (a temp CARGO_HOME passed
// to the CLI) or vendored beside the workspace, versions from a Cargo.lock; nothing is fetched.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineIndex } from '../libs/sentinel/src/findings/line-index.js';
import { cargoDependencies } from '../libs/sentinel/src/match/manifests/cargo.js';
import { git, gitRepo, tempTree, warden, type DepFinding } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

const UNKNOWN = 'unknown (no license in the lockfile or the installed package)';
const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';

/** A CARGO_HOME whose registry cache holds the given crates ("name-version" → [package] lines). */
function cargoHome(crates: Record<string, string>): string {
  const files: Record<string, string> = {};
  for (const [dir, pkg] of Object.entries(crates)) {
    const [, name, version] = /^(.+)-(\d[^-]*)$/.exec(dir)!;
    files[`registry/src/index.crates.io-1949cf8c6b5b557f/${dir}/Cargo.toml`] = `[package]\nname = "${name}"\nversion = "${version}"\n${pkg}\n`;
  }
  const t = tempTree(files, 'warden-cargo-home-');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** A Cargo.lock for the package `app`: [name, version, source?] rows; `uses` is app's own dependency list. */
function lockfile(rows: Array<[string, string, string?]>, uses: string[] = rows.map(([n]) => n)): string {
  const pkg = ([name, version, source]: [string, string, string?]) =>
    `[[package]]\nname = "${name}"\nversion = "${version}"\n${source ? `source = "${source}"\n` : ''}`;
  const app = `[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n${uses.map((u) => ` "${u}",\n`).join('')}]\n`;
  return `version = 4\n\n${[app, ...rows.map(pkg)].join('\n')}`;
}

function licenseFindings(dir: string, env: NodeJS.ProcessEnv, args: string[] = []): DepFinding[] {
  const r = warden(['scan', ...(args.length ? args : ['.']), '--category', 'license', '--format', 'json'], { cwd: dir, env });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).findings as DepFinding[];
}

const summary = (found: DepFinding[]) => found.map((f) => `${f.file}:${f.start.line} ${f.license.package} ${f.license.id} ${f.license.verdict} ${f.severity}`);

describe('cargo dependencies', () => {
  it('reads licenses from the registry cache, at the line that declares each dependency', () => {
    const home = cargoHome({
      'dual-crate-1.4.2': 'license = "MIT/Apache-2.0"',
      'gpl-crate-0.3.1': 'license = "GPL-3.0-or-later"',
      'mpl-crate-2.0.0': 'license = "MPL-2.0"',
      'local-crate-0.1.0': 'license = "MIT"',
      'forked-crate-1.0.0': 'license = "MIT"',
    });
    const manifest = [
      '[package]', // 1
      'name = "app"',
      'version = "0.1.0"',
      '',
      '[dependencies]', // 5
      'dual-crate = "1.4"',
      'gpl-crate = { version = "0.3", features = ["std"] }',
      'uncached-crate = "0.9"',
      'local-crate = { path = "crates/local-crate" }',
      'forked-crate = { git = "https://example.invalid/forked-crate" }', // 10
      '',
      '[build-dependencies.mpl-crate]',
      'version = "2"',
    ].join('\n');
    const lock = lockfile([
      ['dual-crate', '1.4.2', CRATES_IO],
      ['gpl-crate', '0.3.1', CRATES_IO],
      ['uncached-crate', '0.9.0', CRATES_IO],
      ['local-crate', '0.1.0'],
      ['forked-crate', '1.0.0', 'git+https://example.invalid/forked-crate#0123456789abcdef'],
      ['mpl-crate', '2.0.0', CRATES_IO],
    ]);
    const t = tempTree({ 'Cargo.toml': manifest, 'Cargo.lock': lock });
    cleanups.push(t.cleanup);
    const found = licenseFindings(t.dir, { CARGO_HOME: home });
    expect(summary(found)).toEqual([
      'Cargo.toml:7 gpl-crate GPL-3.0-or-later fail high',
      `Cargo.toml:8 uncached-crate ${UNKNOWN} warn low`,
      // A path or git source is not the registry crate of that name and version: unknown unless vendored.
      `Cargo.toml:9 local-crate ${UNKNOWN} warn low`,
      `Cargo.toml:10 forked-crate ${UNKNOWN} warn low`,
      'Cargo.toml:12 mpl-crate MPL-2.0 warn low',
    ]);
    expect(found[0]!.message).toMatch(/^gpl-crate@0\.3\.1: /);
    // Without a CARGO_HOME holding the crates nothing is known.
    const bare = licenseFindings(t.dir, { CARGO_HOME: path.join(t.dir, 'no-cargo-home') });
    expect(bare.map((f) => `${f.license.package} ${f.license.id === UNKNOWN}`)).toEqual([
      'dual-crate true',
      'gpl-crate true',
      'uncached-crate true',
      'local-crate true',
      'forked-crate true',
      'mpl-crate true',
    ]);
  });

  it('reads a workspace member against the root lockfile and vendor/, with renames and target tables', () => {
    const member = [
      '[package]', // 1
      'name = "app"',
      'version = "0.1.0"',
      '',
      "[target.'cfg(unix)'.dependencies]", // 5
      'short = { package = "agpl-crate", version = "1" }',
      '',
      '[dev-dependencies]',
      'old-crate = "0.7"',
      'new-crate.version = "0.8"', // 10
      'new-crate.default-features = false',
      'licensefile-crate = "3"',
    ].join('\n');
    const lock = lockfile(
      [
        ['agpl-crate', '1.2.0', CRATES_IO],
        ['old-crate', '0.7.3', CRATES_IO],
        ['new-crate', '0.8.5', CRATES_IO],
        ['new-crate', '0.7.0', CRATES_IO],
        ['licensefile-crate', '3.0.0', CRATES_IO],
      ],
      ['agpl-crate', 'old-crate', 'new-crate 0.8.5', 'licensefile-crate'],
    );
    const vendored = (name: string, version: string, license: string) => `[package]\nname = "${name}"\nversion = "${version}"\n${license}\n`;
    const t = tempTree({
      'Cargo.toml': '[workspace]\nmembers = ["crates/app"]\n',
      'Cargo.lock': lock,
      'crates/app/Cargo.toml': member,
      'vendor/agpl-crate/Cargo.toml': vendored('agpl-crate', '1.2.0', 'license = "AGPL-3.0-only"'),
      'vendor/old-crate/Cargo.toml': vendored('old-crate', '0.7.3', 'license = "Apache-2.0 WITH LLVM-exception/MIT"'),
      // Two versions vendored: the one this member locks is the versioned directory.
      'vendor/new-crate/Cargo.toml': vendored('new-crate', '0.7.0', 'license = "MIT"'),
      'vendor/new-crate-0.8.5/Cargo.toml': vendored('new-crate', '0.8.5', 'license = "LGPL-3.0-only"'),
      'vendor/licensefile-crate/Cargo.toml': vendored('licensefile-crate', '3.0.0', 'license-file = "LICENSE"'),
    });
    cleanups.push(t.cleanup);
    const found = licenseFindings(t.dir, { CARGO_HOME: path.join(t.dir, 'no-cargo-home') });
    expect(summary(found)).toEqual([
      'crates/app/Cargo.toml:6 agpl-crate AGPL-3.0-only fail high',
      'crates/app/Cargo.toml:10 new-crate LGPL-3.0-only warn low',
      `crates/app/Cargo.toml:12 licensefile-crate ${UNKNOWN} warn low`,
    ]);
    expect(found.map((f) => f.message.split(':')[0])).toEqual(['agpl-crate@1.2.0', 'new-crate@0.8.5', 'licensefile-crate@3.0.0']);
  });

  it('honours reviewed exceptions by semver range on the locked version', () => {
    const home = cargoHome({ 'gpl-crate-2.1.5': 'license = "GPL-2.0-or-later"' });
    const at = (exceptions: Record<string, string>) => {
      const t = tempTree({
        'Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\ngpl-crate = "2.1"\n',
        'Cargo.lock': lockfile([['gpl-crate', '2.1.5', CRATES_IO]]),
        'warden.json': JSON.stringify({ license: { exceptions } }),
      });
      cleanups.push(t.cleanup);
      return licenseFindings(t.dir, { CARGO_HOME: home }).map((f) => `${f.license.package} ${f.license.id} ${f.license.verdict}`);
    };
    expect(at({})).toEqual(['gpl-crate GPL-2.0-or-later fail']);
    expect(at({ 'gpl-crate@^2.1.0': 'reviewed: build tool only, not shipped' })).toEqual([]);
    expect(at({ 'gpl-crate@^3.0.0': 'reviewed for the next major' })).toEqual(['gpl-crate GPL-2.0-or-later fail']);
  });

  it('with --base/--head judges only the dependencies the change adds or upgrades', () => {
    const home = cargoHome({
      'kept-crate-1.0.0': 'license = "GPL-3.0-only"',
      'bumped-crate-0.2.0': 'license = "GPL-3.0-only"',
      'bumped-crate-0.3.0': 'license = "GPL-3.0-only"',
      'added-crate-1.1.0': 'license = "AGPL-3.0-only"',
    });
    const manifest = (deps: string[]) => ['[package]', 'name = "app"', 'version = "0.1.0"', '', '[dependencies]', ...deps, ''].join('\n');
    const t = gitRepo({
      'Cargo.toml': manifest(['kept-crate = "1"', 'bumped-crate = "0.2"']),
      'Cargo.lock': lockfile([
        ['kept-crate', '1.0.0', CRATES_IO],
        ['bumped-crate', '0.2.0', CRATES_IO],
      ]),
    });
    cleanups.push(t.cleanup);
    git(t.dir, 'add', '.');
    git(t.dir, 'commit', '-qm', 'base');
    writeFileSync(path.join(t.dir, 'Cargo.toml'), manifest(['kept-crate = "1"', 'bumped-crate = "0.3"', 'added-crate = "1.1"', 'new-unknown = "0.1"']));
    writeFileSync(
      path.join(t.dir, 'Cargo.lock'),
      lockfile([
        ['kept-crate', '1.0.0', CRATES_IO],
        ['bumped-crate', '0.3.0', CRATES_IO],
        ['added-crate', '1.1.0', CRATES_IO],
      ]),
    );
    git(t.dir, 'commit', '-qam', 'add and upgrade dependencies');
    const found = licenseFindings(t.dir, { CARGO_HOME: home }, ['--base', 'HEAD~1', '--head', 'HEAD']);
    expect(found.map((f) => `${f.start.line} ${f.license.package} ${f.license.verdict}`)).toEqual([
      '7 bumped-crate fail',
      '8 added-crate fail',
      '9 new-unknown warn',
    ]);
    // The whole tree still reports the dependency the change kept.
    expect(licenseFindings(t.dir, { CARGO_HOME: home }).map((f) => f.license.package)).toEqual(['kept-crate', 'bumped-crate', 'added-crate', 'new-unknown']);
  });
});

describe('the cargo reader in a scan of a change', () => {
  // The reader itself, given the manifest before the change as the git target gives it (SourceFile.previous).
  const read = (text: string, previous?: string) =>
    cargoDependencies({
      file: { path: 'Cargo.toml', text, language: undefined, lines: new LineIndex(text) },
      budget: { deadline: Infinity, expired: () => false },
      tree: async () => undefined,
      sibling: () => undefined,
      ...(previous !== undefined ? { previous } : {}),
    }).map((m) => `${m.dependency!.name} ${text.slice(m.start, m.end).split('\n')[0]}`);

  it('skips entries whose name and source are unchanged, however they are written', () => {
    const before = '[dependencies]\nserde = "1.0"\ntokio = { version = "1", features = ["rt"] }\n\n[dependencies.rand]\nversion = "0.8"\n';
    const after =
      '[dependencies]\nserde = { version = "1.0", features = ["derive"] }\ntokio = { version = "1.38", features = ["rt"] }\nmy-log = { package = "log", version = "0.4" }\n\n[dependencies.rand]\nversion = "0.9"\n';
    expect(read(after)).toEqual(['serde serde = { version = "1.0", features = ["derive"] }', 'tokio tokio = { version = "1.38", features = ["rt"] }', 'log my-log = { package = "log", version = "0.4" }', 'rand [dependencies.rand]']);
    expect(read(after, before)).toEqual(['tokio tokio = { version = "1.38", features = ["rt"] }', 'log my-log = { package = "log", version = "0.4" }', 'rand [dependencies.rand]']);
  });

  it('does not take a string or a comment for a table', () => {
    const text = 'description = """\n[dependencies]\nfake = "1"\n"""\n# [dependencies]\n[dependencies] # real\nreal = "1" # a comment\n';
    expect(read(text)).toEqual(['real real = "1"']);
  });
});
