// Matcher kinds are registered here, so a new kind plugs in without touching the engine.
// Registration happens at module load, in the main thread and in every worker alike, because workers import
// this module too.
import { RuleLoadError } from '../errors.js';
import type { MatcherKind } from '../rules/kinds.js';
import type { RuleDefinition } from '../rules/schema.js';
import { createCopiesMatcher } from './copies.js';
import { createManifestMatcher } from './manifest.js';
import { createQueryMatcher } from './query.js';
import { createRegexMatcher } from './regex.js';
import { createTaintMatcher } from './taint/matcher.js';
import type { CompiledMatcher, MatcherFactory } from './types.js';

const factories = new Map<MatcherKind, MatcherFactory>([
  ['regex', createRegexMatcher],
  ['query', createQueryMatcher],
  ['taint', createTaintMatcher],
  ['manifest', createManifestMatcher],
  ['copies', createCopiesMatcher],
]);

export function registerMatcher(kind: MatcherKind, factory: MatcherFactory): void {
  factories.set(kind, factory);
}

export function hasMatcher(kind: MatcherKind): boolean {
  return factories.has(kind);
}

export function createMatcher(kind: MatcherKind, def: RuleDefinition, source: string): CompiledMatcher {
  const factory = factories.get(kind);
  if (!factory) throw new RuleLoadError(source, `"${kind}" rules are not supported by this version of Sentinel`);
  return factory(def, source);
}
