// Copied copyleft code, end to end through the `warden` binary: an index built from a corpus on disk, a copy
// staged or committed in a real git repository, and the built-in index.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, gitRepo, REPO_ROOT, tempTree, warden } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

interface CopyFinding {
  ruleId: string;
  file: string;
  severity: string;
  start: { line: number };
  end: { line: number };
  message: string;
  license: { id: string; verdict: string; copiedFrom?: { index: string; file: string; startLine: number; endLine: number; tokens: number } };
}
const copies = (stdout: string) => (JSON.parse(stdout) as { findings: CopyFinding[] }).findings.filter((f) => f.ruleId === 'license.copied-code');

// Written for these tests: a small INI reader, standing in for a project under the GPL.
const CORPUS_FILE = `// ini.js - part of a GPL-3.0-or-later project (for these tests)
'use strict';

function parseIni(text) {
  const result = {};
  let section = result;
  const lines = text.split(/\\r?\\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const header = /^\\[([^\\]]+)\\]$/.exec(line);
    if (header) {
      section = result[header[1]] = result[header[1]] || {};
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1) throw new Error('line ' + (i + 1) + ': expected key = value');
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    section[key] = value;
  }
  return result;
}

module.exports = { parseIni };
`;

// The reader as an agent might paste it: renamed, reformatted, comments gone, in TypeScript.
const PASTED = `import { readFileSync } from 'node:fs';

export function loadSettings(file: string) {
  return readConf(readFileSync(file, 'utf8'));
}

function readConf(src: string) {
  const out: Record<string, any> = {}; let cur: any = out
  const rows = src.split(/\\n/)
  for (let n = 0; n < rows.length; n++) {
    const row = rows[n].trim()
    if (row === '' || row.startsWith('//') || row.startsWith('--')) continue
    const h = /^<(.+)>$/.exec(row)
    if (h) { cur = out[h[1]] = out[h[1]] || {}; continue }
    const at = row.indexOf(':')
    if (at === -1) throw new Error('row ' + (n + 1) + ' is bad')
    const k = row.slice(0, at).trim()
    let v = row.slice(at + 1).trim()
    if (v.startsWith("'") && v.endsWith("'")) v = v.slice(1, -1)
    cur[k] = v
  }
  return out
}
`;

// Short idioms that every project writes; they share shapes with the corpus but no long run.
const IDIOMS = `export function words(text: string) {
  return text.split(/\\s+/).map((w) => w.trim()).filter((w) => w !== '');
}
export function firstLine(text: string) {
  const lines = text.split(/\\r?\\n/);
  return lines.length > 0 ? lines[0].trim() : '';
}
`;

function buildIndex(): string {
  const corpus = tempTree({ 'lib/ini.js': CORPUS_FILE, 'README.md': '# a GPL project\n' });
  cleanups.push(corpus.cleanup);
  const r = warden(['license', 'index', 'lib', '--license', 'GPL-3.0-or-later', '--name', 'ini-gpl', '--output', 'out/ini.json'], { cwd: corpus.dir });
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/^warden: indexed 1 files \(\d+ tokens\) of ini-gpl as GPL-3\.0-or-later: \d+ fingerprints written to out\/ini\.json/);
  return path.join(corpus.dir, 'out/ini.json');
}

describe('warden license index', () => {
  it('rejects bad input with one line and exit 2', () => {
    const t = tempTree({ 'a.js': 'x = 1;\n', 'docs/notes.txt': 'no code here\n' });
    cleanups.push(t.cleanup);
    const run = (...args: string[]) => warden(['license', 'index', ...args], { cwd: t.dir });
    const cases: Array<[string[], RegExp]> = [
      [['.', '--output', 'i.json'], /--license is required/],
      [['.', '--license', 'GPL-3.0-or-later'], /--output is required/],
      [['.', '--license', 'GPL-3.0-or-whatever', '--output', 'i.json'], /--license "GPL-3\.0-or-whatever" is not an SPDX license expression/],
      [['docs', '--license', 'GPL-3.0-or-later', '--output', 'i.json'], /no source files with a grammar under .*docs: nothing to index/],
      [['a.js', '--license', 'GPL-3.0-or-later', '--output', 'i.json'], /a\.js is not a folder/],
      [['--license', 'MIT', '--output', 'i.json'], /name one folder to index/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('copied code in a change', () => {
  const index = buildIndex();

  it('blocks a staged, disguised copy and names the source, its license and both ranges', () => {
    const repo = gitRepo({ 'package.json': '{ "name": "app", "license": "MIT" }\n', 'warden.json': JSON.stringify({ license: { indexes: [index] } }) });
    cleanups.push(repo.cleanup);
    writeFileSync(path.join(repo.dir, 'settings.ts'), PASTED);
    writeFileSync(path.join(repo.dir, 'text.ts'), IDIOMS);
    git(repo.dir, 'add', '.');
    const r = warden(['scan', '--staged', '--category', 'license', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const found = copies(r.stdout);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f).toMatchObject({ file: 'settings.ts', severity: 'high', license: { id: 'GPL-3.0-or-later', verdict: 'fail' } });
    expect(f!.license.copiedFrom).toMatchObject({ index: 'ini-gpl', file: 'ini.js' });
    expect(f!.start.line).toBeGreaterThanOrEqual(8);
    expect(f!.end.line).toBeLessThanOrEqual(24);
    expect(f!.license.copiedFrom!.startLine).toBeGreaterThanOrEqual(4);
    expect(f!.license.copiedFrom!.endLine).toBeLessThanOrEqual(25);
    expect(f!.license.copiedFrom!.tokens).toBeGreaterThanOrEqual(50);
    expect(f!.message).toMatch(/^lines \d+-\d+ match ini\.js lines \d+-\d+ of ini-gpl \(GPL-3\.0-or-later; \d+ tokens alike\)/);
  });

  it('judges the copy by the policy: an allowed license, or a project under the same license, passes', () => {
    const run = (license: object) => {
      const repo = gitRepo({ 'warden.json': JSON.stringify({ license: { indexes: [index], ...license } }) });
      cleanups.push(repo.cleanup);
      writeFileSync(path.join(repo.dir, 'settings.ts'), PASTED);
      git(repo.dir, 'add', '.');
      return warden(['scan', '--staged', '--category', 'license', '--format', 'json'], { cwd: repo.dir });
    };
    const allowed = run({ allow: ['GPL-3.0-or-later'] });
    expect(allowed.code).toBe(0);
    expect(copies(allowed.stdout)).toEqual([]);
    // A GPL project may take in GPL code.
    expect(copies(run({ project: 'GPL-3.0-only' }).stdout)).toEqual([]);
  });

  it('reports a copy a commit range adds', () => {
    const repo = gitRepo({ 'app.ts': 'export const app = 1;\n', 'warden.json': JSON.stringify({ license: { indexes: [index] } }) });
    cleanups.push(repo.cleanup);
    git(repo.dir, 'add', '.');
    git(repo.dir, 'commit', '-qm', 'base');
    writeFileSync(path.join(repo.dir, 'settings.ts'), PASTED);
    git(repo.dir, 'add', '.');
    git(repo.dir, 'commit', '-qm', 'agent: settings');
    const r = warden(['scan', '--base', 'HEAD~1', '--category', 'license', '--format', 'json'], { cwd: repo.dir });
    expect(copies(r.stdout).map((f) => f.file)).toEqual(['settings.ts']);
  });
});

describe('copied code in a tree', () => {
  const index = buildIndex();

  it('is looked for when a corpus is named: --license-index or license.indexes (or license.copiedCode "all")', () => {
    const t = tempTree({ 'src/settings.ts': PASTED });
    cleanups.push(t.cleanup);
    const notes = (stdout: string) => (JSON.parse(stdout) as { notices: Array<{ code: string; message: string }> }).notices;
    const plain = warden(['scan', '.', '--category', 'license', '--format', 'json'], { cwd: t.dir });
    expect(copies(plain.stdout)).toEqual([]);
    expect(notes(plain.stdout)).toEqual([]);
    // Asked for by name, the rule says why it did not look.
    const named = warden(['scan', '.', '--rule', 'license.copied-code', '--format', 'json'], { cwd: t.dir });
    expect(notes(named.stdout)).toContainEqual(expect.objectContaining({ code: 'copies-off', message: expect.stringMatching(/--license-index, license\.indexes or license\.copiedCode "all"/) }));

    const flagged = warden(['scan', '.', '--category', 'license', '--license-index', index, '--format', 'json'], { cwd: t.dir });
    expect(copies(flagged.stdout).map((f) => f.file)).toEqual(['src/settings.ts']);

    writeFileSync(path.join(t.dir, 'warden.json'), JSON.stringify({ license: { indexes: [index] } }));
    expect(copies(warden(['scan', '.', '--category', 'license', '--format', 'json'], { cwd: t.dir }).stdout)).toHaveLength(1);
    writeFileSync(path.join(t.dir, 'warden.json'), JSON.stringify({ license: { indexes: [index], copiedCode: 'changes' } }));
    const scoped = warden(['scan', '.', '--category', 'license', '--format', 'json'], { cwd: t.dir });
    expect(copies(scoped.stdout)).toEqual([]);
    expect(notes(scoped.stdout)).toContainEqual(expect.objectContaining({ code: 'copies-off', message: expect.stringContaining('"changes" and this is a scan of paths') }));
    // The built-in index with copiedCode "all": the pasted INI reader is not in it.
    writeFileSync(path.join(t.dir, 'warden.json'), JSON.stringify({ license: { copiedCode: 'all' } }));
    expect(copies(warden(['scan', '.', '--category', 'license', '--format', 'json'], { cwd: t.dir }).stdout)).toEqual([]);
    writeFileSync(path.join(t.dir, 'warden.json'), JSON.stringify({ license: { indexes: [index], copiedCode: 'off' } }));
    expect(copies(warden(['scan', '.', '--category', 'license', '--format', 'json'], { cwd: t.dir }).stdout)).toEqual([]);
  });

  it('fails with one line when an index is broken or missing', () => {
    const t = tempTree({ 'a.ts': PASTED, 'bad.json': '{"format":"nope"}', 'warden.json': JSON.stringify({ license: { indexes: ['bad.json'] } }) });
    cleanups.push(t.cleanup);
    const r = warden(['scan', '.', '--category', 'license', '--license-index', index], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^warden: .*bad\.json: not a Warden license index; build one with/);
    writeFileSync(path.join(t.dir, 'warden.json'), '{}');
    const missing = warden(['scan', '.', '--category', 'license', '--license-index', 'none.json'], { cwd: t.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.json: cannot read this license index \(ENOENT\)/);
  });
});

describe('the built-in index', () => {
  // The rule's own fixture: a renamed, reformatted excerpt of @wordpress/url (GPL-2.0-or-later).
  const fixture = readFileSync(path.join(REPO_ROOT, 'rules/license/copied-code.fixture.js'), 'utf8');

  it('is used by default in a staged scan, and can be turned off', () => {
    const repo = gitRepo({ 'package.json': '{ "name": "app", "license": "Apache-2.0" }\n' });
    cleanups.push(repo.cleanup);
    writeFileSync(path.join(repo.dir, 'deep.js'), fixture);
    git(repo.dir, 'add', '.');
    const r = warden(['scan', '--staged', '--category', 'license', '--format', 'json'], { cwd: repo.dir });
    const [f] = copies(r.stdout);
    expect(f!.license).toMatchObject({ id: 'GPL-2.0-or-later', verdict: 'fail', copiedFrom: { index: 'npm:@wordpress/url@4.56.0', file: 'src/get-query-args.ts' } });

    writeFileSync(path.join(repo.dir, 'warden.json'), JSON.stringify({ license: { builtinIndex: false } }));
    git(repo.dir, 'add', 'warden.json');
    expect(copies(warden(['scan', '--staged', '--category', 'license', '--format', 'json'], { cwd: repo.dir }).stdout)).toEqual([]);
  });
});
