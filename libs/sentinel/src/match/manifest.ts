// The `manifest` matcher: each dependency a manifest declares, at the line that declares it, with the license
// the lockfile or the installed package records. No network: a license that cannot be known offline is reported
// as unknown (the policy warns), never taken as fine.
import type { RuleDefinition } from '../rules/schema.js';
import { cargoDependencies } from './manifests/cargo.js';
import { goDependencies } from './manifests/go.js';
import { mavenDependencies } from './manifests/maven.js';
import { npmDependencies } from './manifests/npm.js';
import { pythonDependencies } from './manifests/python.js';
import type { CompiledMatcher, MatchContext, RawMatch } from './types.js';

export function createManifestMatcher(def: RuleDefinition): CompiledMatcher {
  return {
    kind: 'manifest',
    needsTree: false,
    interruptible: true,
    match(ctx: MatchContext): RawMatch[] {
      return READERS[def.manifest!](ctx);
    },
  };
}

const READERS: Record<NonNullable<RuleDefinition['manifest']>, (ctx: MatchContext) => RawMatch[]> = {
  npm: npmDependencies,
  python: pythonDependencies,
  cargo: cargoDependencies,
  maven: mavenDependencies,
  go: goDependencies,
};
