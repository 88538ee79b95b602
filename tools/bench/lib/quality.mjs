// The secrets-quality section: Warden's secret rules and secretlint's recommended preset on the labelled corpus
// that tools/corpus generates (.bench/quality/), scored by line for precision, recall and F1, and timed.
// Nothing here reads a corpus file or a finding's text: only files, lines and rule ids reach the report.
import process from 'node:process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join, relative } from 'node:path';
import { generateCorpus } from '../../corpus/generate.mjs';
import { formatScore, score } from '../../corpus/score.mjs';
import { measure } from './measure.mjs';
import { PEERS, SkipPeer } from './peers.mjs';
import { BENCH_DIR, REPO_ROOT, errorLine, fmtInt, fmtNum, table } from './util.mjs';

export const QUALITY_DIR = join(BENCH_DIR, 'quality');
export const QUALITY_DEFAULT_FILES = 2000;
export const QUALITY_SMOKE_FILES = 300;
export const QUALITY_DEFAULT_SEED = 'warden';

/** The two tools scored, as the speed section runs them; each turns its report into { file, line, ruleId }. */
const TOOLS = [
  {
    id: 'warden-secret',
    title: 'Warden, secret rules',
    findings(prep) {
      const report = JSON.parse(readFileSync(prep.out, 'utf8'));
      return report.findings.filter((f) => !f.suppressed).map((f) => ({ file: f.file, line: f.start.line, ruleId: f.ruleId }));
    },
    files(prep) {
      return JSON.parse(readFileSync(prep.out, 'utf8')).stats?.filesScanned ?? null;
    },
  },
  {
    id: 'secretlint',
    title: 'secretlint + preset-recommend',
    findings(prep) {
      const report = JSON.parse(readFileSync(prep.out, 'utf8'));
      return report.flatMap((r) => (r.messages ?? []).map((m) => ({ file: r.filePath, line: m.loc?.start?.line ?? m.line, ruleId: m.ruleId })));
    },
    files(prep, corpus) {
      const report = JSON.parse(readFileSync(prep.out, 'utf8'));
      return report.some((r) => (r.messages ?? []).length === 0) ? report.length : corpus.fileCount;
    },
  },
];

function shortRule(id) {
  return id.replace(/^@secretlint\/secretlint-rule-/, 'secretlint/');
}

/** Run one tool on the corpus, time it, score it. */
async function runTool(tool, ctx, corpus, labels) {
  const peer = PEERS.find((p) => p.id === tool.id);
  const base = { id: tool.id, title: tool.title };
  const workDir = join(BENCH_DIR, 'tmp', `quality-${tool.id}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const pctx = { ...ctx, workDir, corpus };
  let prep;
  try {
    prep = peer.prepare(pctx);
  } catch (err) {
    return { ...base, status: err instanceof SkipPeer ? 'skipped' : 'failed', reason: errorLine(err) };
  }
  try {
    const runs = ctx.smoke ? 1 : ctx.qualityRuns;
    const warmup = ctx.smoke ? 0 : 1;
    const m = await measure({ ...prep, workDir, label: `quality-${tool.id}` }, { runs, warmup });
    let findings;
    let files;
    try {
      findings = tool.findings(prep);
      files = tool.files(prep, corpus);
    } catch (err) {
      throw new Error(`could not read its report: ${errorLine(err)}`);
    }
    const s = score(labels, findings, { root: corpus.dir });
    for (const h of s.falseHits) h.ruleIds = h.ruleIds.map(shortRule);
    s.falsePositivesByRule = Object.fromEntries(Object.entries(s.falsePositivesByRule).map(([k, v]) => [shortRule(k), v]));
    const text = formatScore(s, { title: tool.title, maxList: 1_000_000, allKinds: true });
    writeFileSync(join(QUALITY_DIR, `${tool.id}.score.txt`), `${text}\n`);
    writeFileSync(join(QUALITY_DIR, `${tool.id}.score.json`), `${JSON.stringify(s, null, 1)}\n`);
    return { ...base, status: 'ok', version: prep.version, wall: m.wall, cpu: m.cpu, runs: m.runs.length, warmup, files, findings: findings.length, score: s };
  } catch (err) {
    return { ...base, status: 'failed', reason: errorLine(err), version: prep.version };
  }
}

/**
 * Generate the corpus, run the tools, and return { corpus, tools } for the report and results.json.
 * `ctx` is the benchmark's options plus log; `ctx.skip` leaves tools out.
 */
export async function runQuality(ctx) {
  const log = ctx.log;
  const files = ctx.qualityFiles ?? (ctx.smoke ? QUALITY_SMOKE_FILES : QUALITY_DEFAULT_FILES);
  const seed = ctx.qualitySeed ?? QUALITY_DEFAULT_SEED;
  const t0 = performance.now();
  const gen = generateCorpus({ out: QUALITY_DIR, files, seed });
  const labels = JSON.parse(readFileSync(gen.labelsFile, 'utf8'));
  const secretKinds = Object.keys(gen.kinds).filter((k) => k.startsWith('secret:')).length;
  const decoyKinds = Object.keys(gen.kinds).filter((k) => k.startsWith('decoy:')).length;
  const corpus = { dir: gen.corpusDir, fileCount: gen.files, bytes: gen.bytes, files: [] };
  log(`quality corpus: ${relative(process.cwd(), gen.corpusDir) || gen.corpusDir}: ${fmtInt(gen.files)} files, ${(gen.bytes / 1e6).toFixed(1)} MB, ${fmtInt(gen.secrets)} secrets of ${secretKinds} kinds, ${fmtInt(gen.decoys)} decoys of ${decoyKinds} kinds (seed "${seed}", ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const tools = [];
  for (const tool of TOOLS) {
    if (ctx.skip?.has(tool.id)) {
      tools.push({ id: tool.id, title: tool.title, status: 'skipped', reason: `--skip ${tool.id}` });
      continue;
    }
    log(`> quality: ${tool.id}`);
    const r = await runTool(tool, ctx, corpus, labels);
    if (r.status === 'ok') log(`  ${fmtNum(r.wall, 3)} s wall, ${r.findings} findings: precision ${fmtNum(r.score.overall.precision, 3)}, recall ${fmtNum(r.score.overall.recall, 3)}`);
    else log(`  ${r.status}: ${r.reason}`);
    tools.push(r);
  }
  return {
    corpus: { dir: gen.corpusDir, labels: gen.labelsFile, seed, files: gen.files, bytes: gen.bytes, secrets: gen.secrets, decoys: gen.decoys, secretKinds, decoyKinds },
    tools,
  };
}

/** The side-by-side table and, per tool, what it misses and what it reports that it should not. */
export function renderQuality(q, { maxKinds = 12 } = {}) {
  const lines = [];
  const c = q.corpus;
  lines.push(`Secrets quality on the labelled corpus (tools/corpus, seed "${c.seed}"): ${fmtInt(c.files)} files, ${fmtInt(c.secrets)} secrets of ${c.secretKinds} kinds, ${fmtInt(c.decoys)} decoys of ${c.decoyKinds} kinds; scored by line`);
  lines.push('');
  const rows = q.tools.map((t) => {
    if (t.status !== 'ok') return [t.id, '-', '-', '-', '-', '-', '-', '-', '-', t.status];
    const o = t.score.overall;
    return [t.id, fmtNum(o.precision, 3), fmtNum(o.recall, 3), fmtNum(o.f1, 3), fmtInt(o.tp), fmtInt(o.fp), fmtInt(o.fn), fmtNum(t.wall, 3), fmtInt(t.files), `${t.runs}${t.warmup ? `+${t.warmup}w` : ''}`];
  });
  lines.push(table(['tool', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN', 'wall s', 'files', 'runs'], rows, [1, 2, 3, 4, 5, 6, 7, 8]));
  lines.push('');
  lines.push('TP: planted secrets found (one per secret); FP: findings on decoy or unlabelled lines (one per line); FN: secrets missed.');
  lines.push('Goal (issue #3): precision >= 0.97 and recall >= 0.95.');
  for (const t of q.tools) {
    lines.push('');
    if (t.status !== 'ok') {
      lines.push(`  ${t.id}: ${t.status}: ${t.reason}`);
      continue;
    }
    const s = t.score;
    lines.push(`  ${t.id} (${t.version}): FP ${s.overall.fp} = ${s.falsePositives.decoy} on decoys + ${s.falsePositives.unlabeled} on unlabelled lines`);
    const missed = s.byKind.filter((k) => k.fn > 0).sort((a, b) => b.fn - a.fn || a.kind.localeCompare(b.kind));
    if (missed.length > 0) {
      const shown = missed.slice(0, maxKinds).map((k) => `${k.kind} ${k.fn}/${k.secrets}`);
      lines.push(`    missed (kind missed/planted): ${shown.join(', ')}${missed.length > maxKinds ? `, and ${missed.length - maxKinds} more kinds` : ''}`);
    }
    const hit = s.byDecoy.filter((d) => d.fp > 0).sort((a, b) => b.fp - a.fp);
    if (hit.length > 0 || s.falsePositives.unlabeled > 0) {
      const shown = hit.map((d) => `${d.kind} ${d.fp}/${d.decoys}`);
      if (s.falsePositives.unlabeled > 0) shown.push(`unlabelled lines ${s.falsePositives.unlabeled}`);
      lines.push(`    false hits (decoy kind hit/planted): ${shown.join(', ')}`);
    }
    lines.push(`    every miss and false hit by file:line: ${relative(REPO_ROOT, join(QUALITY_DIR, `${t.id}.score.txt`))}`);
  }
  return lines.join('\n');
}

/** The quality section of results.json: figures per tool and kind; lists of misses and false hits capped. */
export function qualityJson(q, cap = 200) {
  return {
    corpus: q.corpus,
    tools: q.tools.map((t) => {
      if (t.status !== 'ok') return { id: t.id, title: t.title, status: t.status, reason: t.reason, version: t.version };
      const s = t.score;
      return {
        id: t.id,
        title: t.title,
        status: t.status,
        version: t.version,
        wallSeconds: t.wall,
        cpuSeconds: t.cpu,
        runs: t.runs,
        warmupRuns: t.warmup,
        files: t.files,
        findings: t.findings,
        ...s.overall,
        falsePositives: s.falsePositives,
        falsePositivesByRule: s.falsePositivesByRule,
        byKind: s.byKind,
        byDecoy: s.byDecoy,
        byFormat: s.byFormat,
        misses: s.misses.slice(0, cap),
        falseHits: s.falseHits.slice(0, cap),
        listsCapped: s.misses.length > cap || s.falseHits.length > cap,
      };
    }),
  };
}
