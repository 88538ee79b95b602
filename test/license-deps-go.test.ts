// Go module dependencies judged by the license policy, with modules in a fake module cache (a temp GOMODCACHE
// passed to the CLI) or vendored beside go.mod, their license files the real texts SPDX publishes; nothing is
// fetched.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineIndex } from '../libs/sentinel/src/findings/line-index.js';
import { goDependencies } from '../libs/sentinel/src/match/manifests/go.js';
import { git, gitRepo, tempTree, warden, type DepFinding } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

const UNKNOWN = 'unknown (no license in the lockfile or the installed package)';
const spdx = createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>;

/** A module cache holding the given modules: "<escaped path>@<version>/<file>" → an SPDX id or a literal text. */
function modCache(files: Record<string, string>): string {
  const tree: Record<string, string> = {};
  for (const [file, license] of Object.entries(files)) tree[file] = spdx[license]?.licenseText ?? license;
  const t = tempTree(tree, 'warden-gomodcache-');
  cleanups.push(t.cleanup);
  return t.dir;
}

function licenseFindings(dir: string, env: NodeJS.ProcessEnv, args: string[] = []): DepFinding[] {
  const r = warden(['scan', ...(args.length ? args : ['.']), '--category', 'license', '--format', 'json'], { cwd: dir, env });
  expect(r.stderr).toBe('');
  // Only the go.mod findings: the text rules (license.gpl...) also report the vendored license files themselves.
  return (JSON.parse(r.stdout).findings as DepFinding[]).filter((f) => f.file.endsWith('go.mod'));
}

const summary = (found: DepFinding[]) => found.map((f) => `${f.file}:${f.start.line} ${f.license.package} ${f.license.id} ${f.license.verdict} ${f.severity}`);

describe('go dependencies', () => {
  it('identifies license files in the module cache, at the line that requires each module', () => {
    const cache = modCache({
      'example.com/gpl@v1.2.0/LICENSE': 'GPL-3.0-only',
      'example.com/mit@v0.4.1/LICENSE.md': 'MIT',
      // Go escapes uppercase letters in the cache: github.com/Foo/Bar is github.com/!foo/!bar.
      'github.com/!big!corp/!agpl@v2.0.0+incompatible/Copying': 'AGPL-3.0-only',
      'example.com/custom@v1.0.0/LICENSE': 'Copyright 2024 Example Corp. All rights reserved.\n',
      'example.com/nolicense@v1.0.0/README.md': 'No license here.\n',
    });
    const gomod = [
      'module example.com/app', // 1
      '',
      'go 1.22',
      '',
      'require example.com/gpl v1.2.0', // 5
      '',
      'require (',
      '\texample.com/mit v0.4.1',
      '\tgithub.com/BigCorp/Agpl v2.0.0+incompatible // indirect',
      '\texample.com/custom v1.0.0', // 10
      '\texample.com/nolicense v1.0.0',
      '\texample.com/uncached v0.0.1',
      ')',
      '',
      'replace example.com/mit => example.com/gpl v1.2.0', // 15
      'exclude example.com/gpl v1.1.0',
    ].join('\n');
    const t = tempTree({ 'go.mod': gomod });
    cleanups.push(t.cleanup);
    const found = licenseFindings(t.dir, { GOMODCACHE: cache });
    expect(summary(found)).toEqual([
      'go.mod:5 example.com/gpl GPL-3.0-only fail high',
      'go.mod:9 github.com/BigCorp/Agpl AGPL-3.0-only fail high',
      `go.mod:10 example.com/custom ${UNKNOWN} warn low`,
      `go.mod:11 example.com/nolicense ${UNKNOWN} warn low`,
      `go.mod:12 example.com/uncached ${UNKNOWN} warn low`,
    ]);
    expect(found[0]!.message).toMatch(/^example\.com\/gpl@v1\.2\.0: /);
    // GOPATH/pkg/mod is the cache when GOMODCACHE is not set.
    const viaGopath = tempTree({ 'pkg/mod/example.com/gpl@v1.2.0/LICENSE': spdx['GPL-3.0-only']!.licenseText });
    cleanups.push(viaGopath.cleanup);
    const fromGopath = licenseFindings(t.dir, { GOMODCACHE: '', GOPATH: viaGopath.dir });
    expect(fromGopath.map((f) => `${f.license.package} ${f.license.id}`)[0]).toBe('example.com/gpl GPL-3.0-only');
  });

  it('prefers the vendored license file, beside a go.mod in a subdirectory', () => {
    const cache = modCache({ 'example.com/lib@v1.0.0/LICENSE': 'MIT' });
    const t = tempTree({
      'svc/go.mod': 'module example.com/svc\n\ngo 1.21\n\nrequire (\n\texample.com/lib v1.0.0\n\tgithub.com/Some/LGPL v0.2.0\n)\n',
      // The vendored copy wins over the cache, and vendor/ keeps the path's own case.
      'svc/vendor/example.com/lib/LICENSE': spdx['LGPL-2.1-only']!.licenseText,
      'svc/vendor/github.com/Some/LGPL/COPYING': spdx['GPL-2.0-only']!.licenseText,
      'svc/vendor/modules.txt': '# example.com/lib v1.0.0\n',
    });
    cleanups.push(t.cleanup);
    expect(summary(licenseFindings(t.dir, { GOMODCACHE: cache }))).toEqual([
      'svc/go.mod:6 example.com/lib LGPL-2.1-only warn low',
      'svc/go.mod:7 github.com/Some/LGPL GPL-2.0-only fail high',
    ]);
  });

  it('honours reviewed exceptions by semver range on the required version', () => {
    const cache = modCache({ 'example.com/gpl@v2.1.5/LICENSE': 'GPL-2.0-only' });
    const at = (exceptions: Record<string, string>) => {
      const t = tempTree({ 'go.mod': 'module example.com/app\n\nrequire example.com/gpl v2.1.5\n', 'warden.json': JSON.stringify({ license: { exceptions } }) });
      cleanups.push(t.cleanup);
      return licenseFindings(t.dir, { GOMODCACHE: cache }).map((f) => `${f.license.package} ${f.license.verdict}`);
    };
    expect(at({})).toEqual(['example.com/gpl fail']);
    expect(at({ 'example.com/gpl@^2.1.0': 'reviewed: build tool only' })).toEqual([]);
    expect(at({ 'example.com/gpl@^3.0.0': 'reviewed for the next major' })).toEqual(['example.com/gpl fail']);
  });

  it('with --base/--head judges only the modules the change adds or upgrades', () => {
    const cache = modCache({
      'example.com/kept@v1.0.0/LICENSE': 'GPL-3.0-only',
      'example.com/bumped@v0.2.0/LICENSE': 'GPL-3.0-only',
      'example.com/bumped@v0.3.0/LICENSE': 'GPL-3.0-only',
      'example.com/added@v1.1.0/LICENSE': 'AGPL-3.0-only',
    });
    const gomod = (deps: string[]) => ['module example.com/app', '', 'go 1.22', '', 'require (', ...deps.map((d) => `\t${d}`), ')', ''].join('\n');
    const t = gitRepo({ 'go.mod': gomod(['example.com/kept v1.0.0', 'example.com/bumped v0.2.0']) });
    cleanups.push(t.cleanup);
    git(t.dir, 'add', '.');
    git(t.dir, 'commit', '-qm', 'base');
    writeFileSync(
      path.join(t.dir, 'go.mod'),
      gomod(['example.com/kept v1.0.0 // indirect', 'example.com/bumped v0.3.0', 'example.com/added v1.1.0', 'example.com/new-unknown v0.1.0']),
    );
    git(t.dir, 'commit', '-qam', 'add and upgrade modules');
    const found = licenseFindings(t.dir, { GOMODCACHE: cache }, ['--base', 'HEAD~1', '--head', 'HEAD']);
    expect(found.map((f) => `${f.start.line} ${f.license.package} ${f.license.verdict}`)).toEqual([
      '7 example.com/bumped fail',
      '8 example.com/added fail',
      '9 example.com/new-unknown warn',
    ]);
    // The whole tree still reports the module the change kept.
    expect(licenseFindings(t.dir, { GOMODCACHE: cache }).map((f) => f.license.package)).toEqual([
      'example.com/kept',
      'example.com/bumped',
      'example.com/added',
      'example.com/new-unknown',
    ]);
  });
});

describe('the go reader', () => {
  const read = (text: string, previous?: string) =>
    goDependencies({
      file: { path: 'go.mod', text, language: undefined, lines: new LineIndex(text) },
      budget: { deadline: Infinity, expired: () => false },
      tree: async () => undefined,
      sibling: () => undefined,
      ...(previous !== undefined ? { previous } : {}),
    }).map((m) => `${m.dependency!.name}@${m.dependency!.version} [${text.slice(m.start, m.end)}]`);

  it('reads require lines and blocks only, with their spans', () => {
    const text = [
      'module example.com/app',
      'require example.com/a v1.0.0 // a comment',
      'require(',
      '  "example.com/b" v0.1.0',
      '  // example.com/commented v1.0.0',
      '  example.com/c v2.3.4-pre.1 // indirect',
      ')',
      'replace (',
      '  example.com/a v1.0.0 => ../a',
      ')',
      'exclude (',
      '  example.com/d v1.0.0',
      ')',
      'retract v0.9.0',
      'tool example.com/e',
    ].join('\r\n');
    expect(read(text)).toEqual([
      'example.com/a@v1.0.0 [require example.com/a v1.0.0]',
      'example.com/b@v0.1.0 ["example.com/b" v0.1.0]',
      'example.com/c@v2.3.4-pre.1 [example.com/c v2.3.4-pre.1]',
    ]);
  });

  it('skips modules whose version is unchanged in a scan of a change', () => {
    const before = 'require (\n\texample.com/a v1.0.0\n\texample.com/b v1.0.0\n)\n';
    const after = 'require example.com/a v1.0.0 // indirect\nrequire (\n\texample.com/b v1.1.0\n\texample.com/c v0.1.0\n)\n';
    expect(read(after, before)).toEqual(['example.com/b@v1.1.0 [example.com/b v1.1.0]', 'example.com/c@v0.1.0 [example.com/c v0.1.0]']);
  });
});
