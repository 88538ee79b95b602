// The results table, the targets with PASS/FAIL, and the JSON written to .bench/results.json.
import { MB, fmtInt, fmtNum, table } from './util.mjs';

function wallOf(results, id) {
  const r = results.find((x) => x.id === id);
  return r && r.status === 'ok' && Number.isFinite(r.wall) ? r.wall : null;
}

function why(results, ids) {
  const missing = ids
    .map((id) => results.find((x) => x.id === id) ?? { id, status: 'not selected' })
    .filter((r) => r.status !== 'ok')
    .map((r) => `${r.id} ${r.status}${r.reason ? `: ${r.reason}` : ''}`);
  return missing.join('; ');
}

/** The targets (issues #2 and #6). Each: { id, goal, value, limit, pass (true|false|null), detail }. */
export function evaluateTargets(results, { stagedFiles }) {
  const rg = wallOf(results, 'rg');
  const ws = wallOf(results, 'warden-secret');
  const wa = wallOf(results, 'warden-all');
  const sl = wallOf(results, 'secretlint');
  const es = wallOf(results, 'eslint');
  const pc = wallOf(results, 'precommit');
  const out = [];

  if (rg !== null && ws !== null) {
    const ratio = ws / rg;
    out.push({ id: 'a', goal: 'Warden, secret rules alone, within 5x ripgrep', value: ratio, limit: 5, pass: ratio <= 5, detail: `${fmtNum(ws, 3)} s vs rg ${fmtNum(rg, 3)} s = ${fmtNum(ratio, 2)}x (limit 5x)` });
  } else {
    out.push({ id: 'a', goal: 'Warden, secret rules alone, within 5x ripgrep', value: null, limit: 5, pass: null, detail: `n/a (${why(results, ['warden-secret', 'rg'])})` });
  }

  if (sl !== null && wa !== null) {
    const ratio = sl / wa;
    out.push({ id: 'b', goal: 'Warden, every pack, at least as fast as secretlint', value: ratio, limit: 1, pass: wa <= sl, detail: `${fmtNum(wa, 3)} s vs secretlint ${fmtNum(sl, 3)} s: Warden is ${fmtNum(ratio, 2)}x as fast (need >= 1x)` });
  } else {
    out.push({ id: 'b', goal: 'Warden, every pack, at least as fast as secretlint', value: null, limit: 1, pass: null, detail: `n/a (${why(results, ['warden-all', 'secretlint'])})` });
  }

  if (es !== null && wa !== null) {
    const ratio = es / wa;
    out.push({ id: 'c', goal: 'Warden, every pack, at least 20x faster than ESLint + security plugin', value: ratio, limit: 20, pass: ratio >= 20, detail: `${fmtNum(wa, 3)} s vs ESLint ${fmtNum(es, 2)} s = ${fmtNum(ratio, 1)}x faster (need >= 20x)` });
  } else {
    out.push({ id: 'c', goal: 'Warden, every pack, at least 20x faster than ESLint + security plugin', value: null, limit: 20, pass: null, detail: `n/a (${why(results, ['warden-all', 'eslint'])})` });
  }

  if (pc !== null) {
    const ms = pc * 1000;
    const sa = wallOf(results, 'staged-all');
    const all = sa === null ? '' : `; every pack on the same files ${fmtNum(sa * 1000, 0)} ms`;
    out.push({ id: 'd', goal: `pre-commit scan of ${stagedFiles} staged files under 300 ms`, value: ms, limit: 300, pass: ms < 300, detail: `median ${fmtNum(ms, 0)} ms wall with the pre-commit packs (secret, license), Node start-up included (limit 300 ms)${all}` });
  } else {
    out.push({ id: 'd', goal: `pre-commit scan of ${stagedFiles} staged files under 300 ms`, value: null, limit: 300, pass: null, detail: `n/a (${why(results, ['precommit'])})` });
  }

  const gt = wallOf(results, 'gate');
  const goal = 'the gate on a 200-file change in a 10k-file repository under 5 s';
  if (gt !== null) {
    out.push({ id: 'e', goal, value: gt, limit: 5, pass: gt < 5, detail: `median ${fmtNum(gt, 2)} s wall, every pack, Node start-up included (limit 5 s)` });
  } else {
    out.push({ id: 'e', goal, value: null, limit: 5, pass: null, detail: `n/a (${why(results, ['gate'])})` });
  }
  return out;
}

export function renderReport(results, targets, { smoke }) {
  const lines = [];
  const rows = results.map((r) => {
    if (r.status !== 'ok') return [r.id, '-', '-', '-', '-', '-', '-', '-', r.status];
    const mb = r.bytes !== null && r.bytes !== undefined ? r.bytes / MB : null;
    const runs = `${r.runs.length}${r.warmup ? `+${r.warmup}w` : ''}`;
    return [
      r.id,
      fmtInt(r.files),
      fmtNum(mb, 1),
      fmtNum(r.wall, 3),
      fmtNum(r.cpu, 2),
      fmtInt(r.files !== null ? r.files / r.wall : null),
      fmtNum(mb !== null ? mb / r.wall : null, 1),
      fmtInt(r.findings),
      runs,
    ];
  });
  lines.push(table(['tool', 'files', 'MB', 'wall s', 'cpu s', 'files/s', 'MB/s', 'findings', 'runs'], rows, [1, 2, 3, 4, 5, 6, 7]));
  lines.push('');
  lines.push('wall s: median of the measured runs (whole process, start-up included); cpu s: median user+sys; runs: measured+warm-up');
  lines.push('');
  for (const r of results) {
    const head = `  ${r.id.padEnd(14)}`;
    if (r.status === 'ok') lines.push(`${head}${r.version ?? ''}${r.note ? ` | ${r.note}` : ''}`);
    else lines.push(`${head}${r.status}: ${r.reason}`);
  }
  lines.push('');
  lines.push(smoke ? 'Targets (smoke run: a 200-file subset, one run; indicative only)' : 'Targets');
  for (const t of targets) {
    const verdict = t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL';
    lines.push(`  (${t.id}) ${verdict}  ${t.goal}: ${t.detail}`);
  }
  return lines.join('\n');
}

export function resultsJson({ corpus, results, targets, options, machine, quality = null, rules = null, shield = null, agentHooks = null }) {
  return {
    generatedAt: new Date().toISOString(),
    machine,
    options,
    corpus: corpus && {
      dir: corpus.dir,
      files: corpus.fileCount,
      bytes: corpus.bytes,
      byExtension: corpus.byExt,
      packages: corpus.packages,
      smoke: Boolean(corpus.smoke),
    },
    peers: results.map((r) => {
      const { id, title, status, reason, version, command, files, bytes, wall, cpu, maxRssMB, findings, note, runs, warmup, loadAverage } = r;
      return { id, title, status, reason, version, command, files, bytes, wallSeconds: wall, cpuSeconds: cpu, maxRssMB, findings, note, warmupRuns: warmup, runs, loadAverage };
    }),
    targets,
    quality,
    rules,
    shield,
    agentHooks,
  };
}
