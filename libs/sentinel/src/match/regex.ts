// The `regex` matcher: runs on the file text and reports offsets. For secret rules the named group `secret`
// (or, without one, the whole match) is the value; judging it (entropy, placeholders, checksums) is the shared
// secret check's job (match/secret-checks.ts), the same for every matcher.
import { RuleLoadError } from '../errors.js';
import type { RuleDefinition } from '../rules/schema.js';
import { foldCase, regexRisk } from './safe-regex.js';
import type { CompiledMatcher, MatchContext, RawMatch } from './types.js';

/** A rule that matches more often than this in one file is reporting noise, not findings. */
export const MAX_MATCHES_PER_RULE_PER_FILE = 500;
const BUDGET_CHECK_EVERY = 64;

export function createRegexMatcher(def: RuleDefinition, source: string): CompiledMatcher {
  const spec = def.regex;
  if (!spec) throw new RuleLoadError(source, 'rule has no regex matcher');
  const pattern = spec.ignoreCase ? foldCase(spec.pattern) : spec.pattern;
  const flags = 'g' + (spec.multiline ? 'm' : '') + (spec.dotAll ? 's' : '');
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags);
  } catch (err) {
    throw new RuleLoadError(source, `regex.pattern does not compile: ${(err as Error).message}`);
  }
  const hasSecretGroup = /\(\?<secret>/.test(spec.pattern);
  const wholeMatchIsSecret = !hasSecretGroup && def.category === 'secret';

  return {
    kind: 'regex',
    needsTree: false,
    interruptible: regexRisk(pattern, flags) !== 'unbounded',
    match(ctx: MatchContext): RawMatch[] {
      const text = ctx.file.text;
      const results: RawMatch[] = [];
      // One instance for every file: match runs to completion synchronously, so resetting lastIndex is enough.
      const local = re;
      local.lastIndex = 0;
      let count = 0;
      for (let m = local.exec(text); m !== null; m = local.exec(text)) {
        if (m[0].length === 0) {
          local.lastIndex++;
          continue;
        }
        if (++count % BUDGET_CHECK_EVERY === 0 && ctx.budget.expired()) break;
        const start = m.index;
        const end = start + m[0].length;
        let secret: RawMatch['secret'];
        if (hasSecretGroup) {
          const group = m.groups?.secret;
          if (group === undefined || group.length === 0) continue;
          // Without the `d` flag (slower, and not needed elsewhere) the group's offset is found inside the match.
          const rel = m[0].indexOf(group);
          secret = { start: start + rel, end: start + rel + group.length };
        } else if (wholeMatchIsSecret) {
          secret = { start, end };
        }
        const license = def.license ? licenseOf(def.license, m.groups) : undefined;
        if (def.license && license === undefined) continue;
        results.push({ start, end, secret, ...(license ? { license } : {}) });
        if (results.length >= MAX_MATCHES_PER_RULE_PER_FILE) break;
      }
      local.lastIndex = 0;
      return results;
    },
  };
}

/** The SPDX expression a license rule's match declares, from the rule's `license` block and the named groups. */
function licenseOf(spec: NonNullable<RuleDefinition['license']>, groups: Record<string, string | undefined> | undefined): string | undefined {
  if (spec.id === undefined) return groups?.license?.trim() || undefined;
  let id = spec.id;
  if (id.includes('{version}')) {
    const version = groups?.version;
    if (!version) return undefined;
    id = id.replace('{version}', version.includes('.') ? version : `${version}.0`);
  }
  return spec.orLater ? `${id}-${groups?.later ? 'or-later' : 'only'}` : id;
}
