#!/usr/bin/env node
// Warden's benchmark: Warden against ripgrep, secretlint and ESLint + eslint-plugin-security on one real tree, and
// the secrets-quality section (precision, recall, F1 of Warden and secretlint on the labelled corpus).
// `npm run bench` or `node tools/bench/run.mjs --help`. See tools/bench/README.md.
/* global console */
import process from 'node:process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGES, buildSmokeCorpus, describeCorpus, ensureCorpus, fmtCorpus } from './lib/corpus.mjs';
import { hasGnuTime, measure } from './lib/measure.mjs';
import { PEERS, PEER_ALIASES, SkipPeer } from './lib/peers.mjs';
import { QUALITY_DEFAULT_FILES, QUALITY_DEFAULT_SEED, QUALITY_SMOKE_FILES, qualityJson, renderQuality, runQuality } from './lib/quality.mjs';
import { renderRuleQuality, ruleQualityJson, runRuleQuality } from './lib/rule-quality.mjs';
import { renderShield, runShieldBench } from './lib/shield.mjs';
import { renderAgentHooks, runAgentHooksBench } from './lib/agent-hooks.mjs';
import { evaluateTargets, renderReport, resultsJson } from './lib/report.mjs';
import { BENCH_DIR, REPO_ROOT, errorLine, fmtNum } from './lib/util.mjs';

const HELP = `Usage: node tools/bench/run.mjs [options]

Times Warden against ripgrep, secretlint and ESLint + eslint-plugin-security on a corpus built from pinned npm
packages (.bench/corpus/), prints a table and the targets; then scores Warden's secret rules and secretlint for
precision, recall and F1 on the labelled corpus tools/corpus generates (.bench/quality/), and the injection and
crypto packs for TPR and FPR per category on their fixtures; writes .bench/results.json.

Options
  --runs N                measured runs per peer after one warm-up; the median is reported (default 3)
  --only LIST             what to run, comma-separated: rg, secretlint, eslint, warden-secret, warden-all,
                          precommit, staged-all, gate, quality, rules; "warden" means the four Warden speed
                          peers; "staged" the two 20-file staged scans; "gates" the pre-commit hook and the
                          merge gate; "shield" Shield's throughput and gateway overhead; "hooks" one agent
                          hook call (warden hook claude, daemon warm and off); "quality"
                          the secrets-quality section, "rules" the injection/crypto fixture scores (neither
                          needs the npm corpus)
  --skip LIST             what to leave out (same names); --skip secretlint also leaves it out of quality
  --corpus DIR            scan DIR instead of the pinned corpus
  --smoke                 a 200-file subset, one run, no warm-up, no installs: a quick check that all works
  --eslint-runs N         measured ESLint runs (default 1: it is the slow one), capped by --runs
  --eslint-warmup N       ESLint warm-up runs (default 0)
  --eslint-concurrency X  ESLint --concurrency: off (default, ESLint's own default), auto, or a number
  --fast-runs N           a peer whose warm-up took under 1 s gets at least N measured runs (default 10)
  --precommit-runs N      measured runs of the pre-commit scenario (default 10)
  --staged-files N        files staged in the pre-commit scenario (default 20)
  --quality-files N       files in the labelled corpus (default ${QUALITY_DEFAULT_FILES}; ${QUALITY_SMOKE_FILES} with --smoke)
  --quality-seed S        its seed (default "${QUALITY_DEFAULT_SEED}")
  --quality-runs N        measured runs per tool in the quality section, after one warm-up (default 1)
  --no-install            never apt-get install ripgrep or npm install node@24; skip those peers instead
  --out FILE              where to write the JSON results (default .bench/results.json)
  --strict                exit 1 when a target FAILs (default: report only)
  -h, --help              this text
`;

function positiveInt(name, value, fallback) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    console.error(`bench: --${name} needs a whole number from 1 to 1000, got "${value}"`);
    process.exit(2);
  }
  return n;
}

function expandNames(list) {
  if (!list) return null;
  const known = new Set([...PEERS.map((p) => p.id), 'quality', 'rules', 'shield', 'hooks']);
  const out = new Set();
  for (const raw of list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const ids = PEER_ALIASES[raw] ?? [raw];
    for (const id of ids) {
      if (!known.has(id)) {
        console.error(`bench: unknown peer "${raw}" (known: ${[...known, ...Object.keys(PEER_ALIASES)].join(', ')})`);
        process.exit(2);
      }
      out.add(id);
    }
  }
  return out;
}

function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string' },
        only: { type: 'string' },
        skip: { type: 'string' },
        corpus: { type: 'string' },
        smoke: { type: 'boolean', default: false },
        'eslint-runs': { type: 'string' },
        'eslint-warmup': { type: 'string' },
        'eslint-concurrency': { type: 'string' },
        'precommit-runs': { type: 'string' },
        'fast-runs': { type: 'string' },
        'staged-files': { type: 'string' },
        'quality-files': { type: 'string' },
        'quality-seed': { type: 'string' },
        'quality-runs': { type: 'string' },
        'no-install': { type: 'boolean', default: false },
        out: { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    console.error(`bench: ${errorLine(err)}\n\n${HELP}`);
    process.exit(2);
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const smoke = v.smoke;
  const concurrency = v['eslint-concurrency'] ?? 'off';
  if (!/^(off|auto|[1-9]\d?)$/.test(concurrency)) {
    console.error(`bench: --eslint-concurrency takes off, auto or a number, got "${concurrency}"`);
    process.exit(2);
  }
  const eslintWarmup = v['eslint-warmup'] === '0' ? 0 : positiveInt('eslint-warmup', v['eslint-warmup'], 0);
  let qualityFiles = smoke ? QUALITY_SMOKE_FILES : QUALITY_DEFAULT_FILES;
  if (v['quality-files'] !== undefined) {
    qualityFiles = Number(v['quality-files']);
    if (!Number.isInteger(qualityFiles) || qualityFiles < 1 || qualityFiles > 200_000) {
      console.error(`bench: --quality-files needs a whole number from 1 to 200000, got "${v['quality-files']}"`);
      process.exit(2);
    }
  }
  const only = expandNames(v.only);
  const skip = expandNames(v.skip) ?? new Set();
  return {
    smoke,
    runs: smoke ? 1 : positiveInt('runs', v.runs, 3),
    warmup: smoke ? 0 : 1,
    eslintRuns: positiveInt('eslint-runs', v['eslint-runs'], 1),
    eslintWarmup,
    eslintConcurrency: concurrency,
    precommitRuns: positiveInt('precommit-runs', v['precommit-runs'], smoke ? 3 : 10),
    fastRuns: smoke ? 0 : positiveInt('fast-runs', v['fast-runs'], 10),
    stagedFiles: positiveInt('staged-files', v['staged-files'], 20),
    only,
    skip,
    quality: (only ? only.has('quality') : true) && !skip.has('quality'),
    rules: (only ? only.has('rules') : true) && !skip.has('rules'),
    shield: (only ? only.has('shield') : true) && !skip.has('shield'),
    hooks: (only ? only.has('hooks') : true) && !skip.has('hooks'),
    qualityFiles,
    qualitySeed: v['quality-seed'] ?? QUALITY_DEFAULT_SEED,
    qualityRuns: positiveInt('quality-runs', v['quality-runs'], 1),
    corpus: v.corpus ? resolve(v.corpus) : null,
    allowInstall: !smoke && !v['no-install'],
    out: resolve(v.out ?? join(BENCH_DIR, 'results.json')),
    strict: v.strict,
  };
}

function machineInfo() {
  const list = cpus();
  return {
    cpus: availableParallelism(),
    cpuModel: list[0]?.model ?? null,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    gnuTime: hasGnuTime(),
    loadAverage: loadavg(),
  };
}

async function runPeer(peer, ctx) {
  const base = { id: peer.id, title: peer.title };
  const workDir = join(BENCH_DIR, 'tmp', peer.id);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const pctx = { ...ctx, workDir };
  let prep;
  try {
    prep = peer.prepare(pctx);
  } catch (err) {
    const status = err instanceof SkipPeer ? 'skipped' : 'failed';
    return { ...base, status, reason: errorLine(err) };
  }
  const command = [relative(REPO_ROOT, prep.cmd).startsWith('..') ? prep.cmd : relative(REPO_ROOT, prep.cmd), ...prep.args]
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .join(' ');
  const runs = peer.runs(pctx);
  const warmup = peer.warmup(pctx);
  try {
    const loadBefore = loadavg()[0];
    const fastRuns = peer.fixedRuns ? 0 : ctx.fastRuns;
    const m = await measure({ ...prep, workDir, label: peer.id }, { runs, warmup, fastRuns });
    let parsed;
    try {
      parsed = peer.parse(pctx, m.last, prep);
    } catch (err) {
      // A report that cannot be read is a failed run, not a fast one.
      throw new Error(`${peer.id}: could not read its report: ${errorLine(err)}`);
    }
    return {
      ...base,
      status: 'ok',
      version: prep.version,
      command,
      wall: m.wall,
      cpu: m.cpu,
      maxRssMB: m.maxRssMB,
      runs: m.runs,
      warmup,
      loadAverage: { before: loadBefore, after: loadavg()[0] },
      ...parsed,
    };
  } catch (err) {
    return { ...base, status: 'failed', reason: errorLine(err), version: prep.version, command };
  } finally {
    try {
      peer.cleanup?.(prep);
    } catch {
      // best effort
    }
  }
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const log = (msg) => console.log(msg);
  mkdirSync(BENCH_DIR, { recursive: true });
  const selected = PEERS.filter((p) => (opts.only ? opts.only.has(p.id) : true) && !opts.skip.has(p.id));
  const m = machineInfo();
  const { corpus: _c, only, skip, ...rest } = opts;
  const options = { ...rest, only: only ? [...only] : null, skip: [...skip] };

  if (selected.length === 0) {
    // The quality sections alone: no npm corpus, no speed table.
    if (!opts.quality && !opts.rules && !opts.shield && !opts.hooks) {
      console.error('bench: nothing selected (check --only and --skip)');
      process.exit(2);
    }
    log(`machine: ${m.cpus} cpus (${m.cpuModel}), ${m.memoryGB} GB, node ${m.node}`);
    if (m.loadAverage[0] > m.cpus / 2) log(`warning: the machine is busy (load average ${m.loadAverage[0].toFixed(1)} on ${m.cpus} cpus): times will be slower and noisier`);
    const quality = opts.quality ? await runQualitySection(opts, log) : null;
    const rules = opts.rules ? await runRulesSection(log) : null;
    const shield = opts.shield ? await runShieldSection(log, join(BENCH_DIR, 'corpus', 'npm')) : null;
    const agentHooks = opts.hooks ? await runAgentHooksSection(log, opts) : null;
    const json = resultsJson({
      shield,
      agentHooks,
      corpus: null,
      results: [],
      targets: [],
      machine: m,
      options,
      quality: quality ? qualityJson(quality) : null,
      rules: rules ? ruleQualityJson(rules) : null,
    });
    writeResults(opts, json, log);
    return;
  }

  let corpus;
  try {
    if (opts.corpus) {
      corpus = describeCorpus(opts.corpus);
      if (corpus.fileCount === 0) throw new Error(`no files under ${opts.corpus}`);
    } else {
      corpus = ensureCorpus(log);
      corpus.packages = PACKAGES.map((p) => `${p.name}@${p.version}`);
    }
    if (opts.smoke) {
      const packages = corpus.packages;
      corpus = buildSmokeCorpus(corpus, 200);
      corpus.packages = packages;
    }
  } catch (err) {
    console.error(`bench: could not prepare the corpus: ${errorLine(err)}`);
    process.exit(2);
  }
  log(`corpus: ${relative(process.cwd(), corpus.dir) || corpus.dir}: ${fmtCorpus(corpus)}`);
  log(`machine: ${m.cpus} cpus (${m.cpuModel}), ${m.memoryGB} GB, node ${m.node}; cpu times ${m.gnuTime ? 'from /usr/bin/time' : 'unavailable (no GNU time)'}`);
  if (m.loadAverage[0] > m.cpus / 2) {
    log(`warning: the machine is busy (load average ${m.loadAverage[0].toFixed(1)} on ${m.cpus} cpus): figures will be slower and noisier`);
  }
  log(`runs: ${opts.runs} measured after ${opts.warmup} warm-up (${opts.fastRuns ? `at least ${opts.fastRuns} for a peer under 1 s; ` : ''}ESLint ${Math.min(opts.runs, opts.eslintRuns)} after ${opts.smoke ? 0 : opts.eslintWarmup}; pre-commit ${opts.precommitRuns} after 1)`);
  log('');

  // ESLint is by far the slowest: run it last so the quick figures come first.
  const order = [...selected.filter((p) => p.id !== 'eslint'), ...selected.filter((p) => p.id === 'eslint')];
  const ctx = { ...opts, corpus, log };
  const byId = new Map();
  for (const peer of order) {
    log(`> ${peer.id}: ${peer.title}`);
    const r = await runPeer(peer, ctx);
    byId.set(peer.id, r);
    if (r.status === 'ok') {
      const load = r.loadAverage.before > m.cpus / 2 ? `; load average ${r.loadAverage.before.toFixed(1)}` : '';
      log(`  ${fmtNum(r.wall, 3)} s wall (median of ${r.runs.length}), ${r.files ?? '?'} files, ${r.findings ?? '?'} findings${load}`);
    } else {
      log(`  ${r.status}: ${r.reason}`);
    }
  }
  const results = PEERS.filter((p) => byId.has(p.id)).map((p) => byId.get(p.id));
  const targets = evaluateTargets(results, opts);

  log('');
  log(renderReport(results, targets, opts));

  const quality = opts.quality ? await runQualitySection(opts, log) : null;
  const rules = opts.rules ? await runRulesSection(log) : null;
  const shield = opts.shield ? await runShieldSection(log, join(corpus.dir, 'npm')) : null;
  const agentHooks = opts.hooks ? await runAgentHooksSection(log, opts) : null;
  const json = resultsJson({
    shield,
    agentHooks,
    corpus,
    results,
    targets,
    machine: m,
    options,
    quality: quality ? qualityJson(quality) : null,
    rules: rules ? ruleQualityJson(rules) : null,
  });
  writeResults(opts, json, log);
  if (opts.strict && targets.some((t) => t.pass === false)) process.exit(1);
}

/** The secrets-quality section: generate the labelled corpus, run and score the tools, print the table. */
async function runQualitySection(opts, log) {
  log('');
  let quality;
  try {
    quality = await runQuality({ ...opts, log });
  } catch (err) {
    log(`quality: could not run: ${errorLine(err)}`);
    return null;
  }
  log('');
  log(renderQuality(quality));
  return quality;
}

/** The Shield section: tokenize throughput, gateway overhead, streaming hold-back (issue #8). */
async function runShieldSection(log, corpusDir) {
  log('');
  try {
    const r = await runShieldBench({ log, corpusDir: corpusDir && existsSync(corpusDir) ? corpusDir : undefined });
    log('');
    log(renderShield(r));
    return r;
  } catch (err) {
    log(`shield: could not run: ${errorLine(err)}`);
    return null;
  }
}

/** The agent-hooks section: one hook call, Node start-up included, daemon warm and off (issue #11). */
async function runAgentHooksSection(log, opts) {
  log('');
  try {
    const r = await runAgentHooksBench({ log, runs: opts.smoke ? 5 : 20 });
    log('');
    log(renderAgentHooks(r));
    return r;
  } catch (err) {
    log(`agent hooks: could not run: ${errorLine(err)}`);
    return null;
  }
}

/** The injection/crypto section: every rule of those packs on its fixtures, TPR and FPR per category. */
async function runRulesSection(log) {
  log('');
  let rules;
  try {
    rules = await runRuleQuality({ log });
  } catch (err) {
    log(`rules: could not run: ${errorLine(err)}`);
    return null;
  }
  log('');
  log(renderRuleQuality(rules));
  return rules;
}

function writeResults(opts, json, log) {
  mkdirSync(resolve(opts.out, '..'), { recursive: true });
  writeFileSync(opts.out, `${JSON.stringify(json, null, 2)}\n`);
  log('');
  log(`results written to ${relative(process.cwd(), opts.out) || opts.out}`);
}

main().catch((err) => {
  console.error(`bench: ${err instanceof Error ? err.stack : err}`);
  process.exit(2);
});
