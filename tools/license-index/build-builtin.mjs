#!/usr/bin/env node
// Rebuilds Warden's built-in license indexes (rules/license/indexes/) from pinned copyleft sources: npm packages
// (fetched with `npm pack`) and a Debian package (fetched with `apt-get download`). Only the fingerprints are
// committed; the sources are downloaded into .bench/license-corpus/ and staged there, one folder per index.
// Needs the npm registry and Debian's archive; run it when the list below changes, then commit the indexes and
// the README table it prints.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = path.join(repo, '.bench/license-corpus');
const out = path.join(repo, 'rules/license/indexes');
const warden = path.join(repo, 'libs/cli/bin/warden.js');

/**
 * Each index: where its files come from, which files (regexes on the path inside the package), and the
 * license the package declares for them. Test suites are left out: they are not what anyone pastes.
 */
const INDEXES = [
  ...['hooks@4.56.0', 'url@4.56.0', 'i18n@6.29.0', 'dom@4.56.0', 'priority-queue@3.56.0', 'compose@8.9.0', 'rich-text@7.56.0'].map((p) => ({
    slug: `wordpress-${p.split('@')[0]}`,
    npm: `@wordpress/${p}`,
    license: 'GPL-2.0-or-later',
    include: /^package\/src\/.*\.(js|ts|tsx)$/,
  })),
  ...['escape-html@3.56.0', 'autop@4.56.0'].map((p) => ({
    slug: `wordpress-${p.split('@')[0]}`,
    npm: `@wordpress/${p}`,
    license: 'GPL-2.0-or-later',
    include: /^package\/build-module\/.*\.mjs$/,
  })),
  { slug: 'lamejs', npm: 'lamejs@1.2.1', license: 'LGPL-3.0-only', include: /^package\/src\/js\/.*\.js$/ },
  { slug: 'webextension-polyfill', npm: 'webextension-polyfill@0.12.0', license: 'MPL-2.0', include: /^package\/dist\/browser-polyfill\.js$/ },
  { slug: 'standardnotes-utils', npm: '@standardnotes/utils@1.17.15', license: 'AGPL-3.0-only', include: /^package\/dist\/.*\.js$/ },
  // python-debian: GPL-2+ except the files debian/copyright lists as GPL-3+.
  {
    slug: 'python-debian',
    deb: 'python3-debian=0.1.49',
    license: 'GPL-2.0-or-later',
    include: /^usr\/lib\/python3\/dist-packages\/debian\/(?!debtags|arfile|debfile).*\.py$/,
  },
  {
    slug: 'python-debian-gpl3',
    deb: 'python3-debian=0.1.49',
    license: 'GPL-3.0-or-later',
    include: /^usr\/lib\/python3\/dist-packages\/debian\/(debtags|arfile|debfile)\.py$/,
  },
];
const TESTS = /(^|\/)(tests?|__tests__|test-utils)\/|\.test\.|\.spec\./;

/**
 * Ordinary code every index leaves out (`--common`): the helpers the TypeScript compiler emits into CommonJS
 * output (__createBinding, __exportStar, __awaiter, __generator, ...). A corpus shipped as compiled JavaScript
 * carries them, and so does every other package compiled the same way, which is no evidence of copying.
 */
function commonCode() {
  const dir = path.join(work, 'common', 'tsc-helpers');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sample = [
    "import * as fs from 'node:fs';",
    "import path, { join } from 'node:path';",
    "export * from './other';",
    "export { join };",
    "export class Base { constructor(public name: string) {} }",
    "export class Derived extends Base { static make(...parts: string[]) { return new Derived([...parts, ...parts].join('')); } }",
    "export async function read(file: string) { const text = await fs.promises.readFile(path.resolve(file), 'utf8'); return { ...JSON.parse(text), file }; }",
    "export function* pairs<T>(items: T[]) { for (const [i, item] of items.entries()) yield [i, item] as const; }",
    "export async function* lines(file: string) { for await (const chunk of fs.createReadStream(file)) yield String(chunk); }",
    "export const { a, ...rest } = { a: 1, b: 2 };",
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'sample.ts'), sample);
  writeFileSync(path.join(dir, 'other.ts'), 'export const other = 1;\n');
  const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
  for (const target of ['es5', 'es2015', 'es2017', 'es2018', 'es2020']) {
    execFileSync(process.execPath, [tsc, '--outDir', path.join(dir, target), '--module', 'commonjs', '--target', target, '--downlevelIteration', '--esModuleInterop', '--skipLibCheck', '--types', 'node', '--lib', 'es2020', path.join(dir, 'sample.ts'), path.join(dir, 'other.ts')], { stdio: 'ignore' });
  }
  rmSync(path.join(dir, 'sample.ts'));
  rmSync(path.join(dir, 'other.ts'));
  return dir;
}

function fetched(entry) {
  const dir = path.join(work, 'fetched', (entry.npm ?? entry.deb).replace(/[@/=]/g, '_'));
  if (existsSync(dir)) return dir;
  mkdirSync(dir, { recursive: true });
  if (entry.npm) {
    const tgz = execFileSync('npm', ['pack', '--silent', entry.npm], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['xzf', tgz], { cwd: dir });
  } else {
    execFileSync('apt-get', ['download', entry.deb], { cwd: dir, stdio: 'ignore' });
    const deb = readdirSync(dir).find((f) => f.endsWith('.deb'));
    execFileSync('dpkg-deb', ['-x', deb, '.'], { cwd: dir });
  }
  return dir;
}

function files(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

mkdirSync(out, { recursive: true });
const common = commonCode();
const rows = [];
for (const entry of INDEXES) {
  const from = fetched(entry);
  const stage = path.join(work, 'staged', entry.slug);
  rmSync(stage, { recursive: true, force: true });
  const picked = files(from).filter((f) => entry.include.test(f) && !TESTS.test(f));
  // Paths as the project's own tree has them: without npm's package/ or Debian's install prefix.
  for (const f of picked) cpSync(path.join(from, f), path.join(stage, f.replace(/^package\/|^usr\/lib\/python3\/dist-packages\//, '')));
  const name = entry.npm ? `npm:${entry.npm}` : `debian:${entry.deb.replace('=', '@')}`;
  const file = path.join(out, `${entry.slug}.json`);
  execFileSync(process.execPath, [warden, 'license', 'index', stage, '--license', entry.license, '--name', name, '--common', common, '--output', file], { stdio: 'inherit' });
  const index = JSON.parse(readFileSync(file, 'utf8'));
  const prints = Buffer.from(index.fingerprints, 'base64').length / 20;
  rows.push(`| ${name} | ${entry.license} | ${index.sources.length} | ${prints} |`);
}
process.stdout.write(`| corpus | license | files | fingerprints |\n|---|---|---|---|\n${rows.join('\n')}\n`);
