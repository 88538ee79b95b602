// The contract between the engine and its matchers. A matcher sees one file's text (and, lazily, its syntax
// tree) and returns raw offset ranges; turning those into findings (positions, redaction, fingerprints) is the
// findings stage's job, so every matcher gets the same treatment of secrets.
import type { Node, Tree } from 'web-tree-sitter';
import type { LineIndex } from '../findings/line-index.js';
import type { RuleDefinition, MatcherKind } from '../rules/schema.js';
import type { CopiedFrom, RuleMeta } from '../types.js';
import type { SecretJudge } from './secret-checks.js';

export interface ScanText {
  path: string;
  text: string;
  /** Language id from the file name (or config override); undefined for plain text. */
  language: string | undefined;
  lines: LineIndex;
}

/** A per-file time budget; matchers check it between units of work and stop early when it has run out. */
export interface Budget {
  readonly deadline: number;
  expired(): boolean;
}

export interface MatchContext {
  file: ScanText;
  budget: Budget;
  /** Parses once per file and is shared by every syntax rule; undefined when the language has no grammar. */
  tree(): Promise<Tree | undefined>;
  /** A file beside this one in the working tree (a lockfile, an installed package), or undefined. */
  sibling?(relativePath: string): string | undefined;
  /** In a scan of a change, this manifest's text before the change (SourceFile.previous). */
  previous?: string;
  /** License index files (absolute) the copies matcher compares the file with; none: it does not run. */
  licenseIndexes?: readonly string[];
}

export interface RawMatch {
  /** UTF-16 offsets into the file text; end exclusive. */
  start: number;
  end: number;
  /** The sensitive part, for secret rules: redacted everywhere and used for the fingerprint instead of the match. */
  secret?: { start: number; end: number };
  /** Extra facts to attach (e.g. entropy). */
  entropy?: number;
  /** For license rules: the SPDX expression the match declares. */
  license?: string;
  /** For dependency license rules: the package, and its resolved version when the lockfile or install says. */
  dependency?: { name: string; version?: string };
  /** For the copies matcher: the indexed source this code matches (lines 1-based) and the matching tokens. */
  copy?: CopiedFrom;
  /** The syntax node, for matchers that have one (taint steps, message details). */
  node?: Node;
}

export interface CompiledMatcher {
  kind: MatcherKind;
  /** True when the matcher needs a parsed tree (query and taint); the engine parses only for these. */
  needsTree: boolean;
  /**
   * False when a pathological input could make this matcher run for a long time without checking the budget
   * (a regex the linear engine cannot run). The engine then scans in workers it can terminate.
   */
  interruptible: boolean;
  match(ctx: MatchContext): RawMatch[] | Promise<RawMatch[]>;
  /**
   * Compiles everything the matcher will ever need, for every language, and returns each problem as a full
   * message naming the rule file (empty = fine). Run when a rule loads, so a broken query fails the load rather
   * than every file it meets.
   */
  validate?(): Promise<string[]>;
}

export interface CompiledRule {
  meta: RuleMeta;
  def: RuleDefinition;
  /** '*' = every text file. */
  languages: ReadonlySet<string> | '*';
  /** Lower-cased literal keywords for the prefilter, in groups (the file needs one keyword of every group). */
  keywordGroups: string[][];
  /** Path globs from the rule; undefined = every path. */
  appliesToPath: (path: string) => boolean;
  /** The rule's `prefilter` regex: the text must match it before the matcher runs. */
  prefilter?: RegExp;
  /** Judges a secret value (rule `secret` checks); undefined for rules without value checks. */
  judgeSecret?: SecretJudge;
  matcher: CompiledMatcher;
}

export type MatcherFactory = (def: RuleDefinition, source: string) => CompiledMatcher;
