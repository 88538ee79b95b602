// Allowlists from warden.json: accepted findings, each with a reason. `paths` are files never scanned (the
// engine asks pathAllowlisted before reading a file); `rules` entries accept a rule's findings, optionally only
// in some paths; `fingerprints` accept single findings. `regexes` are matched by the engine against secret
// values, which only it holds, so they are not applied here.
import { normalizePath, pathMatcher } from '../config/glob.js';
import { matchesRule } from '../config/rule-pattern.js';
import type { AllowlistConfig } from '../config/schema.js';
import type { Finding } from '../types.js';

export interface CompiledAllowlist {
  /** True for a file `allowlist.paths` excludes from scanning (path relative to the scan root). */
  pathAllowlisted(path: string): boolean;
  /** Why a finding is accepted, or undefined. */
  reasonFor(finding: Finding): string | undefined;
}

/** Only the parts applyAllowlist reads, so a partial object (e.g. in tests or from flags) is enough. */
export type AllowlistInput = Partial<Pick<AllowlistConfig, 'paths' | 'rules' | 'fingerprints'>>;

// Config objects are long-lived and the engine asks once per file: compile each allowlist once.
const compiled = new WeakMap<object, CompiledAllowlist>();

export function compileAllowlist(allowlist: AllowlistInput): CompiledAllowlist {
  const cached = compiled.get(allowlist);
  if (cached) return cached;
  const inPaths = pathMatcher(allowlist.paths ?? []);
  const byFingerprint = new Map<string, string>();
  for (const e of allowlist.fingerprints ?? []) if (!byFingerprint.has(e.fingerprint)) byFingerprint.set(e.fingerprint, e.reason);
  const ruleEntries = (allowlist.rules ?? []).map((e) => ({
    id: e.id,
    inScope: e.paths ? pathMatcher(e.paths) : () => true,
    reason: e.reason,
  }));
  const result: CompiledAllowlist = {
    pathAllowlisted: inPaths,
    reasonFor(f) {
      // Most specific first: one finding, then a rule (in some paths), then whole paths.
      const byPrint = byFingerprint.get(f.fingerprint);
      if (byPrint !== undefined) return byPrint;
      const file = normalizePath(f.file);
      for (const e of ruleEntries) if (matchesRule(e.id, f.ruleId) && e.inScope(file)) return e.reason;
      if (inPaths(file)) return 'in allowlist.paths';
      return undefined;
    },
  };
  compiled.set(allowlist, result);
  return result;
}

/** The engine's per-file check: is this path in `allowlist.paths`? */
export function isPathAllowlisted(path: string, allowlist: AllowlistInput): boolean {
  return compileAllowlist(allowlist).pathAllowlisted(path);
}

/**
 * Marks findings an allowlist entry accepts as suppressed ({ kind: 'allowlist', reason }) and returns how many.
 * Findings already suppressed (inline) keep their suppression.
 */
export function applyAllowlist(findings: Finding[], allowlist: AllowlistInput | CompiledAllowlist): number {
  const list = 'reasonFor' in allowlist ? allowlist : compileAllowlist(allowlist);
  let n = 0;
  for (const f of findings) {
    if (f.suppressed) continue;
    const reason = list.reasonFor(f);
    if (reason === undefined) continue;
    f.suppressed = { kind: 'allowlist', reason };
    n++;
  }
  return n;
}
