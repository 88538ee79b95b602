// The `taint` matcher: a finding where a sink's argument can carry data from a source, within one function.
// Sources, sinks and sanitizers are tree-sitter queries in the rule (data, not code), per language:
//
//   taint:
//     javascript:
//       sources: '(member_expression object: (identifier) @o (#eq? @o "req")) @source'
//       sinks: '(call_expression function: (identifier) @f arguments: (arguments . (_) @sink) (#eq? @f "exec")) @match'
//       sanitizers: '(call_expression function: (identifier) @f (#eq? @f "parseInt")) @sanitized'
//
// `@source` marks a tainted expression (or a parameter, which then taints the name), `@sink` each argument that
// must stay clean, `@match` what to report (default: the sink pattern's outermost capture), `@sanitized` an
// expression whose value is clean whatever went in. Following values between them is flow.ts's job.
import type { QueryMatch } from 'web-tree-sitter';
import { RuleLoadError } from '../../errors.js';
import type { RuleDefinition } from '../../rules/schema.js';
import { grammarOf, hasGrammar } from '../languages.js';
import { compileQuery, runQuery, sameGrammar } from '../query.js';
import type { CompiledMatcher, MatchContext, RawMatch } from '../types.js';
import { TaintFlow } from './flow.js';
import { taintSyntax, TAINT_GRAMMARS } from './syntax.js';

export interface TaintSpec {
  sources: string;
  sinks: string;
  sanitizers?: string;
}

/** The taint spec per language of a rule, after checking its shape. Throws RuleLoadError naming `source`. */
export function taintSpecsOf(def: RuleDefinition, source: string): Map<string, TaintSpec> {
  const fail = (detail: string): never => {
    throw new RuleLoadError(source, detail);
  };
  const taint = def.taint;
  if (!taint) return fail('a taint rule needs a "taint"');
  if (def.languages.includes('*')) fail('a taint rule must list its languages; "*" is for regex rules only');
  const out = new Map<string, TaintSpec>();
  for (const lang of Object.keys(taint)) {
    if (!def.languages.includes(lang)) fail(`"taint": has a spec for "${lang}", which "languages" does not list`);
  }
  for (const lang of def.languages) {
    const grammar = grammarOf(lang);
    if (!hasGrammar(lang) || !grammar || !taintSyntax(grammar)) {
      fail(`"languages": taint rules run on ${TAINT_GRAMMARS.join(', ')}, not "${lang}"`);
    }
    const spec = taint[lang];
    if (spec === undefined) fail(`"taint": no spec for "${lang}", which "languages" lists`);
    else out.set(lang, spec);
  }
  return out;
}

function captured(matches: Iterable<{ node: { id: number }; match: QueryMatch }>, name: string): Set<number> {
  const ids = new Set<number>();
  for (const hit of matches) {
    const named = hit.match.captures.filter((c) => c.name === name);
    if (named.length === 0) ids.add(hit.node.id);
    for (const c of named) ids.add(c.node.id);
  }
  return ids;
}

export function createTaintMatcher(def: RuleDefinition, source: string): CompiledMatcher {
  const specs = taintSpecsOf(def, source);
  // Sinks compile first and alone: most files that reach a taint rule have no sink, and then the sources and
  // sanitizers (often the larger queries) are never needed in this thread.
  const field = (lang: string, part: keyof TaintSpec) => `taint.${lang}.${part}`;
  const compileSinks = (lang: string, spec: TaintSpec) => compileQuery(lang, spec.sinks, source, field(lang, 'sinks'));
  const compileRest = (lang: string, spec: TaintSpec) =>
    Promise.all([
      compileQuery(lang, spec.sources, source, field(lang, 'sources')),
      spec.sanitizers === undefined ? undefined : compileQuery(lang, spec.sanitizers, source, field(lang, 'sanitizers')),
    ]);
  return {
    kind: 'taint',
    needsTree: true,
    interruptible: true,
    async match(ctx: MatchContext): Promise<RawMatch[]> {
      const lang = ctx.file.language;
      const spec = lang === undefined ? undefined : specs.get(lang);
      const syntax = taintSyntax(grammarOf(lang) ?? '');
      if (lang === undefined || !spec || !syntax || ctx.budget.expired()) return [];
      const sinkQuery = await compileSinks(lang, spec);
      const tree = await ctx.tree();
      if (!tree || !sameGrammar(tree.language, sinkQuery.grammar)) return [];
      // Sinks first: most files that reach here have none, and then nothing else needs to run.
      const sinks = runQuery(sinkQuery, tree, ctx.budget, { distinct: false }).hits;
      if (sinks.length === 0) return [];
      const [sourceQuery, sanitizerQuery] = await compileRest(lang, spec);
      const sources = captured(runQuery(sourceQuery, tree, ctx.budget, { distinct: false }).hits, 'source');
      if (sources.size === 0) return [];
      const sanitizers = sanitizerQuery
        ? captured(runQuery(sanitizerQuery, tree, ctx.budget, { distinct: false }).hits, 'sanitized')
        : new Set<number>();
      const flow = new TaintFlow(syntax, tree.rootNode, sources, sanitizers);
      // One finding per reported range, however many of its sink arguments are tainted.
      const reported = new Map<string, RawMatch>();
      for (const hit of sinks) {
        if (ctx.budget.expired()) break;
        const key = `${hit.start}:${hit.end}`;
        if (reported.has(key)) continue;
        const args = hit.match.captures.filter((c) => c.name === 'sink').map((c) => c.node);
        if ((args.length > 0 ? args : [hit.node]).some((n) => flow.tainted(n))) reported.set(key, { start: hit.start, end: hit.end });
      }
      return [...reported.values()];
    },
    async validate(): Promise<string[]> {
      const problems: string[] = [];
      for (const [lang, spec] of specs) {
        for (const part of ['sources', 'sinks', 'sanitizers'] as const) {
          const text = spec[part];
          if (text === undefined) continue;
          await compileQuery(lang, text, source, field(lang, part)).catch((err: unknown) =>
            problems.push(err instanceof Error ? err.message : String(err)),
          );
        }
      }
      return problems;
    },
  };
}
