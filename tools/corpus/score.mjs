// Precision, recall and F1 of a scanner's findings against the corpus labels, by line.
//
//   - A finding is { file, line } (plus an optional ruleId), file relative to the corpus root or absolute.
//   - Findings are taken once per line: two rules on one line are one finding.
//   - A finding on a secret's line (or inside its span: a PEM block, a service-account JSON) is a true positive;
//     each secret counts once however many findings land on it.
//   - A finding on a decoy's line or span is a false positive, counted once per decoy.
//   - A finding anywhere else (an unlabelled line) is a false positive, counted once per line.
//   - A secret no finding landed on is a false negative.
// Nothing here reads the corpus files: no value can reach the output.
import { isAbsolute, relative, sep } from 'node:path';

function ratio(a, b) {
  return b === 0 ? null : a / b;
}

function f1(p, r) {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function metrics(tp, fp, fn) {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, precision, recall, f1: f1(precision, recall) };
}

/** A finding's file as the labels name it: relative to `root` when absolute, '/'-separated, no leading './'. */
export function normalizeFile(file, root) {
  let f = String(file);
  if (root && isAbsolute(f)) f = relative(root, f);
  if (sep !== '/') f = f.split(sep).join('/');
  return f.replace(/^\.\//, '');
}

/**
 * Score `findings` against `labels` (the labels.json object or its `labels` array). Options: `root` to make
 * absolute finding paths relative. Returns overall and per-kind figures and the lists of misses and false hits.
 */
export function score(labels, findings, { root } = {}) {
  const list = Array.isArray(labels) ? labels : labels.labels;
  const byFile = new Map();
  const fileFormat = new Map();
  for (const l of list) {
    const entry = { ...l, from: l.span ? l.span[0] : l.line, to: l.span ? l.span[1] : l.line, hit: false, ruleIds: new Set() };
    if (!byFile.has(l.file)) byFile.set(l.file, []);
    byFile.get(l.file).push(entry);
    if (l.format) fileFormat.set(l.file, l.format);
  }

  const lines = new Map();
  for (const f of findings) {
    const file = normalizeFile(f.file, root);
    const key = `${file}\u0000${f.line}`;
    if (!lines.has(key)) lines.set(key, { file, line: f.line, ruleIds: new Set() });
    if (f.ruleId) lines.get(key).ruleIds.add(f.ruleId);
  }

  const unlabeled = [];
  let duplicates = findings.length - lines.size;
  for (const hit of lines.values()) {
    const inFile = byFile.get(hit.file) ?? [];
    const covering = inFile.filter((l) => hit.line >= l.from && hit.line <= l.to);
    const secret = covering.find((l) => l.type === 'secret' && !l.hit) ?? covering.find((l) => l.type === 'secret');
    const target = secret ?? covering.find((l) => l.type === 'decoy');
    if (!target) {
      unlabeled.push({ file: hit.file, line: hit.line, type: 'unlabeled', format: fileFormat.get(hit.file) ?? 'unknown', ruleIds: [...hit.ruleIds].sort() });
      continue;
    }
    if (target.hit) duplicates++;
    target.hit = true;
    for (const id of hit.ruleIds) target.ruleIds.add(id);
  }

  const all = [...byFile.values()].flat();
  const secrets = all.filter((l) => l.type === 'secret');
  const decoys = all.filter((l) => l.type === 'decoy');
  const tp = secrets.filter((l) => l.hit).length;
  const fn = secrets.length - tp;
  const decoyHits = decoys.filter((l) => l.hit);
  const fp = decoyHits.length + unlabeled.length;

  // Per secret kind: its recall, and its precision counting the decoys made to resemble it.
  const kinds = new Map();
  const kindRow = (k) => {
    if (!kinds.has(k)) kinds.set(k, { kind: k, secrets: 0, tp: 0, fn: 0, decoys: 0, fp: 0, providers: new Set() });
    return kinds.get(k);
  };
  for (const s of secrets) {
    const row = kindRow(s.kind);
    row.secrets++;
    if (s.provider) row.providers.add(s.provider);
    if (s.hit) row.tp++;
    else row.fn++;
  }
  for (const d of decoys) {
    const row = kindRow(d.resembles ?? 'generic-secret');
    row.decoys++;
    if (d.hit) row.fp++;
  }
  const byKind = [...kinds.values()]
    .map((k) => ({ kind: k.kind, providers: [...k.providers].sort(), secrets: k.secrets, decoys: k.decoys, ...metrics(k.tp, k.fp, k.fn) }))
    .sort((a, b) => a.kind.localeCompare(b.kind));

  const decoyKinds = new Map();
  for (const d of decoys) {
    if (!decoyKinds.has(d.kind)) decoyKinds.set(d.kind, { kind: d.kind, decoys: 0, fp: 0 });
    const row = decoyKinds.get(d.kind);
    row.decoys++;
    if (d.hit) row.fp++;
  }
  const byDecoy = [...decoyKinds.values()].map((d) => ({ ...d, rate: ratio(d.fp, d.decoys) })).sort((a, b) => a.kind.localeCompare(b.kind));

  const formats = new Map();
  const formatRow = (f) => {
    if (!formats.has(f)) formats.set(f, { format: f, secrets: 0, tp: 0, fn: 0, fp: 0 });
    return formats.get(f);
  };
  for (const s of secrets) {
    const row = formatRow(s.format ?? 'unknown');
    row.secrets++;
    if (s.hit) row.tp++;
    else row.fn++;
  }
  for (const d of decoyHits) formatRow(d.format ?? 'unknown').fp++;
  for (const u of unlabeled) formatRow(u.format).fp++;
  const byFormat = [...formats.values()].map((f) => ({ ...f, recall: ratio(f.tp, f.secrets) })).sort((a, b) => a.format.localeCompare(b.format));

  const pos = (a, b) => a.file.localeCompare(b.file) || a.line - b.line;
  const misses = secrets
    .filter((l) => !l.hit)
    .map((l) => ({ file: l.file, line: l.line, kind: l.kind, provider: l.provider, format: l.format }))
    .sort(pos);
  const falseHits = [
    ...decoyHits.map((l) => ({ file: l.file, line: l.line, type: 'decoy', kind: l.kind, resembles: l.resembles, format: l.format, ruleIds: [...l.ruleIds].sort() })),
    ...unlabeled,
  ].sort(pos);

  const ruleFp = new Map();
  for (const h of falseHits) for (const id of h.ruleIds.length > 0 ? h.ruleIds : ['(no rule id)']) ruleFp.set(id, (ruleFp.get(id) ?? 0) + 1);

  return {
    totals: { secrets: secrets.length, decoys: decoys.length, findings: findings.length, findingLines: lines.size, duplicates },
    overall: metrics(tp, fp, fn),
    falsePositives: { decoy: decoyHits.length, unlabeled: unlabeled.length },
    byKind,
    byDecoy,
    byFormat,
    falsePositivesByRule: Object.fromEntries([...ruleFp.entries()].sort((a, b) => b[1] - a[1])),
    misses,
    falseHits,
  };
}

const pct = (x) => (x === null || x === undefined ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const fix = (x) => (x === null || x === undefined ? '  -  ' : x.toFixed(3));

/** One line: "precision 0.981  recall 0.962  F1 0.971  (TP 512, FP 10, FN 20)". */
export function summaryLine(s) {
  const o = s.overall;
  return `precision ${fix(o.precision)}  recall ${fix(o.recall)}  F1 ${fix(o.f1)}  (TP ${o.tp}, FP ${o.fp} = ${s.falsePositives.decoy} on decoys + ${s.falsePositives.unlabeled} on unlabelled lines, FN ${o.fn})`;
}

/**
 * A plain-text report: the summary, the secret kinds with misses or false hits, the decoy kinds that were hit,
 * and up to `maxList` misses and false hits by file:line (never a value: the scorer never reads the files).
 */
export function formatScore(s, { title = 'score', maxList = 25, allKinds = false } = {}) {
  const out = [`${title}: ${summaryLine(s)}`];
  const kinds = s.byKind.filter((k) => allKinds || k.fn > 0 || k.fp > 0);
  if (kinds.length > 0) {
    out.push('', `  ${'secret kind'.padEnd(32)} ${'secrets'.padStart(7)} ${'missed'.padStart(6)} ${'recall'.padStart(7)}  ${'decoys'.padStart(6)} ${'hit'.padStart(4)}`);
    for (const k of kinds) out.push(`  ${k.kind.padEnd(32)} ${String(k.secrets).padStart(7)} ${String(k.fn).padStart(6)} ${pct(k.recall).padStart(7)}  ${String(k.decoys).padStart(6)} ${String(k.fp).padStart(4)}`);
  }
  const decoys = s.byDecoy.filter((d) => d.fp > 0);
  if (decoys.length > 0 || s.falsePositives.unlabeled > 0) {
    out.push('', `  ${'false hits by decoy kind'.padEnd(32)} ${'decoys'.padStart(7)} ${'hit'.padStart(6)}`);
    for (const d of decoys) out.push(`  ${d.kind.padEnd(32)} ${String(d.decoys).padStart(7)} ${String(d.fp).padStart(6)}`);
    if (s.falsePositives.unlabeled > 0) out.push(`  ${'(unlabelled lines)'.padEnd(32)} ${''.padStart(7)} ${String(s.falsePositives.unlabeled).padStart(6)}`);
  }
  const rules = Object.entries(s.falsePositivesByRule);
  if (rules.length > 0) out.push('', `  false hits by rule: ${rules.map(([id, n]) => `${id} ${n}`).join(', ')}`);
  if (s.misses.length > 0) {
    out.push('', `  misses (${s.misses.length}${s.misses.length > maxList ? `, first ${maxList}` : ''}):`);
    for (const m of s.misses.slice(0, maxList)) out.push(`    ${m.file}:${m.line}  ${m.kind}${m.provider ? ` (${m.provider})` : ''}`);
  }
  if (s.falseHits.length > 0) {
    out.push('', `  false hits (${s.falseHits.length}${s.falseHits.length > maxList ? `, first ${maxList}` : ''}):`);
    for (const h of s.falseHits.slice(0, maxList)) {
      const what = h.type === 'decoy' ? `decoy ${h.kind} (looks like ${h.resembles})` : `unlabelled line (${h.format})`;
      out.push(`    ${h.file}:${h.line}  ${what}${h.ruleIds.length > 0 ? `  [${h.ruleIds.join(', ')}]` : ''}`);
    }
  }
  return out.join('\n');
}
