// Kept apart from schema.ts so workers can compile rules without loading zod.
import type { RuleDefinition } from './schema.js';

export const RULE_ID_PATTERN = /^[a-z0-9][a-z0-9._/-]*[a-z0-9]$/;

export const MATCHER_KINDS = ['regex', 'query', 'taint', 'manifest', 'copies'] as const;
export type MatcherKind = (typeof MATCHER_KINDS)[number];

/** Which matcher a rule uses; the loader checks there is exactly one. */
export function matcherKindsOf(def: RuleDefinition): MatcherKind[] {
  return MATCHER_KINDS.filter((k) => def[k] !== undefined);
}
