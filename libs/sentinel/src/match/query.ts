// The `query` matcher: tree-sitter S-expression queries with text predicates, run on the file's shared tree.
//
// Queries compile lazily, per language, once per thread (a grammar must be loaded first, which is async, so a
// factory cannot do it). `validateQueries` compiles every query of a rule up front for the rule loader and
// `warden rules test`, so a broken query is reported when rules load rather than halfway through a scan.
//
// Predicates: web-tree-sitter 0.27 applies #eq?, #not-eq?, #match?, #not-match?, #any-of?, #not-any-of? (and
// their any- forms) itself inside `Query.matches`. `#match?` takes a JavaScript regular expression without
// flags (write `[Mm][Dd]5`, not `(?i)md5`). Warden adds `#literal? @cap` and `#not-literal? @cap`, applied here.
import type { Language, Node, Query as QueryType, QueryMatch, Tree } from 'web-tree-sitter';
import { RuleLoadError } from '../errors.js';
import type { RuleDefinition } from '../rules/schema.js';
import type { Budget, CompiledMatcher, MatchContext, RawMatch } from './types.js';
import { hasGrammar, loadLanguage, webTreeSitter } from './languages.js';

export type WardenPredicate = 'literal?' | 'not-literal?';

export interface CompiledQuery {
  language: string;
  grammar: Language;
  query: QueryType;
  /** Warden's own predicates, per pattern index. */
  predicates: ReadonlyArray<ReadonlyArray<{ operator: WardenPredicate; capture: string }>>;
}

/** A match that passed every predicate, with the range to report. */
export interface QueryHit {
  start: number;
  end: number;
  /** The reported node: the `@match` capture, else the pattern's first (outermost) capture. */
  node: Node;
  match: QueryMatch;
}

export interface QueryRun {
  hits: QueryHit[];
  /** False when the budget ran out during the run: later matches may be missing. */
  complete: boolean;
}

const SECRET_CAPTURE = 'secret';
const REPORT_CAPTURE = 'match';
const WARDEN_PREDICATES: ReadonlySet<string> = new Set<WardenPredicate>(['literal?', 'not-literal?']);
// #set! only attaches data to a match, so it is harmless; #is? / #is-not? look like filters but web-tree-sitter
// only records them, so a rule relying on them would silently match too much.
const IGNORED_DIRECTIVES: ReadonlySet<string> = new Set(['set!']);

/**
 * The query text per language of a rule, after checking the rule's shape. Throws RuleLoadError naming `source`.
 */
export function queriesOf(def: RuleDefinition, source: string): Map<string, string> {
  const fail = (detail: string): never => {
    throw new RuleLoadError(source, detail);
  };
  if (def.query === undefined) fail('a query rule needs a "query"');
  if (def.languages.includes('*')) fail('a query rule must list its languages; "*" is for regex rules only');
  for (const lang of def.languages) {
    if (!hasGrammar(lang)) fail(`"languages": "${lang}" has no tree-sitter grammar, so a query cannot run on it`);
  }
  const out = new Map<string, string>();
  if (typeof def.query === 'string') {
    for (const lang of def.languages) out.set(lang, def.query);
  } else {
    const q = def.query!;
    for (const lang of Object.keys(q)) {
      if (!def.languages.includes(lang)) fail(`"query": has a query for "${lang}", which "languages" does not list`);
    }
    for (const lang of def.languages) {
      const text = q[lang];
      if (text === undefined) fail(`"query": no query for "${lang}", which "languages" lists`);
      else out.set(lang, text);
    }
  }
  return out;
}

// Per thread, keyed by grammar and query text, so the same query in two rules (or a rule compiled twice) shares
// one Query. A failure is cached as its message: compiling again would fail the same way.
const compiled = new Map<string, Promise<CompiledQuery | { problem: string }>>();

/**
 * Compiles a query for a language (cached). Rejects with a RuleLoadError naming the rule file, the field (`query`,
 * `taint.go.sinks`...), the language and tree-sitter's message with the offset (and line:column) in the query.
 */
export async function compileQuery(lang: string, text: string, source: string, field = 'query'): Promise<CompiledQuery> {
  const key = `${lang}\u0000${text}`;
  let pending = compiled.get(key);
  if (!pending) {
    pending = loadLanguage(lang).then((grammar) => compileNow(lang, grammar, text));
    compiled.set(key, pending);
    // A grammar that failed to load may load later (it is not the query's fault): do not keep that failure.
    pending.catch(() => compiled.delete(key));
  }
  const result = await pending;
  if ('problem' in result) throw new RuleLoadError(source, `"${field}" (${lang}): ${result.problem}`);
  return result;
}

function compileNow(lang: string, grammar: Language, text: string): CompiledQuery | { problem: string } {
  let query: QueryType;
  try {
    query = new (webTreeSitter().Query)(grammar, text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const index = (err as { index?: unknown }).index;
    if (typeof index !== 'number') return { problem: message };
    const { line, column } = lineColumn(text, index);
    // Syntax errors already say "at offset N: …"; the others get the offset added.
    const where = /offset \d+/.test(message) ? '' : ` at offset ${index}`;
    return { problem: `${message}${where} (query line ${line}, column ${column})` };
  }
  const problems: string[] = [];
  const predicates: Array<Array<{ operator: WardenPredicate; capture: string }>> = [];
  for (let p = 0; p < query.patternCount(); p++) {
    const mine: Array<{ operator: WardenPredicate; capture: string }> = [];
    const where = describePattern(text, query, p);
    for (const pred of query.predicatesForPattern(p)) {
      if (IGNORED_DIRECTIVES.has(pred.operator)) continue;
      if (!WARDEN_PREDICATES.has(pred.operator)) {
        problems.push(`unknown predicate #${pred.operator} in ${where}`);
        continue;
      }
      const [operand, ...rest] = pred.operands;
      if (operand?.type !== 'capture' || rest.length > 0) {
        problems.push(`#${pred.operator} takes exactly one capture, e.g. (#${pred.operator} @arg), in ${where}`);
        continue;
      }
      mine.push({ operator: pred.operator as WardenPredicate, capture: operand.name });
    }
    if (query.assertedProperties[p] || query.refutedProperties[p]) {
      problems.push(`#is? and #is-not? are not supported (they would not filter anything), in ${where}`);
    }
    // A pattern without captures would match but have no range to report.
    if (!query.captureQuantifiers[p]?.some((q) => q !== 0)) {
      problems.push(`${where} has no capture; add @${REPORT_CAPTURE} to the node to report`);
    }
    predicates.push(mine);
  }
  if (problems.length > 0) {
    query.delete();
    return { problem: problems.join('; ') };
  }
  return { language: lang, grammar, query, predicates };
}

function describePattern(text: string, query: QueryType, pattern: number): string {
  const { line, column } = lineColumn(text, query.startIndexForPattern(pattern));
  return `pattern ${pattern + 1} (query line ${line}, column ${column})`;
}

function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * Compiles every query of a rule and returns every problem found (shape, compile errors, unsupported predicates),
 * each a full message naming the rule file and the language. Empty = the rule's queries are fine.
 */
export async function validateQueries(def: RuleDefinition, source: string): Promise<string[]> {
  let queries: Map<string, string>;
  try {
    queries = queriesOf(def, source);
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  }
  const problems: string[] = [];
  for (const [lang, text] of queries) {
    try {
      await compileQuery(lang, text, source);
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
    }
  }
  return problems;
}

/**
 * Runs a compiled query over a tree: web-tree-sitter's text predicates, then Warden's, then one range per match
 * (identical ranges once). Stops when the budget runs out, inside tree-sitter through its progress callback and
 * between matches here; `complete` then says false. Hits hold nodes of `tree`: use them before it is deleted.
 * `distinct: false` keeps every match, even several reporting the same range (each may capture other nodes).
 */
export function runQuery(cq: CompiledQuery, tree: Tree, budget: Budget, { distinct = true }: { distinct?: boolean } = {}): QueryRun {
  if (budget.expired()) return { hits: [], complete: false };
  let stopped = false;
  const matches = cq.query.matches(tree.rootNode, {
    // The typings say void, but web-tree-sitter hands the return value to the C query cursor: true cancels.
    progressCallback: () => (stopped = budget.expired()),
  });
  const hits: QueryHit[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < matches.length; i++) {
    if (i % 32 === 31 && budget.expired()) {
      stopped = true;
      break;
    }
    const m = matches[i]!;
    if (!passesWardenPredicates(cq, m)) continue;
    const node = reportedNode(m);
    if (!node) continue;
    const key = `${node.startIndex}:${node.endIndex}`;
    if (distinct && seen.has(key)) continue;
    seen.add(key);
    hits.push({ start: node.startIndex, end: node.endIndex, node, match: m });
  }
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  return { hits, complete: !stopped };
}

/** The `@secret` capture's range, without the quotes when it captured a whole string literal. */
function secretRange(m: QueryMatch, text: string): RawMatch['secret'] {
  const node = m.captures.find((c) => c.name === SECRET_CAPTURE)?.node;
  if (!node) return undefined;
  let start = node.startIndex;
  let end = node.endIndex;
  const q = text[start];
  if (end - start >= 2 && (q === '"' || q === "'" || q === '`') && text[end - 1] === q) {
    start++;
    end--;
  }
  return end > start ? { start, end } : undefined;
}

function reportedNode(m: QueryMatch): Node | undefined {
  // Captures come in pattern order, the outer node's capture before its children's, so [0] is the outermost.
  return (m.captures.find((c) => c.name === REPORT_CAPTURE) ?? m.captures[0])?.node;
}

function passesWardenPredicates(cq: CompiledQuery, m: QueryMatch): boolean {
  for (const { operator, capture } of cq.predicates[m.patternIndex] ?? []) {
    // Like #eq?, a quantified capture must hold for every node it captured: #literal? = all literal,
    // #not-literal? = its negation (at least one node is not a literal; false when nothing was captured).
    const allLiteral = m.captures.every((c) => c.name !== capture || isLiteralNode(c.node));
    if ((operator === 'literal?') !== allLiteral) return false;
  }
  return true;
}

/** Creates the `query` matcher of a rule. Throws RuleLoadError at once for a rule whose shape is wrong. */
export function createQueryMatcher(def: RuleDefinition, source: string): CompiledMatcher {
  const queries = queriesOf(def, source);
  return {
    kind: 'query',
    needsTree: true,
    interruptible: true,
    async match(ctx: MatchContext): Promise<RawMatch[]> {
      const lang = ctx.file.language;
      const text = lang === undefined ? undefined : queries.get(lang);
      if (lang === undefined || text === undefined) return [];
      if (ctx.budget.expired()) return [];
      const cq = await compileQuery(lang, text, source);
      const tree = await ctx.tree();
      // A tree from another grammar would give nonsense node ids to the query.
      if (!tree || !sameGrammar(tree.language, cq.grammar)) return [];
      return runQuery(cq, tree, ctx.budget).hits.map((h) => ({ start: h.start, end: h.end, secret: secretRange(h.match, ctx.file.text) }));
    },
    validate: () => validateQueries(def, source),
  };
}

export function sameGrammar(a: Language, b: Language): boolean {
  return a === b || (a.name === b.name && a.nodeTypeCount === b.nodeTypeCount && a.fieldCount === b.fieldCount);
}

// ---- constants ------------------------------------------------------------------------------------------------

// Node types, across the bundled grammars, that are a constant by themselves.
const CONSTANT_TYPES: ReadonlySet<string> = new Set([
  'number', 'integer', 'float', 'true', 'false', 'null', 'undefined', 'none', 'nil', 'boolean',
  'int_literal', 'float_literal', 'imaginary_literal', 'rune_literal', 'integer_literal', 'real_literal',
  'decimal_integer_literal', 'hex_integer_literal', 'hexadecimal_integer_literal', 'octal_integer_literal',
  'binary_integer_literal', 'decimal_floating_point_literal', 'hex_floating_point_literal', 'number_literal',
  'character_literal', 'char_literal', 'character', 'null_literal', 'boolean_literal', 'raw_string',
  'verbatim_string_literal', 'raw_string_literal', 'simple_symbol',
]);

// String nodes: constant when everything inside them is text (no interpolation, substitution or expansion).
const STRING_TYPES: ReadonlySet<string> = new Set([
  'string', 'template_string', 'string_literal', 'interpreted_string_literal', 'concatenated_string',
  'chained_string', 'encapsed_string', 'ansi_c_string', 'translated_string', 'heredoc', 'heredoc_body',
]);
const STRING_PART_TYPES: ReadonlySet<string> = new Set([
  'string_fragment', 'multiline_string_fragment', 'string_content', 'string_start', 'string_end',
  'escape_sequence', 'escape_interpolation', 'interpreted_string_literal_content', 'raw_string_literal_content',
  'string_literal_content', 'string_literal_encoding', 'character_literal_content', 'raw_string_start',
  'raw_string_end', 'raw_string_content', 'raw_string_delimiter', 'heredoc_start', 'heredoc_end',
  'heredoc_beginning', 'heredoc_content', 'html_character_reference', 'literal_suffix',
]);
// Expressions that are constant when all their operands are: "a" + "b", -1, ("x"); PHP wraps each argument.
const COMPOSITE_TYPES: ReadonlySet<string> = new Set([
  'binary_expression', 'binary_operator', 'unary_expression', 'unary_operator', 'parenthesized_expression',
  'negative_literal', 'concatenation', 'argument',
]);
// Type-level wrappers (TypeScript) whose first named child is the value: "x" as string, "x"!, "x" satisfies T.
const FIRST_CHILD_TYPES: ReadonlySet<string> = new Set(['as_expression', 'satisfies_expression', 'non_null_expression']);
// Beyond this many nodes an expression is not worth proving constant; not-literal is the cautious answer.
const MAX_LITERAL_NODES = 2000;

/**
 * True when the node is a constant: a string without substitutions, a number, true/false/null/undefined/None/nil,
 * or an operator expression (concatenation, unary minus, parentheses, TypeScript `as`) over only those.
 * Names are never constants here, even `const` ones: following them is the taint step's job.
 */
export function isLiteralNode(node: Node): boolean {
  // In shell, a bare word is literal text (`echo hello`), unlike an identifier in other languages.
  const shell = node.tree.language.name === 'bash';
  const stack: Array<{ node: Node; inString: boolean }> = [{ node, inString: false }];
  let visited = 0;
  while (stack.length > 0) {
    if (++visited > MAX_LITERAL_NODES) return false;
    const { node: n, inString } = stack.pop()!;
    const type = n.type;
    if (type === 'comment' || CONSTANT_TYPES.has(type) || (shell && type === 'word')) continue;
    if (inString && STRING_PART_TYPES.has(type)) continue;
    if (STRING_TYPES.has(type) || COMPOSITE_TYPES.has(type)) {
      const inner = STRING_TYPES.has(type) || inString;
      for (const child of n.namedChildren) stack.push({ node: child, inString: inner });
      continue;
    }
    if (FIRST_CHILD_TYPES.has(type)) {
      const first = n.firstNamedChild;
      if (!first) return false;
      stack.push({ node: first, inString });
      continue;
    }
    if (type === 'type_assertion') {
      // <string>"x": the value comes after the type arguments.
      const last = n.lastNamedChild;
      if (!last) return false;
      stack.push({ node: last, inString });
      continue;
    }
    return false;
  }
  return true;
}
