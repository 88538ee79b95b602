// Counting shared by every reporter, so "3 findings, 1 blocking" means the same thing in text, Markdown, JUnit
// and the JSON summary.
import { SEVERITIES, isBlocking } from '../types.js';
import type { Finding, ScanResult, Severity, SkipReason } from '../types.js';

/** Most severe first: the order people read a report in. */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

/** Declared order of skip reasons, so summaries list them the same way every time. */
export const SKIP_REASONS: readonly SkipReason[] = [
  'binary',
  'too-large',
  'minified',
  'generated',
  'unreadable',
  'symlink-loop',
  'excluded',
  'not-a-file',
];

/**
 * A finding fails the scan when it is at or above the threshold, not suppressed, and (with a revision range) on
 * a line the change added or modified: context findings are shown but do not hold a change responsible for code
 * it did not touch.
 */
export { isBlocking };

export interface ReportSummary {
  /** Findings not suppressed (context findings included). */
  findings: number;
  suppressed: number;
  blocking: number;
  /** Not-suppressed findings on lines outside the change. */
  context: number;
  bySeverity: Record<Severity, number>;
  /** Distinct files with at least one not-suppressed finding. */
  files: number;
  skipped: Partial<Record<SkipReason, number>>;
  skippedTotal: number;
}

export function summarize(result: ScanResult, failOn: Severity): ReportSummary {
  const bySeverity: Record<Severity, number> = { info: 0, low: 0, medium: 0, high: 0, critical: 0 };
  const files = new Set<string>();
  let findings = 0;
  let suppressed = 0;
  let blocking = 0;
  let context = 0;
  for (const f of result.findings) {
    if (f.suppressed) {
      suppressed++;
      continue;
    }
    findings++;
    bySeverity[f.severity]++;
    files.add(f.file);
    if (f.inChange === false) context++;
    if (isBlocking(f, failOn)) blocking++;
  }
  const skipped = skipCounts(result);
  const skippedTotal = Object.values(skipped).reduce((a, b) => a + (b ?? 0), 0);
  return { findings, suppressed, blocking, context, bySeverity, files: files.size, skipped, skippedTotal };
}

/**
 * The engine's counters are the source of truth (the list may be shortened for big scans); the list is counted
 * only when the counters are empty, so a hand-built or partial result still reports its skips.
 */
function skipCounts(result: ScanResult): Partial<Record<SkipReason, number>> {
  const fromStats = Object.entries(result.stats.skipped).filter(([, n]) => (n ?? 0) > 0);
  if (fromStats.length > 0) return Object.fromEntries(fromStats) as Partial<Record<SkipReason, number>>;
  const counts: Partial<Record<SkipReason, number>> = {};
  for (const s of result.skipped) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
  return counts;
}

/** "1 critical, 2 high": non-zero severities, most severe first. */
export function severityBreakdown(bySeverity: Record<Severity, number>): string {
  return SEVERITIES_DESC.filter((s) => bySeverity[s] > 0)
    .map((s) => `${bySeverity[s]} ${s}`)
    .join(', ');
}

/** "3 binary, 2 too-large": non-zero reasons in declared order (unknown reasons last, still counted). */
export function skipBreakdown(skipped: Partial<Record<SkipReason, number>>): string {
  const known = SKIP_REASONS.filter((r) => (skipped[r] ?? 0) > 0);
  const other = (Object.keys(skipped) as SkipReason[]).filter(
    (r) => !SKIP_REASONS.includes(r) && (skipped[r] ?? 0) > 0,
  );
  return [...known, ...other].map((r) => `${skipped[r]} ${r}`).join(', ');
}

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** Seconds with two decimals for short scans, one above ten seconds: precision people can use. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  return s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`;
}

/** Findings of the same file kept together, files in first-seen order (the engine already sorts by file). */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}
