// The injection and crypto packs scored on their own fixtures, per category of issue #4: true-positive rate
// (ruleid cases found) and false-positive rate (findings on ok cases or on lines nobody annotated, over those
// plus the ok cases left alone). A rule belongs to the category of its first CWE.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from './util.mjs';

export const RULE_PACKS = ['injection', 'crypto'];
export const GOALS = { tpr: 0.9, fpr: 0.1 };

/** Issue #4's categories, keyed by the CWEs each one emits. */
const CATEGORIES = [
  ['SQL injection', [89]],
  ['NoSQL injection', [943]],
  ['command injection', [78]],
  ['code injection', [94, 95]],
  ['XSS', [79]],
  ['path traversal', [22]],
  ['unsafe deserialization', [502]],
  ['SSRF', [918]],
  ['JWT verification', [347]],
  ['weak hash', [328, 916]],
  ['weak cipher or mode', [327]],
  ['static IV', [329]],
  ['small keys', [326]],
  ['insecure randomness', [330, 338]],
  ['TLS verification disabled', [295]],
];

function categoryOf(cwes) {
  for (const [name, ids] of CATEGORIES) if (cwes.some((c) => ids.includes(c))) return name;
  return 'other';
}

const rate = (num, den) => (den === 0 ? null : num / den);

export async function runRuleQuality({ log = () => {} } = {}) {
  let sentinel;
  try {
    sentinel = await import(join(REPO_ROOT, 'libs/sentinel/dist/index.js'));
  } catch (err) {
    throw new Error(`needs the built engine (run node tools/setup.mjs): ${err.message}`);
  }
  const started = performance.now();
  const dirs = RULE_PACKS.map((p) => join(REPO_ROOT, 'rules', p));
  const [report, listed] = await Promise.all([sentinel.testRules(dirs), sentinel.loadRules(dirs)]);
  const cweOf = new Map(listed.rules.map((r) => [r.def.id, r.def.cwe]));
  const byCategory = new Map();
  for (const s of report.rules) {
    const name = categoryOf(cweOf.get(s.ruleId) ?? []);
    const row = byCategory.get(name) ?? { category: name, rules: 0, tp: 0, fn: 0, fp: 0, tn: 0 };
    row.rules++;
    row.tp += s.tp;
    row.fn += s.fn;
    row.fp += s.fp;
    row.tn += s.tn;
    byCategory.set(name, row);
  }
  const order = [...CATEGORIES.map(([n]) => n), 'other'];
  const rows = [...byCategory.values()]
    .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category))
    .map((r) => {
      const tpr = rate(r.tp, r.tp + r.fn);
      const fpr = rate(r.fp, r.fp + r.tn);
      return { ...r, tpr, fpr, pass: tpr !== null && tpr >= GOALS.tpr && (fpr ?? 0) <= GOALS.fpr };
    });
  const missing = CATEGORIES.map(([n]) => n).filter((n) => !byCategory.has(n));
  log(`rules: ${report.rules.length} rules in ${RULE_PACKS.join(', ')} over their fixtures (${Math.round(performance.now() - started)} ms)`);
  return { rows, missing, errors: report.errors, failures: report.rules.flatMap((s) => s.failures) };
}

export function renderRuleQuality(q) {
  const pct = (v) => (v === null ? '   -' : v.toFixed(2));
  const lines = [
    `Injection and crypto packs on their fixtures, per category (goal, issue #4: TPR >= ${GOALS.tpr} and FPR <= ${GOALS.fpr})`,
    '',
    'category                    rules    TP   FN   FP    TN   TPR   FPR  goal',
    '--------------------------  -----  ----  ---  ---  ----  ----  ----  ----',
  ];
  for (const r of q.rows) {
    lines.push(
      `${r.category.padEnd(26)}  ${String(r.rules).padStart(5)}  ${String(r.tp).padStart(4)}  ${String(r.fn).padStart(3)}  ${String(r.fp).padStart(3)}  ${String(r.tn).padStart(4)}  ${pct(r.tpr)}  ${pct(r.fpr)}  ${r.pass ? 'PASS' : 'FAIL'}`,
    );
  }
  lines.push('', 'TP/FN: ruleid cases found/missed; FP: findings on ok or unannotated lines; TN: ok cases left alone.');
  if (q.missing.length > 0) lines.push(`no rules yet for: ${q.missing.join(', ')}`);
  if (q.errors.length > 0) lines.push(`rule errors: ${q.errors.length} (first: ${q.errors[0]})`);
  return lines.join('\n');
}

export function ruleQualityJson(q) {
  return { goals: GOALS, categories: q.rows, missing: q.missing, errors: q.errors, failures: q.failures };
}
