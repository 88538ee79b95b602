// The machine-readable report. Its shape is a published contract (version 1): fields are only ever added, keys come
// in a fixed order, and every object is built field by field from the scan result, never spread from it, so a
// property the types do not declare (a raw match, a secret's value) can never ride along into the output.
import type { CopiedFrom, Finding, Notice, ScanResult, ScanStats, Severity, SkippedFile } from '../types.js';
import type { ReportOptions } from './reporter.js';
import { isBlocking, summarize } from './summary.js';
import { TOOL_NAME } from './tool.js';

/**
 * Warden's JSON report, version 1.
 *
 * - `findings`: every finding, suppressed ones included (with `suppressed`), in the engine's order (file, line,
 *   column, rule). `blocking` says whether it fails the scan at `summary.failOn`.
 * - `notices`: problems that are not findings (bad suppressions, parse errors, time budget).
 * - `skipped`: every file that was not scanned, with the reason; `incomplete`: files scanned only in part.
 * - `stats`: the engine's counters, as they are. `summary`: the counts reporters print.
 */
export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  findings: JsonFinding[];
  notices: Notice[];
  skipped: SkippedFile[];
  incomplete: string[];
  stats: ScanStats;
  summary: {
    failOn: Severity;
    findings: number;
    suppressed: number;
    blocking: number;
    bySeverity: Record<Severity, number>;
  };
}

export interface JsonFinding {
  ruleId: string;
  category: Finding['category'];
  severity: Severity;
  confidence: Finding['confidence'];
  /** CWE numbers, without the "CWE-" prefix. */
  cwe: number[];
  /** Relative to the scan root, '/' separated. */
  file: string;
  /** 1-based line and column; columns count UTF-16 code units. */
  start: { line: number; column: number };
  /** Exclusive. */
  end: { line: number; column: number };
  message: string;
  fix?: string;
  /** Stable across line moves; what baselines store. */
  fingerprint: string;
  /** The matched line(s); a secret appears only in its redacted form. */
  snippet: string;
  /** Secret findings only: the redacted value and facts about it, never the value. */
  secret?: { redacted: string; provider?: string; entropy?: number };
  /** License findings only: the license found, its category and the policy's verdict. */
  license?: { id: string; category: string; verdict: 'fail' | 'warn'; package?: string; copiedFrom?: CopiedFrom };
  suppressed?: { kind: 'inline' | 'baseline' | 'allowlist'; reason?: string };
  /** With a revision range: false for a finding on a line the change did not add or modify. */
  inChange?: boolean;
  /** Fails the scan: at or above summary.failOn, not suppressed, not outside the change. */
  blocking: boolean;
}

/** Drops undefined fields so optional keys are absent rather than null, and key order stays as written. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function toJsonFinding(f: Finding, failOn: Severity): JsonFinding {
  return compact<JsonFinding>({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    confidence: f.confidence,
    cwe: [...f.cwe],
    file: f.file,
    start: { line: f.start.line, column: f.start.column },
    end: { line: f.end.line, column: f.end.column },
    message: f.message,
    fix: f.fix,
    fingerprint: f.fingerprint,
    snippet: f.snippet,
    secret: f.secret
      ? compact({ redacted: f.secret.redacted, provider: f.secret.provider, entropy: f.secret.entropy })
      : undefined,
    license: f.license ? compact({ id: f.license.id, category: f.license.category, verdict: f.license.verdict, package: f.license.package, copiedFrom: f.license.copiedFrom }) : undefined,
    suppressed: f.suppressed ? compact({ kind: f.suppressed.kind, reason: f.suppressed.reason }) : undefined,
    inChange: f.inChange,
    blocking: isBlocking(f, failOn),
  });
}

function toJsonNotice(n: Notice): Notice {
  return compact<Notice>({ level: n.level, code: n.code, file: n.file, line: n.line, message: n.message });
}

function toJsonStats(s: ScanStats): ScanStats {
  return {
    filesScanned: s.filesScanned,
    bytesScanned: s.bytesScanned,
    filesMatchedPrefilter: s.filesMatchedPrefilter,
    filesParsed: s.filesParsed,
    skipped: Object.fromEntries(Object.entries(s.skipped).filter(([, n]) => typeof n === 'number')),
    rulesLoaded: s.rulesLoaded,
    rulesRun: s.rulesRun,
    durationMs: s.durationMs,
    workers: s.workers,
  };
}

export function buildJsonReport(result: ScanResult, options: ReportOptions): JsonReport {
  const sum = summarize(result, options.failOn);
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    findings: result.findings.map((f) => toJsonFinding(f, options.failOn)),
    notices: result.notices.map(toJsonNotice),
    skipped: result.skipped.map((s) => compact<SkippedFile>({ file: s.file, reason: s.reason, detail: s.detail })),
    incomplete: [...result.incomplete],
    stats: toJsonStats(result.stats),
    summary: {
      failOn: options.failOn,
      findings: sum.findings,
      suppressed: sum.suppressed,
      blocking: sum.blocking,
      bySeverity: sum.bySeverity,
    },
  };
}

export function renderJson(result: ScanResult, options: ReportOptions): string {
  return `${JSON.stringify(buildJsonReport(result, options), null, 2)}\n`;
}
