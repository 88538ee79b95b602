// The pipeline, end to end: config → rules → targets → files → (prefilter → match → findings → inline
// suppressions, per file, in-process or in the pool) → baseline and allowlists → a ScanResult for reporters.
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { WardenError } from '../errors.js';
import { hasGrammar, languageForPath } from '../match/languages.js';
import { enableLinearFallback, knownRegexRisks } from '../match/safe-regex.js';
import { loadIndexCached } from '../license/copies/index-file.js';
import { builtinLicenseIndexes, defaultRulesDir, loadRules } from '../rules/load.js';
import type { RuleSource } from '../rules/compile.js';
import { applyAllowlist, isPathAllowlisted } from '../suppress/allowlist.js';
import { resolveTargets, type TargetSpec } from '../targets/index.js';
import { isBlocking, type Category, type Finding, type Notice, type ScanResult, type ScanStats, type Severity, type SkippedFile, type SourceFile } from '../types.js';
import { RuleSet } from './rule-set.js';
import type { ScanPool } from './pool.js';
import type { BatchResult, FileOutcome, FileScanOptions } from './scan-file.js';
import { shareWork } from './share.js';

export interface ScanOptions {
  /** What to scan; paths are relative to `root`. */
  target: TargetSpec;
  /** The scan root: findings' paths are relative to it. Default: the current directory. */
  root?: string;
  /** A loaded config, or the path of a warden.json; by default warden.json is looked up from `root`. */
  config?: LoadedConfig | string;
  /** Rule directories or files instead of the built-in packs (plus config `rules.paths`). */
  rules?: string[];
  /** Also load the built-in packs when `rules` is given. Default: only when `rules` is not given. */
  builtinRules?: boolean;
  categories?: Category[];
  enable?: string[];
  disable?: string[];
  /** Baseline file; overrides config `baseline`. */
  baseline?: string;
  maxFileSize?: number;
  /** Overrides the config's maxSyntaxFileSize. */
  maxSyntaxFileSize?: number;
  /** Report every rule's finding where several report one weakness on a line (default: the most confident). */
  keepOverlaps?: boolean;
  timeBudgetMs?: number;
  /** Worker threads; 0 forces an in-process scan. Default: config `workers`, else the machine's cores. */
  workers?: number;
  /** With a revision range, keep findings on lines the change did not touch (marked inChange: false). */
  keepContext?: boolean;
  /**
   * License index files to look for copied code in, besides warden.json's: naming one makes this scan look for
   * copies whatever its target (config license.copiedCode decides otherwise).
   */
  licenseIndexes?: string[];
  /** Overrides config license.copiedCode. */
  copiedCode?: 'auto' | 'changes' | 'all' | 'off';
  /** Use .gitignore files when walking paths. Default true. */
  gitignore?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Past this many files, reading and prefiltering are worth sharing with workers too. */
const SHARE_FILES = 1_000;
/**
 * In a tree this large, the grammars of its common languages that syntax rules use are loaded before the first
 * file needs one: they compile off the main thread while it reads, instead of stalling it at the first parse.
 */
const WARM_GRAMMARS_FILES = 1_000;
const WARM_GRAMMAR_MIN_SHARE = 0.01;
const WARM_GRAMMARS_MAX = 3;

/** The languages worth loading a grammar for ahead of time: common in the tree, and used by a syntax rule. */
function commonSyntaxLanguages(files: readonly SourceFile[], ruleSet: RuleSet, overrides: Record<string, string>): string[] {
  const treeRules = ruleSet.rules.filter((r) => r.matcher.needsTree);
  if (files.length < WARM_GRAMMARS_FILES || treeRules.length === 0) return [];
  const counts = new Map<string, number>();
  for (const f of files) {
    const lang = languageForPath(f.path, overrides);
    if (lang !== undefined) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts]
    .filter(([lang, n]) => n >= files.length * WARM_GRAMMAR_MIN_SHARE && hasGrammar(lang))
    .filter(([lang]) => treeRules.some((r) => r.languages === '*' || r.languages.has(lang)))
    .sort((a, b) => b[1] - a[1])
    .slice(0, WARM_GRAMMARS_MAX)
    .map(([lang]) => lang);
}

async function walksDirectory(target: TargetSpec, root: string): Promise<boolean> {
  if (target.kind !== 'paths') return false;
  for (const p of target.paths) {
    if (/[*?[{]/.test(p)) return true;
    const s = await stat(path.resolve(root, p)).catch(() => undefined);
    if (s?.isDirectory()) return true;
  }
  return false;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.start.line - b.start.line ||
    a.start.column - b.start.column ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  enableLinearFallback();
  const root = path.resolve(options.root ?? process.cwd());
  const loaded =
    typeof options.config === 'object' ? options.config : await loadConfig(options.config, root);
  const config = loaded.config;

  const ruleDirs = [
    ...(options.rules ?? []),
    ...(options.builtinRules ?? !options.rules ? [defaultRulesDir()] : []),
    ...config.rules.paths.map((p) => path.resolve(loaded.dir, p)),
  ];
  const { rules: loadedSources, errors: loadErrors } = await loadRules(ruleDirs, {
    categories: options.categories ?? config.categories,
    enable: options.enable ?? config.rules.enable,
    disable: [...(options.disable ?? []), ...config.rules.disable],
    severity: config.rules.severity,
  });
  const copies = copyIndexes(options, loaded, loadedSources);
  const sources = copies.sources;
  const ruleSet = RuleSet.build(sources);
  const notices: Notice[] = [
    ...copies.notices,
    ...loadErrors.map((e): Notice => ({ level: 'error', code: 'rule-error', file: e.file, message: e.message })),
    ...ruleSet.errors,
  ];
  if (loadedSources.length === 0 && loadErrors.length === 0) {
    throw new WardenError('no rules selected: check --category, --rule and the config "rules" and "categories" keys');
  }

  const maxFileSize = options.maxFileSize ?? config.maxFileSize;
  const fileOptions: FileScanOptions = {
    root,
    // Reading the project's license (package.json, a LICENSE file) is start-up work only license rules need.
    licenseIndexes: copies.indexes,
    licensePolicy: ruleSet.rules.some((r) => r.meta.category === 'license')
      ? {
          project: config.license.project ?? (await projectLicense(loaded.dir)),
          deny: config.license.deny,
          allow: config.license.allow,
          exceptions: config.license.exceptions,
        }
      : undefined,
    maxFileSize,
    maxSyntaxFileSize: options.maxSyntaxFileSize ?? config.maxSyntaxFileSize,
    timeBudgetMs: options.timeBudgetMs ?? config.timeBudgetMs,
    languageOverrides: config.languages,
    secretAllowRegexes: config.allowlist.regexes,
    keepOverlaps: options.keepOverlaps,
  };
  const requested = options.workers ?? (config.workers === 'auto' ? undefined : config.workers);
  const cores = availableParallelism();
  const usePool = requested !== 0 && cores > 1;
  // Rules that can backtrack without bound must run where a watchdog can stop them: the whole scan goes to the
  // pool. Otherwise the main thread scans too, so by default the pool has one worker fewer than there are cores.
  const needsWatchdog = !ruleSet.interruptible && requested !== 0;
  const threads = Math.max(1, requested ?? (needsWatchdog ? cores : cores - 1));
  let pool: ScanPool | undefined;
  const startPool = async () =>
    (pool ??= new (await import('./pool.js')).ScanPool(
      { sources, options: fileOptions, regexRisks: knownRegexRisks() },
      { threads, timeBudgetMs: fileOptions.timeBudgetMs, interruptible: ruleSet.interruptible },
    ));
  // Under the watchdog the pool does all the work: its workers boot while the tree is walked.
  if (needsWatchdog && (await walksDirectory(options.target, root))) await startPool();
  const targets = await resolveTargets(options.target, {
    root,
    include: config.include,
    exclude: config.exclude,
    maxFileSize,
    followGitignore: options.gitignore ?? true,
    statFiles: false, // the reader measures each file as it reads it
  }).catch(async (err: unknown) => {
    await pool?.close(); // idle workers would keep the process alive
    throw err;
  });
  notices.push(...targets.notices);
  const skipped: SkippedFile[] = [...targets.skipped];
  const files: SourceFile[] = [];
  for (const f of targets.files) {
    if (isPathAllowlisted(f.path, config.allowlist)) skipped.push({ file: f.path, reason: 'excluded', detail: 'allowlist.paths' });
    else files.push(f);
  }

  const outcomes: FileOutcome[] = [];
  let quietFiles = 0;
  let quietBytes = 0;
  const collect = (batch: BatchResult) => {
    outcomes.push(...batch.outcomes);
    quietFiles += batch.quietFiles;
    quietBytes += batch.quietBytes;
    options.onProgress?.(outcomes.length + quietFiles, files.length);
  };
  try {
    if (needsWatchdog) {
      await (await startPool()).scan(files, collect);
    } else {
      await shareWork({
        files,
        ruleSet,
        fileOptions,
        usePool,
        share: usePool && files.length >= SHARE_FILES,
        workers: threads,
        startPool,
        collect,
        warmLanguages: commonSyntaxLanguages(files, ruleSet, config.languages),
      });
    }
  } finally {
    await pool?.close();
  }
  const workersUsed = pool ? threads : 0;

  let findings: Finding[] = [];
  const incomplete: string[] = [];
  const rulesRun = new Set<string>();
  const stats: ScanStats = {
    filesScanned: quietFiles,
    bytesScanned: quietBytes,
    filesMatchedPrefilter: 0,
    filesParsed: 0,
    skipped: {},
    rulesLoaded: ruleSet.rules.length,
    rulesRun: 0,
    durationMs: 0,
    workers: workersUsed,
  };
  for (const o of outcomes) {
    if (o.skipped) {
      skipped.push(o.skipped);
      // Minified and generated files are still read by secret rules: keep what those found.
      findings.push(...o.findings);
      notices.push(...o.notices);
      continue;
    }
    stats.filesScanned++;
    stats.bytesScanned += o.bytes;
    if (o.prefilterHit) stats.filesMatchedPrefilter++;
    if (o.parsed) stats.filesParsed++;
    if (o.incomplete) incomplete.push(o.path);
    for (const id of o.rulesRun) rulesRun.add(id);
    findings.push(...o.findings);
    notices.push(...o.notices);
  }
  for (const s of skipped) stats.skipped[s.reason] = (stats.skipped[s.reason] ?? 0) + 1;
  stats.rulesRun = rulesRun.size;

  if (options.target.kind === 'range' && !options.keepContext) findings = findings.filter((f) => f.inChange !== false);
  applyAllowlist(findings, config.allowlist);
  const baselineFile = options.baseline ?? (config.baseline ? path.resolve(loaded.dir, config.baseline) : undefined);
  if (baselineFile) {
    // Baselines are validated with zod, which a scan without one never loads.
    const { applyBaseline, readBaseline } = await import('../suppress/baseline.js');
    applyBaseline(findings, await readBaseline(baselineFile));
  }

  findings.sort(compareFindings);
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  stats.durationMs = Math.round(performance.now() - started);
  return {
    findings,
    notices,
    skipped,
    stats,
    rules: ruleSet.rules.map((r) => r.meta),
    incomplete: incomplete.sort(),
  };
}

/**
 * The license indexes this scan compares code with, and the rules it keeps: copied-code rules are dropped when
 * there is no index to use, so no file is parsed for them. Every index is loaded here once, so a broken one is a
 * configuration error before anything is scanned.
 */
function copyIndexes(options: ScanOptions, loaded: LoadedConfig, sources: RuleSource[]): { sources: RuleSource[]; indexes: string[]; notices: Notice[] } {
  const wanted = sources.some((s) => s.def.copies);
  if (!wanted) return { sources, indexes: [], notices: [] };
  const license = loaded.config.license;
  const explicit = (options.licenseIndexes ?? []).map((f) => path.resolve(f));
  const scope = options.copiedCode ?? license.copiedCode;
  const change = options.target.kind !== 'paths';
  // A tree is searched when someone named a corpus to search it for; the built-in index alone is for changes,
  // where code arrives (checking every file of a tree costs a quick lex of each).
  const active =
    explicit.length > 0 ||
    scope === 'all' ||
    (scope === 'changes' && change) ||
    (scope === 'auto' && (change || license.indexes.length > 0));
  const indexes = active
    ? [...new Set([...(license.builtinIndex ? builtinLicenseIndexes() : []), ...license.indexes.map((f) => path.resolve(loaded.dir, f)), ...explicit])]
    : [];
  for (const file of indexes) loadIndexCached(file);
  if (indexes.length > 0) return { sources, indexes, notices: [] };
  // Said only where someone may expect otherwise: a corpus is configured, or the rule was asked for by name.
  const expected = license.indexes.length > 0 || (options.enable ?? []).some((id) => sources.some((s) => s.def.copies && s.def.id === id));
  const why =
    scope === 'off'
      ? 'license.copiedCode is "off"'
      : active
        ? 'no license index (license.builtinIndex is false and license.indexes is empty)'
        : scope === 'changes'
          ? 'license.copiedCode is "changes" and this is a scan of paths'
          : 'a scan of paths looks for copies only with --license-index, license.indexes or license.copiedCode "all"';
  return {
    sources: sources.filter((s) => !s.def.copies),
    indexes: [],
    notices: expected ? [{ level: 'note', code: 'copies-off', message: `copied code not looked for: ${why}` }] : [],
  };
}

/** Findings that fail the scan: at or above the threshold and not suppressed. */
export function blockingFindings(result: ScanResult, failOn: Severity): Finding[] {
  return result.findings.filter((f) => isBlocking(f, failOn));
}

/**
 * The project's own license when warden.json does not say: the `license` field of the package.json beside it, else
 * the license text in its LICENSE or COPYING file, recognised (issue #5); undefined is judged as proprietary.
 */
export { projectLicense as projectLicenseOf };

async function projectLicense(dir: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { license?: unknown };
    if (typeof manifest.license === 'string' && manifest.license.trim() !== '') return manifest.license.trim();
  } catch {
    // No package.json, or one without a license: look for the license file.
  }
  const { identifyLicenseText, LICENSE_FILE_NAMES } = await import('../license/identify.js');
  for (const name of LICENSE_FILE_NAMES) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, name), 'utf8');
    } catch {
      continue;
    }
    return identifyLicenseText(text);
  }
  return undefined;
}
