// Rule definition → runnable rule. Imports no zod or YAML: workers compile rules from plain data.
import { RuleLoadError } from '../errors.js';
import { createMatcher } from '../match/registry.js';
import { compileSecretJudge } from '../match/secret-checks.js';
import type { CompiledRule } from '../match/types.js';
import type { RuleMeta } from '../types.js';
import { globToRegExp } from '../util/glob.js';
import { matcherKindsOf } from './kinds.js';
import type { RuleDefinition } from './schema.js';

/** A validated rule definition and the file it came from: plain data, safe to send to a worker. */
export interface RuleSource {
  def: RuleDefinition;
  source: string;
}

export function ruleMeta(def: RuleDefinition, source: string): RuleMeta {
  return {
    id: def.id,
    title: def.title,
    category: def.category,
    severity: def.severity,
    confidence: def.confidence,
    cwe: def.cwe,
    message: def.message,
    fix: def.fix,
    description: def.description,
    references: def.references,
    tags: def.tags,
    source,
  };
}

/** Builds the runnable rule. Throws RuleLoadError when the matcher does not compile. */
export function compileRule({ def, source }: RuleSource): CompiledRule {
  const kind = matcherKindsOf(def)[0]!;
  const include = anyOf(def.paths?.include ?? []);
  const exclude = anyOf(def.paths?.exclude ?? []);
  return {
    meta: ruleMeta(def, source),
    def,
    languages: def.languages.includes('*') ? '*' : new Set(def.languages),
    keywordGroups: keywordGroupsOf(def),
    appliesToPath: !include && !exclude ? () => true : (p) => (!include || include.test(p)) && !exclude?.test(p),
    prefilter: compilePrefilter(def, source),
    judgeSecret: compileSecretJudge(def, source),
    matcher: createMatcher(kind, def, source),
  };
}

/**
 * Every problem with a rule that only compiling its matcher shows (a query naming a node type the grammar lacks,
 * an unknown predicate), each a message naming the file. The shipped packs are checked at build time; other
 * rules when they load.
 */
export async function matcherProblems(src: RuleSource): Promise<string[]> {
  try {
    return (await compileRule(src).matcher.validate?.()) ?? [];
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  }
}

/** A flat keyword list is one group. */
export function keywordGroupsOf(def: RuleDefinition): string[][] {
  const groups = def.keywords.every((k) => typeof k === 'string') ? [def.keywords as string[]] : (def.keywords as string[][]);
  return groups.map((g) => g.map((k) => k.toLowerCase()));
}

/** One regex for a list of globs (each is anchored), so a path is tested once per rule rather than per glob. */
function anyOf(globs: readonly string[]): RegExp | undefined {
  if (globs.length === 0) return undefined;
  return new RegExp(globs.map((g) => `(?:${globToRegExp(g).source})`).join('|'));
}

function compilePrefilter(def: RuleDefinition, source: string): RegExp | undefined {
  if (def.prefilter === undefined) return undefined;
  try {
    return new RegExp(def.prefilter);
  } catch (err) {
    throw new RuleLoadError(source, `"prefilter" does not compile: ${(err as Error).message}`);
  }
}
