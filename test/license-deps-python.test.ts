// Python dependencies judged by the license policy, with distributions "installed" as dist-info/METADATA files in a
// virtualenv beside the manifest of a temp project, versions pinned or from a poetry.lock; nothing is fetched.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineIndex } from '../libs/sentinel/src/findings/line-index.js';
import { metadataLicense, pythonDependencies } from '../libs/sentinel/src/match/manifests/python.js';
import { git, gitRepo, tempTree, warden, type DepFinding } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

const UNKNOWN = 'unknown (no license in the lockfile or the installed package)';

/** Files of a virtualenv at `venv` holding the given distributions ("dir-name-version" → METADATA header lines). */
function venv(dists: Record<string, string>, venvDir = '.venv', cfg = 'home = /usr/bin\nversion = 3.12.4\n'): Record<string, string> {
  const files: Record<string, string> = { [`${venvDir}/pyvenv.cfg`]: cfg };
  const python = /version(?:_info)?\s*=\s*(\d+\.\d+)/.exec(cfg)![1];
  for (const [dir, headers] of Object.entries(dists)) {
    files[`${venvDir}/lib/python${python}/site-packages/${dir}.dist-info/METADATA`] = `Metadata-Version: 2.1\n${headers}\n\nDescription.\n`;
  }
  return files;
}

function licenseFindings(dir: string, args: string[] = []): DepFinding[] {
  const r = warden(['scan', ...(args.length ? args : ['.']), '--category', 'license', '--format', 'json'], { cwd: dir });
  return JSON.parse(r.stdout).findings as DepFinding[];
}

const summary = (f: DepFinding) => `${f.file}:${f.start.line} ${f.license.package} ${f.license.id} ${f.license.verdict} ${f.severity}`;

describe('python dependencies', () => {
  it('reads requirements.txt, with licenses from the installed distributions, at the line of each requirement', () => {
    const requirements = [
      '# runtime',
      '--extra-index-url https://pypi.invalid/simple',
      '-r base.txt',
      'Copyleft_Lib[extra]==3.2.0 ; python_version >= "3.9"  # pinned',
      'mit-lib==1.0.0',
      'not-installed==0.1.0',
      'ranged-lib>=2.0',
      'Old.Style==0.3 \\',
      '    --hash=sha256:0000000000000000000000000000000000000000000000000000000000000000',
      'bsd-only==4.0.0',
      '-e ./local',
      'git+https://git.invalid/x.git#egg=x',
      './wheels/thing-1.0-py3-none-any.whl',
      '',
    ].join('\r\n'); // CRLF, as on Windows
    const t = tempTree({
      'requirements.txt': requirements,
      ...venv({
        'copyleft_lib-3.2.0': 'Name: Copyleft-Lib\nVersion: 3.2.0\nLicense-Expression: GPL-3.0-only\nLicense: MIT',
        'mit_lib-1.0.0': 'Name: mit-lib\nVersion: 1.0.0\nLicense: MIT License',
        'ranged_lib-2.4.0': 'Name: ranged-lib\nVersion: 2.4.0\nLicense-Expression: GPL-2.0-only',
        'Old.Style-0.3': 'Name: Old.Style\nVersion: 0.3\nLicense: GPLv2+',
        'bsd_only-4.0.0': 'Name: bsd-only\nVersion: 4.0.0\nClassifier: License :: OSI Approved :: BSD License',
      }),
      // A project inside the virtualenv is not one of this project's manifests.
      '.venv/src/editable/pyproject.toml': '[project]\ndependencies = ["inner==1.0"]\n',
    });
    cleanups.push(t.cleanup);
    const found = licenseFindings(t.dir);
    expect(found.map(summary)).toEqual([
      'requirements.txt:4 Copyleft_Lib GPL-3.0-only fail high',
      `requirements.txt:6 not-installed ${UNKNOWN} warn low`,
      // No pin and no lockfile: without a version the dist-info directory cannot be named (files are read, never listed).
      `requirements.txt:7 ranged-lib ${UNKNOWN} warn low`,
      'requirements.txt:8 Old.Style GPL-2.0-or-later fail high',
      // "BSD License" names no single license (PEP 639), so it is not guessed.
      `requirements.txt:10 bsd-only ${UNKNOWN} warn low`,
    ]);
    expect(found[0]!.message).toMatch(/^Copyleft_Lib@3\.2\.0: /);
    expect(found[1]!.message).toMatch(/^not-installed@0\.1\.0: /);
    expect(found[2]!.message).toMatch(/^ranged-lib: /);
  });

  it('reads pyproject.toml: [project] dependencies and poetry groups, with versions from poetry.lock', () => {
    const pyproject = [
      '[project]',
      'name = "app"',
      'license = "MIT"',
      'dependencies = [',
      '  "lgpl-lib>=1.0",  # from the lock',
      "  'isc-lib==2.0.0',",
      ']',
      '',
      '[project.optional-dependencies]',
      'docs = ["gpl-docs==1.0"]',
      '',
      '[tool.poetry.dependencies]',
      'python = "^3.10"',
      '"Dotted.Name" = { version = "^1.1", extras = ["x"] }',
      'exact = "0.9.0"',
      '',
      '[tool.poetry.group."dev".dependencies]',
      'agpl-tool = "^5"',
      '',
      '[tool.black]',
      'line-length = 100',
      '',
    ].join('\n');
    const lock = [
      '[[package]]',
      'name = "lgpl-lib"',
      'version = "1.2.0"',
      '',
      '[package.dependencies]',
      'exact = "*"',
      '',
      '[[package]]',
      'name = "dotted-name"',
      'version = "1.1.7"',
      '',
      '[[package]]',
      'name = "agpl-tool"',
      'version = "5.0.1"',
      '',
      '[metadata]',
      'lock-version = "2.0"',
      '',
    ].join('\n');
    const t = tempTree({
      'pyproject.toml': pyproject,
      'poetry.lock': lock,
      // virtualenv writes version_info; the env/ name is one of those looked at.
      ...venv(
        {
          'lgpl_lib-1.2.0': 'Name: lgpl-lib\nVersion: 1.2.0\nClassifier: License :: OSI Approved\nClassifier: License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)',
          'isc_lib-2.0.0': 'Name: isc-lib\nVersion: 2.0.0\nLicense: ISC License',
          'dotted_name-1.1.7': 'Name: Dotted.Name\nVersion: 1.1.7\nLicense: Apache License, Version 2.0',
          'exact-0.9.0': 'Name: exact\nVersion: 0.9.0\nLicense: GPLv3',
          'agpl_tool-5.0.1': 'Name: agpl-tool\nVersion: 5.0.1\nLicense-Expression: AGPL-3.0-only',
        },
        'env',
        'home = /usr/bin\nimplementation = CPython\nversion_info = 3.11.9.final.0\n',
      ),
    });
    cleanups.push(t.cleanup);
    expect(licenseFindings(t.dir).map(summary)).toEqual([
      'pyproject.toml:5 lgpl-lib LGPL-3.0-only warn low',
      'pyproject.toml:15 exact GPL-3.0-only fail high',
      'pyproject.toml:18 agpl-tool AGPL-3.0-only fail high',
    ]);
  });

  it('reads a requirements file of bare names, which has no keyword to be found by', () => {
    const t = tempTree({ 'requirements-dev.txt': 'black\nrequests\n' });
    cleanups.push(t.cleanup);
    expect(licenseFindings(t.dir).map((f) => `${f.start.line} ${f.license.package} ${f.license.verdict}`)).toEqual(['1 black warn', '2 requests warn']);
  });

  it('honours reviewed exceptions by the pinned version', () => {
    const files = {
      'requirements.txt': 'gpl-thing==2.1.5\n',
      ...venv({ 'gpl_thing-2.1.5': 'Name: gpl-thing\nVersion: 2.1.5\nLicense-Expression: GPL-2.0-or-later' }),
    };
    const at = (exceptions: Record<string, string>) => {
      const t = tempTree({ ...files, 'warden.json': JSON.stringify({ license: { exceptions } }) });
      cleanups.push(t.cleanup);
      return licenseFindings(t.dir).map((f) => `${f.license.package} ${f.license.id} ${f.license.verdict}`);
    };
    expect(at({})).toEqual(['gpl-thing GPL-2.0-or-later fail']);
    expect(at({ 'gpl-thing@^2.1.0': 'reviewed: build tool only, not shipped' })).toEqual([]);
    expect(at({ 'gpl-thing@^3.0.0': 'reviewed for the next major' })).toEqual(['gpl-thing GPL-2.0-or-later fail']);
  });

  it('with --base/--head judges only the requirements the change adds or upgrades', () => {
    const dists = venv({
      'gpl_a-1.0.0': 'Name: gpl-a\nVersion: 1.0.0\nLicense-Expression: GPL-3.0-only',
      'gpl_b-2.1.0': 'Name: gpl-b\nVersion: 2.1.0\nLicense-Expression: GPL-3.0-only',
    });
    const t = gitRepo({ 'requirements.txt': 'gpl-a==1.0.0\ngpl-b==2.0.0\n', '.gitignore': '.venv\n' });
    cleanups.push(t.cleanup);
    git(t.dir, 'add', '.');
    git(t.dir, 'commit', '-qm', 'base');
    for (const [rel, content] of Object.entries(dists)) {
      mkdirSync(path.dirname(path.join(t.dir, rel)), { recursive: true });
      writeFileSync(path.join(t.dir, rel), content);
    }
    writeFileSync(path.join(t.dir, 'requirements.txt'), 'gpl-a==1.0.0\ngpl-b==2.1.0\nbrand-new==0.1.0\n');
    git(t.dir, 'commit', '-qam', 'upgrade and add');
    const found = licenseFindings(t.dir, ['--base', 'HEAD~1', '--head', 'HEAD']);
    expect(found.map((f) => `${f.start.line} ${f.license.package} ${f.license.verdict}`)).toEqual(['2 gpl-b fail', '3 brand-new warn']);
  });
});

describe('the python reader', () => {
  const read = (file: string, text: string, previous?: string) =>
    pythonDependencies({
      file: { path: file, text, language: undefined, lines: new LineIndex(text) },
      budget: { deadline: Infinity, expired: () => false },
      tree: async () => undefined,
      sibling: () => undefined,
      ...(previous !== undefined ? { previous } : {}),
    }).map((m) => `${m.dependency!.name}${m.dependency!.version ? `@${m.dependency!.version}` : ''} ${text.slice(m.start, m.end)}`);

  it('skips requirements whose name and version spec are unchanged, however they are written', () => {
    const before = 'requests==2.31.0\nFlask[async]>=3.0 ; python_version > "3.8"\nclick~=8.1\n';
    const after = '# pinned\nRequests == 2.31.0  # http\nflask>=3.0\nclick~=8.2\nrich\n';
    expect(read('requirements-dev.txt', after, before)).toEqual(['click click~=8.2', 'rich rich']);
  });

  it('treats a move between pyproject sections as a change, and skips python', () => {
    const before = '[tool.poetry.dependencies]\npython = "^3.9"\nblack = "24.4.2"\n';
    const after = '[tool.poetry.dependencies]\npython = "^3.10"\n\n[tool.poetry.group.dev.dependencies]\nblack = "24.4.2"  # formatter\n';
    expect(read('sub/pyproject.toml', after, before)).toEqual(['black@24.4.2 black = "24.4.2"  # formatter']);
    expect(read('pyproject.toml', before)).toEqual(['black@24.4.2 black = "24.4.2"']);
  });

  it('reads [project] dependencies across lines, with comments and both quote styles', () => {
    const text = '[project]\nname = "x"\ndependencies = [\n  # "commented==1.0",\n  "a==1.0", \'b[x] (==2.0)\',\n  "c @ https://example.invalid/c.whl",\n]\n[project.urls]\ndependencies = "not this"\n';
    expect(read('pyproject.toml', text)).toEqual(['a@1.0 "a==1.0"', "b@2.0 'b[x] (==2.0)'", 'c "c @ https://example.invalid/c.whl"']);
  });
});

describe('licenses from METADATA', () => {
  const meta = (...headers: string[]) => `Metadata-Version: 2.1\nName: x\n${headers.join('\n')}\n\nLicense: GPL-3.0-only (the body is not a header)\n`;
  it.each([
    [meta('License-Expression: MIT OR Apache-2.0', 'License: GPLv3'), 'MIT OR Apache-2.0'],
    [meta('License: BSD-3-Clause'), 'BSD-3-Clause'],
    [meta('License: The MIT License'), 'MIT'],
    [meta('License: Apache 2.0'), 'Apache-2.0'],
    [meta('License: Simplified BSD'), 'BSD-2-Clause'],
    [meta('License: MPL 2.0'), 'MPL-2.0'],
    [meta('License: GPL v2 or later'), 'GPL-2.0-or-later'],
    [meta('License: LGPLv2.1'), 'LGPL-2.1-only'],
    [meta('License: PSF'), 'PSF-2.0'],
    [meta('License: UNKNOWN', 'Classifier: License :: OSI Approved :: ISC License (ISCL)'), 'ISC'],
    [meta('License: Copyright (c) Someone', '        All rights reserved.', 'Classifier: License :: OSI Approved :: MIT License'), 'MIT'],
    [meta('Classifier: License :: OSI Approved :: GNU General Public License v3 (GPLv3)'), 'GPL-3.0-only'],
    [meta('Classifier: License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)'), 'MPL-2.0'],
    // Ambiguous (PEP 639): no variant named, or several licenses whose combination is not said.
    [meta('License: BSD', 'Classifier: License :: OSI Approved :: BSD License'), undefined],
    [meta('Classifier: License :: OSI Approved :: Apache Software License'), undefined],
    [meta('Classifier: License :: OSI Approved :: MIT License', 'Classifier: License :: OSI Approved :: GNU General Public License v3 (GPLv3)'), undefined],
    [meta('Classifier: Programming Language :: Python :: 3'), undefined],
  ])('%#', (metadata, expected) => {
    expect(metadataLicense(metadata)).toBe(expected);
  });
});
