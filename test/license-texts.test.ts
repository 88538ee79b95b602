// License rules on real license texts (the spdx-license-list package and Debian's common-licenses), judged by the
// policy in warden.json: each copyleft or source-available text is recognised as its own license, permissive
// ones are not reported, and a project's own license makes its kind acceptable.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { tempTree, warden } from './support/cli.js';

const licenses = createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>;
const text = (id: string) => licenses[id]!.licenseText;
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

interface LicenseFinding {
  file: string;
  ruleId: string;
  severity: string;
  license: { id: string; category: string; verdict: string };
}

function scan(files: Record<string, string>): LicenseFinding[] {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  const r = warden(['scan', '.', '--category', 'license', '--format', 'json'], { cwd: t.dir });
  expect(r.stderr).not.toMatch(/error/i);
  return (JSON.parse(r.stdout).findings as LicenseFinding[]).sort((a, b) => a.file.localeCompare(b.file));
}

describe('license texts from spdx-license-list', () => {
  it('names each copyleft and source-available license once per file, and leaves permissive ones alone', () => {
    const ids = ['GPL-2.0-only', 'GPL-3.0-only', 'LGPL-2.1-only', 'LGPL-3.0-only', 'AGPL-3.0-only', 'MPL-2.0', 'EPL-1.0', 'EPL-2.0', 'CDDL-1.0', 'EUPL-1.2', 'SSPL-1.0', 'BUSL-1.1'];
    const permissive = ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC'];
    const files = Object.fromEntries([...ids, ...permissive].map((id) => [`third_party/${id}/LICENSE`, text(id)]));
    const found = scan({ ...files, 'package.json': JSON.stringify({ name: 'app', license: 'MIT' }) });
    expect(found.map((f) => `${f.file.split('/')[1]} ${f.license.id} ${f.license.verdict}`)).toEqual([
      'AGPL-3.0-only AGPL-3.0-only fail',
      'BUSL-1.1 BUSL-1.1 fail',
      'CDDL-1.0 CDDL-1.0 warn',
      'EPL-1.0 EPL-1.0 warn',
      'EPL-2.0 EPL-2.0 warn',
      'EUPL-1.2 EUPL-1.2 warn',
      'GPL-2.0-only GPL-2.0-only fail',
      'GPL-3.0-only GPL-3.0-only fail',
      'LGPL-2.1-only LGPL-2.1-only warn',
      'LGPL-3.0-only LGPL-3.0-only warn',
      'MPL-2.0 MPL-2.0 warn',
      'SSPL-1.0 SSPL-1.0 fail',
    ]);
    // A fail blocks at the rule's severity; a warning is reported below the default fail-on (medium).
    expect(new Set(found.filter((f) => f.license.verdict === 'warn').map((f) => f.severity))).toEqual(new Set(['low']));
    expect(new Set(found.filter((f) => f.license.verdict === 'fail').map((f) => f.severity))).toEqual(new Set(['high']));
  });

  it('reads the notices in source headers whatever the comment style and line wrapping', () => {
    const notice = 'This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.';
    const wrap = (prefix: string) => notice.replace(/(.{1,60})(\s|$)/g, `${prefix}$1\n`);
    const found = scan({
      'a.c': `/*\n${wrap(' * ')} */\nint x;\n`,
      'b.py': `${wrap('# ')}\nx = 1\n`,
      'c.lua': `${wrap('-- ')}\nlocal x = 1\n`,
      'd.js': `${wrap('//   ')}\nexport {};\n`,
    });
    expect(found.map((f) => `${f.file} ${f.license.id}`)).toEqual(['a.c GPL-3.0-or-later', 'b.py GPL-3.0-or-later', 'c.lua GPL-3.0-or-later', 'd.js GPL-3.0-or-later']);
  });

  it("follows the policy: the project's own license, deny and allow lists", () => {
    const files = { 'vendor/gpl/COPYING': text('GPL-3.0-only'), 'vendor/mpl/LICENSE': text('MPL-2.0') };
    const asGpl = scan({ ...files, 'package.json': JSON.stringify({ license: 'GPL-3.0-or-later' }) });
    expect(asGpl).toEqual([]);
    const strict = scan({ ...files, 'warden.json': JSON.stringify({ license: { project: 'Apache-2.0', deny: ['weak-copyleft'] } }) });
    expect(strict.map((f) => `${f.license.id} ${f.license.verdict}`)).toEqual(['GPL-3.0-only fail', 'MPL-2.0 fail']);
    const lenient = scan({ ...files, 'warden.json': JSON.stringify({ license: { allow: ['GPL-3.0-only', 'MPL-2.0'] } }) });
    expect(lenient).toEqual([]);
    // With no license in warden.json or package.json, the project's LICENSE file says what the project is.
    const gplByFile = scan({ ...files, LICENSE: text('GPL-3.0-only') });
    expect(gplByFile).toEqual([]);
    const mitByFile = scan({ ...files, LICENSE: text('MIT') });
    expect(mitByFile.map((f) => `${f.license.id} ${f.license.verdict}`)).toEqual(['GPL-3.0-only fail', 'MPL-2.0 warn']);
  });
});

const DEBIAN = '/usr/share/common-licenses';
describe("Debian's common-licenses", () => {
  it.runIf(existsSync(DEBIAN))('recognises the GNU and Mozilla texts the system ships', () => {
    const names = ['GPL-2', 'GPL-3', 'LGPL-2.1', 'LGPL-3', 'MPL-2.0', 'Apache-2.0', 'BSD'].filter((n) => existsSync(`${DEBIAN}/${n}`));
    const found = scan(Object.fromEntries(names.map((n) => [`licenses/${n}/COPYING`, readFileSync(`${DEBIAN}/${n}`, 'utf8')])));
    const expected: Record<string, string> = { 'GPL-2': 'GPL-2.0', 'GPL-3': 'GPL-3.0', 'LGPL-2.1': 'LGPL-2.1', 'LGPL-3': 'LGPL-3.0', 'MPL-2.0': 'MPL-2.0' };
    expect(found.map((f) => `${f.file} ${f.license.id}`)).toEqual(
      names.filter((n) => expected[n]).map((n) => `licenses/${n}/COPYING ${expected[n]}${n === 'MPL-2.0' ? '' : '-only'}`),
    );
  });
});
