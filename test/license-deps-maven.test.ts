// Maven dependencies judged by the license policy, with artifact poms placed in a fake local repository
// ($HOME/.m2/repository in a temp dir, HOME passed to the CLI); nothing is fetched.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineIndex } from '../libs/sentinel/src/findings/line-index.js';
import { mavenDependencies } from '../libs/sentinel/src/match/manifests/maven.js';
import { git, gitRepo, tempTree, warden, type DepFinding } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

/** An artifact's pom as a repository holds it: licenses (name, url), or a parent to inherit them from. */
function artifactPom(opts: { licenses?: Array<{ name?: string; url?: string }>; parent?: string }): string {
  const parent = opts.parent?.split(':');
  const licenses = opts.licenses?.map(
    (l) => `    <license>\n${l.name ? `      <name>${l.name}</name>\n` : ''}${l.url ? `      <url>${l.url}</url>\n` : ''}    </license>\n`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n',
    parent ? `  <parent><groupId>${parent[0]}</groupId><artifactId>${parent[1]}</artifactId><version>${parent[2]}</version></parent>\n` : '',
    licenses ? `  <licenses>\n${licenses.join('')}  </licenses>\n` : '',
    '</project>\n',
  ].join('');
}

/** A fake home whose local repository holds the given artifacts ("group:artifact:version" → pom text). */
function home(artifacts: Record<string, string>): string {
  const files: Record<string, string> = {};
  for (const [coords, pom] of Object.entries(artifacts)) {
    const [g, a, v] = coords.split(':') as [string, string, string];
    files[path.join('.m2/repository', ...g.split('.'), a, v, `${a}-${v}.pom`)] = pom;
  }
  const t = tempTree(files, 'warden-m2-');
  cleanups.push(t.cleanup);
  return t.dir;
}

const REPO = {
  'org.example:gpl-lib:1.2.0': artifactPom({ licenses: [{ name: 'GNU General Public License, version 2' }] }),
  'org.example:apache-lib:2.0.0': artifactPom({ licenses: [{ name: 'The Apache Software License, Version 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0.txt' }] }),
  // No <licenses>: inherited from the parent pom, which names its license by URL only.
  'org.example:child-lib:1.0': artifactPom({ parent: 'org.example:example-parent:7' }),
  'org.example:example-parent:7': artifactPom({ licenses: [{ url: 'https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html' }] }),
  'org.example:dual-lib:3.1': artifactPom({ licenses: [{ name: 'GPLv3' }, { name: 'MIT License' }] }),
  'org.example:jdk-lib:1.0': artifactPom({ licenses: [{ name: 'GPL2 w/ CPE' }] }),
  'org.example:odd-lib:0.3': artifactPom({ licenses: [{ name: 'Example Community License' }] }),
  'org.example:agpl-tool:4.0': artifactPom({ licenses: [{ name: 'GNU Affero General Public License v3.0 or later' }] }),
};

const dep = (g: string, a: string, v?: string, extra = '') =>
  `    <dependency>\n      <groupId>${g}</groupId>\n      <artifactId>${a}</artifactId>\n${v ? `      <version>${v}</version>\n` : ''}${extra}    </dependency>\n`;

function projectPom(deps: string, rest = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n  <artifactId>app</artifactId>\n' +
    `  <version>1.0.0</version>\n  <properties>\n    <gpl.version>1.2.0</gpl.version>\n  </properties>\n  <dependencies>\n${deps}  </dependencies>\n${rest}</project>\n`
  );
}

function licenseFindings(dir: string, homeDir: string, args: string[] = []): DepFinding[] {
  const r = warden(['scan', ...(args.length ? args : ['.']), '--category', 'license', '--format', 'json'], { cwd: dir, env: { HOME: homeDir } });
  return JSON.parse(r.stdout).findings as DepFinding[];
}

describe('maven dependencies', () => {
  it('reads licenses from the local repository, at the element that declares each dependency', () => {
    const pom = projectPom(
      dep('org.example', 'gpl-lib', '${gpl.version}') + // line 11
        dep('org.example', 'apache-lib', '2.0.0') + // 16: Apache-2.0, fine
        dep('org.example', 'child-lib', '1.0', '      <scope>test</scope>\n') + // 21
        dep('org.example', 'dual-lib', '3.1') + // 27: GPL-3.0-only OR MIT, fine
        dep('org.example', 'jdk-lib', '1.0') + // 32
        dep('org.example', 'odd-lib', '0.3') + // 37
        dep('org.example', 'not-downloaded', '2.2') + // 42
        dep('org.example', 'managed-elsewhere') + // 47: no version
        '    <!--\n' +
        dep('org.example', 'agpl-tool', '4.0') +
        '    -->\n',
      // Neither managed versions nor build plugins' dependencies are the project's dependencies.
      `  <dependencyManagement>\n    <dependencies>\n${dep('org.example', 'agpl-tool', '4.0')}    </dependencies>\n  </dependencyManagement>\n` +
        `  <build>\n    <plugins>\n      <plugin>\n        <artifactId>some-plugin</artifactId>\n        <dependencies>\n${dep('org.example', 'agpl-tool', '4.0')}` +
        '        </dependencies>\n      </plugin>\n    </plugins>\n  </build>\n',
    );
    const t = tempTree({ 'pom.xml': pom, 'target/classes/META-INF/maven/com.acme/app/pom.xml': pom });
    cleanups.push(t.cleanup);
    const found = licenseFindings(t.dir, home(REPO));
    const unknown = 'unknown (no license in the lockfile or the installed package)';
    expect(found.map((f) => `${f.start.line} ${f.license.package} ${f.license.id} ${f.license.verdict} ${f.severity}`)).toEqual([
      '11 org.example:gpl-lib GPL-2.0-only fail high',
      '21 org.example:child-lib LGPL-2.1-only warn low',
      '32 org.example:jdk-lib GPL-2.0-only WITH Classpath-exception-2.0 warn low',
      `37 org.example:odd-lib ${unknown} warn low`,
      `42 org.example:not-downloaded ${unknown} warn low`,
      `47 org.example:managed-elsewhere ${unknown} warn low`,
    ]);
    expect(found[0]!.message).toMatch(/^org\.example:gpl-lib@1\.2\.0: /);
    expect(found[5]!.message).toMatch(/^org\.example:managed-elsewhere: /);
    // The copy of the pom in the build output is not the project's manifest.
    expect(found.every((f) => f.file === 'pom.xml')).toBe(true);
  });

  it('reports every dependency as unknown when there is no local repository', () => {
    const t = tempTree({ 'pom.xml': projectPom(dep('org.example', 'apache-lib', '2.0.0')) });
    cleanups.push(t.cleanup);
    const empty = tempTree({}, 'warden-home-');
    cleanups.push(empty.cleanup);
    expect(licenseFindings(t.dir, empty.dir).map((f) => `${f.license.package} ${f.license.verdict}`)).toEqual(['org.example:apache-lib warn']);
  });

  it('honours reviewed exceptions by semver range on the stated version', () => {
    const at = (exceptions: Record<string, string>) => {
      const t = tempTree({ 'pom.xml': projectPom(dep('org.example', 'gpl-lib', '1.2.0')), 'warden.json': JSON.stringify({ license: { exceptions } }) });
      cleanups.push(t.cleanup);
      return licenseFindings(t.dir, home(REPO)).map((f) => `${f.license.package} ${f.license.verdict}`);
    };
    expect(at({})).toEqual(['org.example:gpl-lib fail']);
    expect(at({ 'org.example:gpl-lib@^1.2.0': 'reviewed: test tool only, not shipped' })).toEqual([]);
    expect(at({ 'org.example:gpl-lib@^2.0.0': 'reviewed for the next major' })).toEqual(['org.example:gpl-lib fail']);
  });

  it('with --base/--head judges only the dependencies the change adds or upgrades', () => {
    const m2 = home({ ...REPO, 'org.example:gpl-lib:1.3.0': REPO['org.example:gpl-lib:1.2.0'] });
    const t = gitRepo({ 'pom.xml': projectPom(dep('org.example', 'child-lib', '1.0') + dep('org.example', 'gpl-lib', '1.2.0')) });
    cleanups.push(t.cleanup);
    git(t.dir, 'add', '.');
    git(t.dir, 'commit', '-qm', 'base');
    const after = dep('org.example', 'child-lib', '1.0') + dep('org.example', 'gpl-lib', '1.3.0') + dep('org.example', 'agpl-tool', '4.0');
    writeFileSync(path.join(t.dir, 'pom.xml'), projectPom(after));
    git(t.dir, 'commit', '-qam', 'upgrade gpl-lib, add agpl-tool');
    const found = licenseFindings(t.dir, m2, ['--base', 'HEAD~1', '--head', 'HEAD']);
    expect(found.map((f) => `${f.license.package} ${f.license.id} ${f.license.verdict}`)).toEqual([
      'org.example:gpl-lib GPL-2.0-only fail',
      'org.example:agpl-tool AGPL-3.0-or-later fail',
    ]);
    // The whole tree still reports the dependency the change kept.
    expect(licenseFindings(t.dir, m2).map((f) => f.license.package)).toEqual(['org.example:child-lib', 'org.example:gpl-lib', 'org.example:agpl-tool']);
  });
});

describe('the maven reader', () => {
  // The reader itself, given the manifest before the change as the git target gives it (SourceFile.previous).
  const read = (text: string, previous?: string) =>
    mavenDependencies({
      file: { path: 'pom.xml', text, language: undefined, lines: new LineIndex(text) },
      budget: { deadline: Infinity, expired: () => false },
      tree: async () => undefined,
      sibling: () => undefined,
      ...(previous !== undefined ? { previous } : {}),
    }).map((m) => `${m.dependency!.name}@${m.dependency!.version ?? '-'} ${text.slice(m.start, m.end).split('\n')[0]!.trim()}`);

  it('skips dependencies whose coordinates and version are unchanged, wherever they moved', () => {
    const before = projectPom(dep('org.example', 'a', '1.0') + dep('org.example', 'b', '${gpl.version}') + dep('org.example', 'c', '2.0'));
    // a moves and is written on one line; b's version is now a literal equal to the old property; c is upgraded.
    const after = projectPom(
      dep('org.example', 'c', '2.1') + '    <dependency><groupId>org.example</groupId><artifactId>a</artifactId><version>1.0</version></dependency>\n' + dep('org.example', 'b', '1.2.0'),
    );
    expect(read(after, before)).toEqual(['org.example:c@2.1 <dependency>']);
    expect(read(after)).toHaveLength(3);
  });

  it('gives a version only when the pom states one the repository could hold', () => {
    const text = projectPom(
      dep('org.example', 'ranged', '[1.0,2.0)') + dep('org.example', 'unset', '${nowhere.version}') + dep('org.example', 'own', '${project.version}') + dep('org.example', 'plain', ' 3.4.5 '),
    );
    expect(read(text).map((r) => r.split(' ')[0])).toEqual(['org.example:ranged@-', 'org.example:unset@-', 'org.example:own@1.0.0', 'org.example:plain@3.4.5']);
  });

  it('maps the license names and URLs poms use to SPDX ids, several licenses being a choice', () => {
    const cases: Array<[Array<{ name?: string; url?: string }>, string | undefined]> = [
      [[{ name: 'Apache License, Version 2.0' }], 'Apache-2.0'],
      [[{ name: 'The Apache Software License, Version 2.0' }], 'Apache-2.0'],
      [[{ name: 'Apache License', url: 'http://www.apache.org/licenses/LICENSE-2.0.txt' }], 'Apache-2.0'],
      [[{ name: 'ASLv2' }], 'Apache-2.0'],
      [[{ name: 'The MIT License' }], 'MIT'],
      [[{ url: 'https://opensource.org/licenses/MIT' }], 'MIT'],
      [[{ name: 'BSD 2-Clause License' }], 'BSD-2-Clause'],
      [[{ name: 'New BSD License' }], 'BSD-3-Clause'],
      [[{ name: 'Eclipse Distribution License - v 1.0' }], 'BSD-3-Clause'],
      [[{ name: 'Eclipse Public License - v 1.0' }], 'EPL-1.0'],
      [[{ name: 'Eclipse Public License v. 2.0' }], 'EPL-2.0'],
      [[{ url: 'https://www.eclipse.org/legal/epl-2.0/' }], 'EPL-2.0'],
      [[{ name: 'GNU General Public License, version 2 with the GNU Classpath Exception' }], 'GPL-2.0-only WITH Classpath-exception-2.0'],
      [[{ name: 'GPL-2.0-with-classpath-exception' }], 'GPL-2.0-only WITH Classpath-exception-2.0'],
      [[{ name: 'CDDL + GPLv2 with classpath exception', url: 'https://glassfish.java.net/public/CDDL+GPL_1_1.html' }], 'CDDL-1.1 OR GPL-2.0-only WITH Classpath-exception-2.0'],
      [[{ name: 'GNU Lesser General Public License, version 2.1' }], 'LGPL-2.1-only'],
      [[{ name: 'GNU Lesser General Public License v2.1 or later' }], 'LGPL-2.1-or-later'],
      [[{ name: 'LGPL-3.0' }], 'LGPL-3.0-only'],
      [[{ name: 'Mozilla Public License, Version 2.0' }], 'MPL-2.0'],
      [[{ name: 'Common Development and Distribution License (CDDL) v1.0' }], 'CDDL-1.0'],
      [[{ name: 'CDDL 1.1' }], 'CDDL-1.1'],
      [[{ name: 'GNU General Public License v3.0' }], 'GPL-3.0-only'],
      [[{ name: 'GPLv2+' }], 'GPL-2.0-or-later'],
      [[{ name: 'GNU Affero General Public License, Version 3' }], 'AGPL-3.0-only'],
      [[{ name: 'MIT-0' }], 'MIT-0'],
      [[{ name: 'EPL 1.0' }, { name: 'GNU Lesser General Public License' }, { name: 'LGPL 2.1' }], '(EPL-1.0 OR LGPL-2.1-only)'],
      // Ambiguous or unknown: no version, no family, nothing to tell.
      [[{ name: 'The BSD License' }], undefined],
      [[{ name: 'GNU Lesser General Public License' }], undefined],
      [[{ name: 'CDDL/GPLv2+CE' }], undefined],
      [[{ name: 'Public Domain' }], undefined],
      [[], undefined],
    ];
    const artifacts = Object.fromEntries(cases.map(([licenses], i) => [`org.example:lib${i}:1.0`, artifactPom({ licenses })]));
    const text = projectPom(cases.map((_, i) => dep('org.example', `lib${i}`, '1.0')).join(''));
    const saved = process.env.HOME;
    process.env.HOME = home(artifacts);
    try {
      const found = mavenDependencies({
        file: { path: 'pom.xml', text, language: undefined, lines: new LineIndex(text) },
        budget: { deadline: Infinity, expired: () => false },
        tree: async () => undefined,
      }).map((m) => m.license);
      expect(found).toEqual(cases.map(([, id]) => id ?? 'unknown (no license in the lockfile or the installed package)'));
    } finally {
      process.env.HOME = saved;
    }
  });

  it('reads nothing from a file that is not a pom, or from comments and CDATA', () => {
    expect(read('<settings><dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId></dependency></dependencies></settings>')).toEqual([]);
    const text = projectPom(`    <!-- ${dep('org.example', 'hidden', '1.0')} -->\n    <![CDATA[${dep('org.example', 'cdata', '1.0')}]]>\n`);
    expect(read(text)).toEqual([]);
  });
});
