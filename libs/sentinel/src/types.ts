// The shapes every stage of the pipeline agrees on. Stages import types from here, never from each other's
// internals: targets → files → prefilter → match → findings → suppress → report.

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The rule categories: every rule has one. */
export const CATEGORIES = ['secret', 'injection', 'crypto', 'license'] as const;
/** A finding's category: a rule's, or `policy` for what the gate itself reports (an agent's protected-path change). */
export type Category = (typeof CATEGORIES)[number] | 'policy';

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** 1-based line, 1-based column counted in UTF-16 code units (what editors and SARIF expect). */
export interface Position {
  line: number;
  column: number;
}

/** Where copied code came from: a file of a license index, and its lines. */
export interface CopiedFrom {
  /** The index's name (the corpus it was built from). */
  index: string;
  /** The source file, relative to the indexed folder. */
  file: string;
  startLine: number;
  endLine: number;
  /** Tokens of the scanned code that match, after normalisation. */
  tokens: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  confidence: Confidence;
  cwe: number[];
  /** Path relative to the scan root, '/' separated. */
  file: string;
  start: Position;
  /** Exclusive end. */
  end: Position;
  message: string;
  fix?: string;
  /** Stable across line moves: hash of rule + file + normalised matched text. Never the text itself. */
  fingerprint: string;
  /**
   * The matched source line(s), trimmed to a sane length. For secrets the secret part is already replaced by
   * its redacted form before the finding leaves the matcher.
   */
  snippet: string;
  /** Present for license findings: the license found, its category and the policy's verdict. */
  license?: {
    id: string;
    category: string;
    verdict: 'fail' | 'warn';
    /** For a dependency: the package that carries the license. */
    package?: string;
    /** For copied code: the indexed source it matches. */
    copiedFrom?: CopiedFrom;
  };
  /** Present for secret findings: only the redacted value and facts about it, never the value. */
  secret?: {
    redacted: string;
    provider?: string;
    entropy?: number;
  };
  /** Set by the suppression stage when a finding is suppressed; suppressed findings never fail a scan. */
  suppressed?: Suppression;
  /** With a revision range: false when the finding is on a line the change did not add or modify. */
  inChange?: boolean;
}

export interface Suppression {
  kind: 'inline' | 'baseline' | 'allowlist';
  reason?: string;
}

/** Something the user must hear about that is not a finding: a skipped file, a bad suppression, a timeout. */
export interface Notice {
  level: 'error' | 'warning' | 'note';
  code: NoticeCode;
  file?: string;
  line?: number;
  message: string;
}

export type NoticeCode =
  | 'copies-off'
  | 'bad-suppression'
  | 'unused-suppression'
  | 'time-budget'
  | 'parse-error'
  | 'read-error'
  | 'invalid-utf8'
  | 'rule-error'
  | 'rule-failed'
  | 'git-error';

export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'minified'
  | 'generated'
  | 'unreadable'
  | 'symlink-loop'
  | 'excluded'
  | 'not-a-file';

export interface SkippedFile {
  file: string;
  reason: SkipReason;
  detail?: string;
}

/** Line ranges a revision range added or modified, per file; undefined means "every line counts". */
export type ChangedLines = Array<[startLine: number, endLine: number]>;

/** One file to scan, as the targets and files stages hand it on. */
export interface SourceFile {
  /** Path relative to the scan root, '/' separated; what findings report. */
  path: string;
  /** Absolute path on disk, when the content is read from the working tree. */
  absPath?: string;
  /** Content that does not live in the working tree (staged blobs, a revision's blob, stdin). */
  content?: Buffer;
  size: number;
  changedLines?: ChangedLines;
  /** In a scan of a change, a manifest's content before it (package.json): what the change added is the rest. */
  previous?: string;
}

export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  /** Files on which at least one rule's keywords matched. */
  filesMatchedPrefilter: number;
  filesParsed: number;
  skipped: Partial<Record<SkipReason, number>>;
  rulesLoaded: number;
  rulesRun: number;
  durationMs: number;
  workers: number;
}

export interface ScanResult {
  /** Every finding, suppressed ones included (marked). Sorted by file, line, column, rule. */
  findings: Finding[];
  notices: Notice[];
  skipped: SkippedFile[];
  stats: ScanStats;
  /** The rules that ran, for reporters that describe them (SARIF). */
  rules: RuleMeta[];
  /** Files that were not fully scanned (time budget, parse failure). */
  incomplete: string[];
}

/** The part of a rule reporters may see: description, not the matcher. */
export interface RuleMeta {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  confidence: Confidence;
  cwe: number[];
  message: string;
  fix?: string;
  description?: string;
  references: string[];
  tags: string[];
  /** Where the rule came from, for error messages and `rules list`. */
  source: string;
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function atOrAbove(s: Severity, threshold: Severity): boolean {
  return severityRank(s) >= severityRank(threshold);
}

/** A finding that fails the run: at or above the threshold, not suppressed, and not context outside a change. */
export function isBlocking(finding: Finding, failOn: Severity): boolean {
  return finding.suppressed === undefined && finding.inChange !== false && atOrAbove(finding.severity, failOn);
}
