// Rule-id patterns, one syntax wherever a rule is named (rules.enable, allowlist.rules[].id, warden-ignore):
// an exact id, or a prefix ending in "*" ("secret.*" = every secret rule). Only a trailing "*" is allowed so a
// pattern always reads as "this rule" or "this family", never as a puzzle.
import { RULE_ID_PATTERN } from '../rules/kinds.js';

const ID = RULE_ID_PATTERN.source.replace(/^\^|\$$/g, '');

/** An exact rule id or a prefix followed by "*" (a bare "*" included: callers that must refuse it do). */
export const RULE_PATTERN = new RegExp(`^(?:${ID}|(?:[a-z0-9][a-z0-9._/-]*)?\\*)$`);

export const RULE_PATTERN_HINT = 'must be a rule id or a prefix ending in "*" (e.g. "secret.aws-access-key-id", "secret.*")';

export function isRulePattern(s: string): boolean {
  return RULE_PATTERN.test(s);
}

export function matchesRule(pattern: string, ruleId: string): boolean {
  return pattern.endsWith('*') ? ruleId.startsWith(pattern.slice(0, -1)) : pattern === ruleId;
}

/** True when any of the patterns names the rule; an empty list names nothing. */
export function ruleMatcher(patterns: readonly string[]): (ruleId: string) => boolean {
  const exact = new Set(patterns.filter((p) => !p.endsWith('*')));
  const prefixes = patterns.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1));
  return (id) => exact.has(id) || prefixes.some((p) => id.startsWith(p));
}
