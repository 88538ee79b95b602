// One file through stages 2–6: read and classify, prefilter, match, build findings, inline suppressions.
// The same function runs in-process for small scans and inside pool workers for large ones.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LicensePolicy } from '../license/policy.js';
import type { Tree } from 'web-tree-sitter';
import { decode } from '../files/classify.js';
import { quietForSecrets } from '../files/quiet.js';
import { readBytesSync } from '../files/read-bytes.js';
import { buildFinding } from '../findings/build.js';
import { LineIndex } from '../findings/line-index.js';
import { hasGrammar, languageForPath } from '../match/languages.js';
import { parseText } from '../match/parse.js';
import type { CompiledRule, MatchContext, RawMatch, ScanText } from '../match/types.js';
import { applyInlineSuppressions, DIRECTIVE_MARKER, parseDirectives } from '../suppress/inline.js';
import type { Finding, Notice, SkippedFile, SourceFile } from '../types.js';
import { Deadline } from './budget.js';
import type { RuleSet } from './rule-set.js';

export interface FileScanOptions {
  maxFileSize: number;
  /** The scan root, absolute: where matchers find the files beside the one scanned (lockfiles). */
  root?: string;
  /** Judges what license rules find; without it (a bare engine call) every license finding is reported as found. */
  licensePolicy?: LicensePolicy;
  /** License index files (absolute) for copied-code rules; the scan decides whether this target gets them. */
  licenseIndexes?: readonly string[];
  /** Syntax rules (query, taint) do not run on files larger than this: text rules only. */
  maxSyntaxFileSize?: number;
  timeBudgetMs: number;
  languageOverrides?: Record<string, string>;
  /** Config `allowlist.regexes`: a secret whose value matches one is not reported. */
  secretAllowRegexes?: readonly string[];
  /** Keep every rule's finding where several report one weakness (the fixture runner scores rules one by one). */
  keepOverlaps?: boolean;
}

const compiledAllow = new Map<string, RegExp>();
function allowRegexes(sources: readonly string[] | undefined): RegExp[] {
  return (sources ?? []).map((s) => {
    let re = compiledAllow.get(s);
    if (!re) compiledAllow.set(s, (re = new RegExp(s)));
    return re;
  });
}

export interface FileOutcome {
  path: string;
  bytes: number;
  findings: Finding[];
  notices: Notice[];
  skipped?: SkippedFile;
  prefilterHit: boolean;
  parsed: boolean;
  incomplete: boolean;
  /** Ids of the rules that ran on this file. */
  rulesRun: string[];
  /**
   * Set when the caller asked to defer files that need a parse, and this one does: nothing ran on it yet. The
   * value is the file's language, so the caller can start loading its grammar early.
   */
  deferred?: string;
}

/**
 * What a batch of files hands back. Most files match no keyword and have nothing to say: those are only
 * counted, so a worker does not clone thousands of empty outcomes back to the main thread.
 */
export interface BatchResult {
  outcomes: FileOutcome[];
  quietFiles: number;
  quietBytes: number;
}

export function compactBatch(outcomes: readonly FileOutcome[]): BatchResult {
  const result: BatchResult = { outcomes: [], quietFiles: 0, quietBytes: 0 };
  for (const o of outcomes) {
    if (!o.skipped && !o.prefilterHit && !o.incomplete && o.findings.length === 0 && o.notices.length === 0) {
      result.quietFiles++;
      result.quietBytes += o.bytes;
    } else {
      result.outcomes.push(o);
    }
  }
  return result;
}

interface SecretHit {
  rule: CompiledRule;
  raw: RawMatch;
}

const CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 } as const;

/** Rules that recognise a secret by its name and shape, not by a provider's format. */
function isGeneric(rule: CompiledRule): boolean {
  return !rule.def.provider || rule.def.provider === 'generic';
}

/**
 * One secret, one finding: when rules report overlapping values (a GitHub token assigned to `token = "…"` is
 * also a generic hardcoded token), keep the most specific: higher confidence, then a named provider over the
 * generic rules, then the longer value.
 */
function mostSpecific(hits: SecretHit[]): SecretHit[] {
  const score = (h: SecretHit) =>
    CONFIDENCE_RANK[h.rule.meta.confidence] * 4 + (isGeneric(h.rule) ? 0 : 2);
  const ranked = [...hits].sort(
    (a, b) =>
      score(b) - score(a) ||
      b.raw.secret!.end - b.raw.secret!.start - (a.raw.secret!.end - a.raw.secret!.start) ||
      a.rule.meta.id.localeCompare(b.rule.meta.id),
  );
  const kept: SecretHit[] = [];
  for (const h of ranked) {
    const s = h.raw.secret!;
    if (kept.some((k) => k.raw.secret!.start < s.end && s.start < k.raw.secret!.end)) continue;
    kept.push(h);
  }
  return kept;
}

/**
 * One weakness at one place, one finding: where rules report the same line with a CWE in common (a taint rule
 * that proved the flow and the structural rule for the same call), only the most confident stay. Secrets are
 * settled by mostSpecific.
 */
function strongestPerWeakness(findings: Finding[]): Finding[] {
  const outranked = (f: Finding) =>
    findings.some(
      (g) =>
        g !== f &&
        g.category !== 'secret' &&
        g.start.line === f.start.line &&
        CONFIDENCE_RANK[g.confidence] > CONFIDENCE_RANK[f.confidence] &&
        g.cwe.some((c) => f.cwe.includes(c)),
    );
  return findings.filter((f) => f.category === 'secret' || !outranked(f));
}

/**
 * A license rule's match judged by the policy: none when the license is fine here; blocking (the rule's own
 * severity) when the policy rejects it; low, so reported but not blocking, when it only needs a review.
 */
function licenseFinding(
  { judgeLicense, exceptionFor }: typeof import('../license/policy.js'),
  rule: CompiledRule,
  file: ScanText,
  raw: RawMatch,
  policy: LicensePolicy | undefined,
): Finding | undefined {
  const finding = buildFinding(rule, file, raw);
  const dep = raw.dependency;
  if (dep && policy && exceptionFor(dep, policy.exceptions ?? {})) return undefined;
  const judged = judgeLicense(raw.license!, policy ?? { deny: [], allow: [] });
  if (judged.verdict === 'ok') return undefined;
  const copy = raw.copy;
  const subject = dep
    ? `${dep.name}${dep.version ? `@${dep.version}` : ''}: `
    : copy
      ? `lines ${finding.start.line}-${finding.end.line} match ${copy.file} lines ${copy.startLine}-${copy.endLine} of ${copy.index} (${raw.license}; ${copy.tokens} tokens alike): `
      : '';
  return {
    ...finding,
    severity: judged.verdict === 'fail' ? rule.meta.severity : 'low',
    message: `${subject}${rule.meta.message} ${judged.reason[0]!.toUpperCase()}${judged.reason.slice(1)}.`,
    license: {
      id: judged.id,
      category: judged.category,
      verdict: judged.verdict,
      ...(dep ? { package: dep.name } : {}),
      ...(copy ? { copiedFrom: copy } : {}),
    },
  };
}

/** A file holding a license text (LICENSE, COPYING, NOTICE...), whatever its extension. */
const LICENSE_FILE = /(^|\/)(LICEN[CS]E|COPYING|NOTICE|COPYRIGHT|UNLICENSE)[^/]*$/i;
/** A license named this close to the start of a license file is that file's license. */
const LICENSE_TITLE_WITHIN = 512;

/**
 * The license matches that speak for the file, one per rule and license (a notice can repeat). A
 * license file is its first license: the others it names (the MPL's list of secondary licenses, the GPL's
 * mention of the AGPL) are references, not grants.
 */
function fileLicenses<T extends { rule: CompiledRule; raw: RawMatch }>(hits: T[], path: string, text: string): T[] {
  const ordered = [...hits].sort((a, b) => a.raw.start - b.raw.start);
  const first = ordered[0];
  if (first && LICENSE_FILE.test(path) && first.raw.start - (text.length - text.trimStart().length) < LICENSE_TITLE_WITHIN) return [first];
  const seen = new Set<string>();
  return ordered.filter((h) => {
    const copy = h.raw.copy;
    const key = `${h.rule.meta.id} ${h.raw.license} ${h.raw.dependency?.name ?? ''} ${copy ? `${copy.index}/${copy.file}:${copy.startLine} ${h.raw.start}` : ''}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** TypeScript declaration files: types, not statements. */
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

function ruleApplies(rule: CompiledRule, language: string | undefined, path: string): boolean {
  if (rule.languages !== '*' && (language === undefined || !rule.languages.has(language))) return false;
  if (rule.meta.category === 'secret' && quietForSecrets(path)) return false;
  // A declaration file has no calls or flows for a syntax rule to judge; only its literal initializers
  // (`declare const KEY = "..."`) can hold a secret.
  if (rule.matcher.needsTree && rule.meta.category !== 'secret' && DECLARATION_FILE.test(path)) return false;
  return rule.appliesToPath(path);
}

function inChangedLines(f: Finding, ranges: NonNullable<SourceFile['changedLines']>): boolean {
  return ranges.some(([a, b]) => f.start.line <= b && f.end.line >= a);
}

export async function scanSource(
  file: SourceFile,
  ruleSet: RuleSet,
  opts: FileScanOptions,
  control: {
    deferSyntax?: boolean;
    /** Called before each syntax rule, so a thread handing out work can let messages in during a long file. */
    breathe?: () => Promise<void>;
  } = {},
): Promise<FileOutcome> {
  const outcome: FileOutcome = {
    path: file.path,
    bytes: 0,
    findings: [],
    notices: [],
    prefilterHit: false,
    parsed: false,
    incomplete: false,
    rulesRun: [],
  };
  const read = readBytesSync(file, opts.maxFileSize);
  if ('skip' in read) {
    outcome.skipped = { file: file.path, reason: read.skip, ...(read.detail ? { detail: read.detail } : {}) };
    return outcome;
  }
  outcome.bytes = read.bytes.length;
  if (read.secretsOnly) {
    const { reason, detail } = read.secretsOnly;
    outcome.skipped = { file: file.path, reason, detail: `${detail ?? reason}; scanned for secrets only` };
  }
  const utf16 = read.bytes[0] === 0xff || read.bytes[0] === 0xfe; // a byte order mark: the bytes are not UTF-8
  const hits = utf16 ? undefined : ruleSet.prefilter.scanBytes(read.bytes);
  if (hits && hits.rules.length === 0 && hits.markers.length === 0) return outcome;
  const language = languageForPath(file.path, opts.languageOverrides);
  // Language, path and secrets-only filters need no text: apply them before decoding anything.
  const applicable = (r: CompiledRule) =>
    (!read.secretsOnly || (r.meta.category === 'secret' && !r.matcher.needsTree)) && ruleApplies(r, language, file.path);
  if (hits && hits.markers.length === 0 && !hits.rules.some((i) => applicable(ruleSet.rules[i]!))) return outcome;

  const { text, invalidUtf8 } = decode(read.bytes);
  const candidateIndices = hits?.rules ?? ruleSet.prefilter.candidates(text);
  if (invalidUtf8) {
    outcome.notices.push({
      level: 'note',
      code: 'invalid-utf8',
      file: file.path,
      message: 'invalid UTF-8 sequences were replaced with U+FFFD before scanning',
    });
  }

  const budget = new Deadline(opts.timeBudgetMs);
  const allow = allowRegexes(opts.secretAllowRegexes);
  let candidates = candidateIndices
    .map((i) => ruleSet.rules[i]!)
    .filter((r) => applicable(r) && (r.prefilter === undefined || r.prefilter.test(text)));
  const syntaxLimit = opts.maxSyntaxFileSize;
  if (syntaxLimit !== undefined && read.bytes.length > syntaxLimit && candidates.some((r) => r.matcher.needsTree)) {
    candidates = candidates.filter((r) => !r.matcher.needsTree);
    outcome.skipped ??= {
      file: file.path,
      reason: 'too-large',
      detail: `${read.bytes.length} bytes, over the ${syntaxLimit}-byte limit for syntax rules (maxSyntaxFileSize); scanned with text rules only`,
    };
  }
  const hasDirectives = hits ? hits.markers.length > 0 : text.includes(DIRECTIVE_MARKER);
  if (candidates.length === 0) {
    // No rule can match, but a suppression comment here may name a rule that applies: say it is unused.
    if (hasDirectives) suppressInline(outcome, text, file.path, ruleSet, language);
    return outcome;
  }
  outcome.prefilterHit = true;
  if (control.deferSyntax && candidates.some((r) => r.matcher.needsTree && language !== undefined && hasGrammar(language))) {
    return { ...outcome, deferred: language };
  }

  const scanText: ScanText = { path: file.path, text, language, lines: new LineIndex(text) };
  let treePromise: Promise<Tree | undefined> | undefined;
  const ctx: MatchContext = {
    file: scanText,
    budget,
    ...(file.previous !== undefined ? { previous: file.previous } : {}),
    ...(opts.licenseIndexes?.length ? { licenseIndexes: opts.licenseIndexes } : {}),
    sibling: (relative) => {
      if (!opts.root) return undefined;
      try {
        return readFileSync(join(opts.root, dirname(file.path), relative), 'utf8');
      } catch {
        return undefined;
      }
    },
    tree: () =>
      (treePromise ??= (async () => {
        if (language === undefined || !hasGrammar(language)) return undefined;
        const parsed = await parseText(text, language, budget);
        outcome.parsed = parsed.tree !== undefined;
        if (parsed.timedOut) {
          outcome.incomplete = true;
          outcome.notices.push({
            level: 'warning',
            code: 'time-budget',
            file: file.path,
            message: `parsing stopped at the ${opts.timeBudgetMs} ms time budget; syntax rules did not run on this file`,
          });
        } else if (parsed.hasErrors) {
          outcome.notices.push({
            level: 'note',
            code: 'parse-error',
            file: file.path,
            message: `${language} parse errors; syntax rules ran on the parts that parsed`,
          });
        }
        return parsed.tree;
      })()),
  };

  try {
    // Text rules first: they are cheap, and a file may never need a parse.
    const ordered = [...candidates.filter((r) => !r.matcher.needsTree), ...candidates.filter((r) => r.matcher.needsTree)];
    const secretHits: SecretHit[] = [];
    const licenseHits: Array<{ rule: CompiledRule; raw: RawMatch }> = [];
    const vetoed: Array<{ start: number; end: number }> = [];
    for (const rule of ordered) {
      if (control.breathe && rule.matcher.needsTree) await control.breathe();
      try {
        const raws = await rule.matcher.match(ctx);
        outcome.rulesRun.push(rule.meta.id);
        for (const raw of raws) {
          if (raw.secret) {
            const value = text.slice(raw.secret.start, raw.secret.end);
            if (allow.some((re) => re.test(value))) continue;
            if (rule.judgeSecret) {
              const verdict = rule.judgeSecret(value, text.slice(raw.start, raw.end));
              if (!verdict.ok) {
                // A provider's own rule knows its format best: a value it judged not to be a secret (its
                // documented example, a bad checksum) is not reported by a generic rule either.
                if (!isGeneric(rule)) vetoed.push(raw.secret);
                continue;
              }
              raw.entropy = verdict.entropy;
            }
          }
          if (raw.secret) secretHits.push({ rule, raw });
          else if (raw.license !== undefined) licenseHits.push({ rule, raw });
          else outcome.findings.push(buildFinding(rule, scanText, raw));
        }
        if (budget.expired()) {
          // The matcher may have stopped part-way; either way the rules after it did not run.
          outcome.incomplete = true;
          outcome.notices.push({
            level: 'warning',
            code: 'time-budget',
            file: file.path,
            message: `not fully scanned: the ${opts.timeBudgetMs} ms time budget ran out during rule ${rule.meta.id}`,
          });
          break;
        }
      } catch (err) {
        outcome.incomplete = true;
        outcome.notices.push({
          level: 'error',
          code: 'rule-failed',
          file: file.path,
          message: `rule ${rule.meta.id} failed on this file: ${(err as Error).message.split('\n')[0]}`,
        });
      }
    }
    const overlapsVeto = (h: SecretHit) =>
      isGeneric(h.rule) && vetoed.some((v) => v.start < h.raw.secret!.end && h.raw.secret!.start < v.end);
    for (const { rule, raw } of mostSpecific(secretHits.filter((h) => !overlapsVeto(h)))) {
      outcome.findings.push(buildFinding(rule, scanText, raw));
    }
    if (licenseHits.length > 0) {
      // The policy (and the SPDX tables it loads) is needed only when a license rule matched.
      const policy = await import('../license/policy.js');
      for (const { rule, raw } of fileLicenses(licenseHits, file.path, text)) {
        const finding = licenseFinding(policy, rule, scanText, raw, opts.licensePolicy);
        if (finding) outcome.findings.push(finding);
      }
    }
  } finally {
    if (treePromise) (await treePromise)?.delete();
  }

  if (!opts.keepOverlaps && outcome.findings.length > 1) outcome.findings = strongestPerWeakness(outcome.findings);
  if (hasDirectives) suppressInline(outcome, text, file.path, ruleSet, language);
  if (file.changedLines) {
    for (const f of outcome.findings) f.inChange = inChangedLines(f, file.changedLines);
  }
  return outcome;
}

function suppressInline(outcome: FileOutcome, text: string, path: string, ruleSet: RuleSet, language: string | undefined): void {
  // Only rules that apply to this file can make a directive "used"; one naming another language's rule is not
  // reported as unused. After a timeout nothing can be said about unused directives.
  const activeRules = new Set(ruleSet.rules.filter((r) => ruleApplies(r, language, path)).map((r) => r.meta.id));
  const notices = applyInlineSuppressions(outcome.findings, parseDirectives(text), path, { activeRules });
  outcome.notices.push(...(outcome.incomplete ? notices.filter((n) => n.code !== 'unused-suppression') : notices));
}
