// The benchmark corpus: the text files of a fixed list of npm packages at pinned versions, plus a few planted
// secret-looking strings. Tarballs are fetched once with `npm pack` into .bench/cache/ and checked against the
// pinned integrity; the tree under .bench/corpus/ is rebuilt from the cache whenever the list changes.
/* global console */
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { BENCH_DIR, MB, sizeOf, walkFiles } from './util.mjs';
import { base62, crc32 } from '../../../libs/sentinel/dist/match/validators.js';

// Chosen for a mix of hand-written CJS/ESM JavaScript, TypeScript sources and large .d.ts files, JSON schemas and
// package metadata, Markdown docs, Python (node-gyp's gyp) and a few YAML files, and some big bundles
// (typescript.js, prettier's plugins, react-dom). About 5,000 files and 60 MB once source maps are dropped.
export const PACKAGES = [
  ['typescript', '5.6.3', 'sha512-hjcS1mhfuyi4WW8IWtjP7brDrG2cuDZukyrYrSauoXGNgx0S7zceP07adYkJycEr56BOUTNPzbInooiN3fn1qw=='],
  ['@babel/core', '7.26.0', 'sha512-i1SLeK+DzNnQ3LL/CswPCa/E5u4lh1k6IAEphON8F+cXt0t9euTshDru0q7/IqMa1PMPz5RnHuHscF8/ZJsStg=='],
  ['@babel/parser', '7.26.2', 'sha512-DWMCZH9WA4Maitz2q21SRKHo9QXZxkDsbNZoVD62gusNtNBBqDg9i7uOhASfTfIGNzW+O+r7+jAlM8dwphcJKQ=='],
  ['@babel/types', '7.26.0', 'sha512-Z/yiTPj+lDVnF7lWeKCIJzaIkI0vYO87dMpZ4bg4TDrFe4XXLFWL1TbXU27gBP3QccxV9mZICCrnjnYlJjXHOA=='],
  ['@types/node', '22.9.0', 'sha512-vuyHg81vvWA1Z1ELfvLko2c8f34gyA0zaic0+Rllc5lbCnbSyuvb2Oxpm6TAUAC/2xZN3QGqxBNggD1nNR2AfQ=='],
  ['lodash', '4.17.21', 'sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg=='],
  ['react', '18.3.1', 'sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ=='],
  ['react-dom', '18.3.1', 'sha512-5m4nQKp+rZRb09LNH59GM4BxTh9251/ylbKIbpe7TpGxfJ+9kv6BLkLBXIjjspbgbnIBNqlI23tRnTWT0snUIw=='],
  ['eslint', '9.14.0', 'sha512-c2FHsVBr87lnUtjP4Yhvk4yEhKrQavGafRA/Se1ouse8PfbfC/Qh9Mxa00yWsZRlqeUB9raXip0aiiUZkgnr9g=='],
  ['webpack', '5.96.1', 'sha512-l2LlBSvVZGhL4ZrPwyr8+37AunkcYj5qh8o6u2/2rzoPc8gxFJkLj1WxNgooi9pnoc06jh0BjuXnamM4qlujZA=='],
  ['express', '4.21.1', 'sha512-YSFlK1Ee0/GC8QaO91tHcDxJiE/X4FbpAyQWkxAvG6AXCuR65YzK8ua6D9hvi/TzUfZMpc+BwuM1IPw8fmQBiQ=='],
  ['rxjs', '7.8.1', 'sha512-AA3TVj+0A2iuIoQkWEK/tqFjBq2j+6PO6Y0zJcvzLAFhEFIO3HL0vls9hWLncZbAAbK0mar7oZ4V079I/qPMxg=='],
  ['prettier', '3.3.3', 'sha512-i2tDNA0O5IrMO757lfrdQZCc2jPNDVntV0m/+4whiDfWaTKfMNgR7Qz0NAeGz/nRqF4m5/6CLzbP4/liHt12Ew=='],
  ['ajv', '8.17.1', 'sha512-B/gBuNg5SiMTrPkC+A2+cW0RszwxYmn6VYxB/inlBStS5nx6xHIt/ehKRhIMhqusl7a8LjQoZnjCs5vhwxOQ1g=='],
  ['ajv', '6.12.6', 'sha512-j3fVLgvTo527anyYyJOGTYJbG+vnnQYvE0m5mmkc1TK+nxAppkCLMIL0aZ4dblVCNoGShhm+kzE4ZUykBoMg4g=='],
  ['moment', '2.30.1', 'sha512-uEmtNhbDOrWPFS+hdjFCBfy9f2YoyzRpwcl+DqpC6taX21FzsTLQVbMV/W7PzNSX6x/bhC1zA3c2UQ5NzH6how=='],
  ['node-gyp', '10.2.0', 'sha512-sp3FonBAaFe4aYTcFdZUn2NYkbP7xroPGYvQmP4Nl5PxamznItBnNCgjrVTKrEfQynInMsJvZrdmqUnysCJ8rw=='],
  ['js-yaml', '4.1.0', 'sha512-wpxZs9NoxZaJESJGIZTyDEaYpl0FKSA+FB9aJiyemKhMwkxQg63h4T1KJgUGHpTqPDNRcmmYLugrRjJlBtWvRA=='],
  ['json-schema-traverse', '0.4.1', 'sha512-xbbCH5dCYU5T8LcEhhuh7HJ88HXuW3qsI3Y0zOZFKfZEHcpWiHU/Jxzk629Brsab/mMiHQti9wMP+845RPe3Vg=='],
  ['fast-json-stable-stringify', '2.1.0', 'sha512-lhd/wF+Lk98HZoTCtlVraHtfh5XYijIjalXck7saUtuanSDyLMxnHhSXEDJqHxD7msR8D0uCmqlkwjCV8xvwHw=='],
].map(([name, version, integrity]) => ({ name, version, integrity }));

// Bump when the way the tree is built changes, so an old tree is rebuilt.
const LAYOUT_VERSION = 3;

export const CACHE_DIR = join(BENCH_DIR, 'cache');
export const CORPUS_DIR = join(BENCH_DIR, 'corpus');
const STAMP_FILE = join(BENCH_DIR, 'corpus.json');

const BINARY_EXT = new Set(
  'wasm node png jpg jpeg gif webp ico bmp ttf otf woff woff2 eot zip gz tgz bz2 xz pdf exe dll so dylib a o class jar'
    .split(' ')
    .map((e) => `.${e}`),
);

/** `npm pack` names a tarball after the package: `@babel/core@7.26.0` → `babel-core-7.26.0.tgz`. */
export function tarballName(pkg) {
  return `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
}

/** Folder of a package inside the corpus: `npm/babel__core@7.26.0`. */
function packageDir(pkg) {
  return join(CORPUS_DIR, 'npm', `${pkg.name.replace(/^@/, '').replace('/', '__')}@${pkg.version}`);
}

function sri(file) {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

function cacheValid(pkg) {
  const file = join(CACHE_DIR, tarballName(pkg));
  return existsSync(file) && sri(file) === pkg.integrity;
}

/** Fetch every tarball that is not in the cache yet (one `npm pack` call). Returns how many were fetched. */
function fillCache(log) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const missing = PACKAGES.filter((p) => !cacheValid(p));
  if (missing.length === 0) return 0;
  for (const p of missing) rmSync(join(CACHE_DIR, tarballName(p)), { force: true });
  const specs = missing.map((p) => `${p.name}@${p.version}`);
  log(`fetching ${missing.length} package(s) with npm pack into ${relative(process.cwd(), CACHE_DIR) || CACHE_DIR}`);
  const r = spawnSync('npm', ['pack', '--json', '--pack-destination', CACHE_DIR, ...specs], {
    cwd: CACHE_DIR,
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`npm pack could not run: ${r.error.message}`);
  if (r.status !== 0) {
    const why = (r.stderr || '').split('\n').filter((l) => /ERR!|error/i.test(l)).slice(0, 3).join(' | ');
    throw new Error(`npm pack failed (exit ${r.status}): ${why || 'no message'}`);
  }
  for (const p of missing) {
    const file = join(CACHE_DIR, tarballName(p));
    if (!existsSync(file)) throw new Error(`npm pack did not produce ${tarballName(p)}`);
    const got = sri(file);
    if (got !== p.integrity) throw new Error(`${p.name}@${p.version}: integrity mismatch (pinned ${p.integrity.slice(0, 24)}…, got ${got.slice(0, 24)}…)`);
  }
  return missing.length;
}

function isBinary(file) {
  if (BINARY_EXT.has(extname(file).toLowerCase())) return true;
  const buf = Buffer.alloc(8192);
  let fd;
  try {
    fd = openSync(file, 'r');
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).includes(0);
  } catch {
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Extract one tarball into its folder and keep only its text files; source maps are dropped too. */
function extract(pkg) {
  const dir = packageDir(pkg);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tgz = join(CACHE_DIR, tarballName(pkg));
  const r = spawnSync('tar', ['-xzf', tgz, '-C', dir, '--strip-components=1', '--no-same-owner', '--no-same-permissions'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.error || r.status !== 0) throw new Error(`tar failed on ${basename(tgz)}: ${(r.stderr || r.error?.message || '').trim()}`);
  let dropped = 0;
  for (const f of walkFiles(dir)) {
    if (f.endsWith('.map') || isBinary(f)) {
      unlinkSync(f);
      dropped++;
    }
  }
  return dropped;
}

// ---- planted secrets -------------------------------------------------------------------------------------------
// Every value is made of random characters at build time: it has the shape of a credential and is none.

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = `${ALNUM}+/`;
const B64URL = `${ALNUM}-_`;

function rand(alphabet, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

/**
 * GitHub's and npm's current tokens end in six base62 characters of CRC32 over the 30 before them: a random tail
 * marks a value as not a token (Warden checks it), so the planted ones carry a valid checksum.
 */
function checksummedToken(prefix) {
  const body = rand(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

function b64url(obj) {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

// An RSA key in PKCS#1 DER starts with SEQUENCE (0x30 0x82 len), version 0, then the modulus: "MIIEpAIBAAKCAQEA"
// in base64. Scanners that check for that shape (secretlint does) see a plausible key; the rest is random.
function pemBody() {
  const head = Buffer.from([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]);
  const der = Buffer.concat([head, randomBytes(0x4a4 + 4 - head.length)]);
  return der.toString('base64').match(/.{1,64}/g).join('\n');
}

/** The planted files: name → content. Nine kinds of credential-looking values, one file each. */
export function plantedFiles() {
  const jwt = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: rand(ALNUM, 12), iat: 1700000000 + randomInt(1e6) })}.${rand(B64URL, 43)}`;
  return {
    'aws.env': [
      '# deploy settings for the staging account',
      `AWS_ACCESS_KEY_ID=AKIA${rand(UPPER_DIGITS, 16)}`,
      `AWS_SECRET_ACCESS_KEY=${rand(B64, 39)}${rand(ALNUM, 1)}`,
      'AWS_REGION=eu-west-1',
      '',
    ].join('\n'),
    'github.js': [
      "import { Octokit } from '@octokit/rest';",
      '',
      `const octokit = new Octokit({ auth: '${checksummedToken('ghp_')}' });`,
      'export default octokit;',
      '',
    ].join('\n'),
    'slack.ts': [
      'export const slackConfig = {',
      `  botToken: 'xoxb-${rand('0123456789', 12)}-${rand('0123456789', 13)}-${rand(ALNUM, 24)}',`,
      "  channel: '#deploys',",
      '};',
      '',
    ].join('\n'),
    'payments.py': [
      'import stripe',
      '',
      `stripe.api_key = "sk_live_${rand(ALNUM, 24)}"`,
      '',
      'def charge(amount, source):',
      '    return stripe.Charge.create(amount=amount, currency="eur", source=source)',
      '',
    ].join('\n'),
    'id_rsa': ['-----BEGIN RSA PRIVATE KEY-----', pemBody(), '-----END RSA PRIVATE KEY-----', ''].join('\n'),
    'maps.json': `${JSON.stringify({ googleMaps: { apiKey: `AIza${rand(`${ALNUM}-_`, 35)}` } }, null, 2)}\n`,
    'database.yml': [
      'production:',
      '  adapter: postgresql',
      '  host: db.internal',
      '  username: app',
      `  password: "${rand(ALNUM, 20)}"`,
      '',
    ].join('\n'),
    'session.ts': [
      '// a captured session token used while debugging',
      `export const SESSION = '${jwt}';`,
      '',
    ].join('\n'),
    npmrc: [`//registry.npmjs.org/:_authToken=${checksummedToken('npm_')}`, ''].join('\n'),
  };
}

function plant(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = plantedFiles();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return Object.keys(files).length;
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP_FILE, 'utf8'));
  } catch {
    return null;
  }
}

function wantedStamp() {
  return { layout: LAYOUT_VERSION, packages: PACKAGES.map((p) => `${p.name}@${p.version} ${p.integrity}`) };
}

/**
 * Make sure .bench/corpus/ holds the pinned tree. Fetches only what the cache lacks, extracts only when the list
 * changed or a folder is missing. Returns a description of the corpus.
 */
export function ensureCorpus(log = console.log) {
  const want = wantedStamp();
  const have = readStamp();
  const upToDate =
    have !== null &&
    JSON.stringify(have.stamp) === JSON.stringify(want) &&
    PACKAGES.every((p) => existsSync(packageDir(p))) &&
    existsSync(join(CORPUS_DIR, 'planted'));
  let fetched = 0;
  if (!upToDate) {
    rmSync(STAMP_FILE, { force: true });
    fetched = fillCache(log);
    log(`extracting ${PACKAGES.length} packages into ${relative(process.cwd(), CORPUS_DIR) || CORPUS_DIR}`);
    rmSync(CORPUS_DIR, { recursive: true, force: true });
    let dropped = 0;
    for (const p of PACKAGES) dropped += extract(p);
    const planted = plant(join(CORPUS_DIR, 'planted'));
    const files = walkFiles(CORPUS_DIR);
    const { bytes } = sizeOf(files);
    writeFileSync(STAMP_FILE, `${JSON.stringify({ stamp: want, files: files.length, bytes, dropped, planted }, null, 2)}\n`);
  }
  return describeCorpus(CORPUS_DIR, { fetched, rebuilt: !upToDate });
}

/** Files, bytes and a per-extension count of any tree. */
export function describeCorpus(dir, extra = {}) {
  const files = walkFiles(dir);
  const { bytes } = sizeOf(files);
  const byExt = {};
  for (const f of files) {
    const name = basename(f);
    const ext = /\.d\.[mc]?ts$/.test(name) ? name.match(/\.d\.[mc]?ts$/)[0] : extname(name) || '(none)';
    byExt[ext] = (byExt[ext] ?? 0) + 1;
  }
  return { dir, files, fileCount: files.length, bytes, byExt, ...extra };
}

/**
 * The smoke corpus: a deterministic subset of about `count` small files of a tree (every k-th file under 64 KB)
 * plus the planted files, copied into .bench/smoke/.
 */
export function buildSmokeCorpus(source, count = 200) {
  const dest = join(BENCH_DIR, 'smoke');
  rmSync(dest, { recursive: true, force: true });
  const planted = source.files.filter((f) => f.includes(`${join(source.dir, 'planted')}/`));
  const pool = source.files.filter((f) => !planted.includes(f) && sizeOf([f]).bytes <= 64 * 1024);
  const want = Math.max(0, count - planted.length);
  const step = Math.max(1, Math.floor(pool.length / Math.max(1, want)));
  const chosen = [];
  for (let i = 0; i < pool.length && chosen.length < want; i += step) chosen.push(pool[i]);
  for (const f of [...chosen, ...planted]) {
    const to = join(dest, relative(source.dir, f));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(f, to);
  }
  return describeCorpus(dest, { smoke: true });
}

export function fmtCorpus(c) {
  const top = Object.entries(c.byExt)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([e, n]) => `${e} ${n}`)
    .join(', ');
  return `${c.fileCount.toLocaleString('en-US')} files, ${(c.bytes / MB).toFixed(1)} MB (${top})`;
}
