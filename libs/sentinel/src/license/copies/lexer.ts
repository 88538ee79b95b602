// A quick lexer that approximates the tree-sitter token stream (tokens.ts) straight from the text, without a
// parse: keywords and punctuation come from the grammar's own token list, identifiers, literals and comments
// from a few patterns per language family. It is a prefilter only. A file none of whose approximate k-grams is
// in any index cannot hold a copy worth reporting: a copy long enough to report spans several indexed
// fingerprints, and the quick tokens agree with the parser's on nearly every token (contextual keywords used
// as names, regex-or-division and the like are where they differ). Only files with a hit are parsed.
import type { Language } from 'web-tree-sitter';
import { hashToken, IDENTIFIER_TOKEN, LAYOUT, NUMBER_TOKEN, STRING_TOKEN } from './tokens.js';

/** Families the lexer knows the comments and strings of; others are always parsed. */
const COMMENTS: Record<string, { line: readonly string[]; block: boolean }> = {
  js: { line: ['//'], block: true },
  c: { line: ['//'], block: true },
  java: { line: ['//'], block: true },
  go: { line: ['//'], block: true },
  csharp: { line: ['//'], block: true },
  rust: { line: ['//'], block: true },
  python: { line: ['#'], block: false },
};

export function canLex(family: string): boolean {
  return family in COMMENTS;
}

/**
 * Words that are keywords wherever they stand. A grammar's other keyword tokens are contextual (TypeScript's
 * `object`, `type`, `from`; Python's `match`) and are names more often than not, except where a type is
 * expected: after `:`, `<`, `|`, `&` or `=>`.
 */
const RESERVED: Record<string, ReadonlySet<string>> = {
  js: new Set('break case catch class const continue debugger default delete do else export extends finally for function if import in instanceof new return switch throw try typeof var void while with yield let static await async enum implements interface package private protected public abstract declare readonly keyof infer is satisfies of get set as'.split(' ')),
  python: new Set('False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield print exec'.split(' ')),
};
const TYPE_CONTEXT = new Set([':', '<', '|', '&', '=>', 'extends', 'implements', 'keyof', 'as', 'is', 'satisfies']);
/** Named leaves the lexer meets as punctuation: JavaScript's `?.` is an `optional_chain` node. */
const ALIASES: Record<string, ReadonlyArray<[string, string]>> = { js: [['?.', 'optional_chain']] };

export interface Lexicon {
  family: string;
  words: Map<string, number>;
  /** Keywords that are names outside a type context (families with a RESERVED list only). */
  contextual: Set<string>;
  /** Punctuation tokens, longest first within each first character. */
  puncts: Map<string, Array<[string, number]>>;
}

/** What the lexer needs of a grammar: its keyword and punctuation tokens, and its word-like named leaves. */
export interface GrammarTokens {
  anonymous: string[];
  named: string[];
}

/** Named leaves whose text is their type (`this`, `null`; Python's `None` is a `none` node). */
const LITERAL_WORDS = new Set(['this', 'super', 'true', 'false', 'null', 'none', 'nil', 'undefined']);

/** The tokens of a loaded grammar, as an index stores them so scans need not load the grammar to lex. */
export function grammarTokens(language: Language): GrammarTokens {
  const anonymous: string[] = [];
  const named: string[] = [];
  for (let id = 0; id < language.nodeTypeCount; id++) {
    const type = language.types[id];
    if (!type) continue;
    if (!language.nodeTypeIsNamed(id)) anonymous.push(type);
    else if (LITERAL_WORDS.has(type)) named.push(type);
  }
  return { anonymous: [...new Set(anonymous)].sort(), named: [...new Set(named)].sort() };
}

export function buildLexicon(tokens: GrammarTokens, family: string): Lexicon {
  const lexicon: Lexicon = { family, words: new Map(), contextual: new Set(), puncts: new Map() };
  const reserved = RESERVED[family];
  for (const type of tokens.named) {
    lexicon.words.set(type, hashToken(type));
    lexicon.words.set(type[0]!.toUpperCase() + type.slice(1), hashToken(type));
  }
  for (const type of tokens.anonymous) {
    if (/^[A-Za-z_]\w*$/.test(type)) {
      lexicon.words.set(type, hashToken(type));
      if (reserved && !reserved.has(type)) lexicon.contextual.add(type);
    } else if (!LAYOUT.has(type) && !/\s/.test(type) && type.length <= 4) {
      addPunct(lexicon, type, hashToken(type));
    }
  }
  for (const [text, type] of ALIASES[family] ?? []) addPunct(lexicon, text, hashToken(type));
  for (const list of lexicon.puncts.values()) list.sort((a, b) => b[0].length - a[0].length);
  return lexicon;
}

function addPunct(lexicon: Lexicon, text: string, hash: number): void {
  const list = lexicon.puncts.get(text[0]!) ?? lexicon.puncts.set(text[0]!, []).get(text[0]!)!;
  if (!list.some(([t]) => t === text)) list.push([text, hash]);
}

const IDENT = hashToken(IDENTIFIER_TOKEN);
const STR = hashToken(STRING_TOKEN);
const NUM = hashToken(NUMBER_TOKEN);
const WORD = /#?[A-Za-z_$\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*/y;
const NUMBER = /(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?|\.\d[\d_]*(?:[eE][+-]?\d+)?)[A-Za-z]*/y;
const PY_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;
/** After these a `/` starts a regular expression in JavaScript, not a division. */
const REGEX_AFTER = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^', 'return', 'typeof', 'case', 'of', 'in', 'delete', 'void', 'throw', 'new', '=>', '&&', '||', '??', '==', '===', '!=', '!==']);

/** The approximate token hashes of `text`, in order. */
export function lexHashes(text: string, lexicon: Lexicon): Uint32Array {
  const family = lexicon.family;
  const comments = COMMENTS[family]!;
  const out: number[] = [];
  let previous = '';
  const n = text.length;
  let i = 0;
  const push = (h: number, token: string) => {
    out.push(h);
    previous = token;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    const ch = text[i]!;
    if (comments.line.some((m) => text.startsWith(m, i))) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (comments.block && ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (ch === '"' || ch === "'" || (ch === '`' && (family === 'js' || family === 'go'))) {
      i = skipString(text, i, family);
      push(STR, 'S');
      continue;
    }
    if (family === 'js' && ch === '/' && (previous === '' || REGEX_AFTER.has(previous))) {
      i = skipRegex(text, i);
      push(STR, 'S');
      continue;
    }
    NUMBER.lastIndex = i;
    if (c >= 48 && c <= 57 && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      push(NUM, 'N');
      continue;
    }
    WORD.lastIndex = i;
    if (WORD.test(text)) {
      const word = text.slice(i, WORD.lastIndex);
      i = WORD.lastIndex;
      if (family === 'python' && (text[i] === '"' || text[i] === "'") && PY_PREFIX.test(word)) {
        i = skipString(text, i, family);
        push(STR, 'S');
        continue;
      }
      const contextual = lexicon.contextual.has(word) && !TYPE_CONTEXT.has(previous);
      const keyword = previous === '.' || previous === '?.' || contextual ? undefined : lexicon.words.get(word);
      push(keyword ?? IDENT, keyword === undefined ? 'I' : word);
      continue;
    }
    if (LAYOUT.has(ch)) {
      i++;
      previous = ch;
      continue;
    }
    const candidates = lexicon.puncts.get(ch);
    const hit = candidates?.find(([p]) => text.startsWith(p, i));
    if (hit) {
      i += hit[0].length;
      push(hit[1], hit[0]);
    } else {
      i++;
      push(hashToken(ch), ch);
    }
  }
  return Uint32Array.from(out);
}

/** Past a string literal starting at `i` (Python triple quotes, JavaScript template substitutions included). */
function skipString(text: string, i: number, family: string): number {
  const quote = text[i]!;
  if (family === 'python' && text.startsWith(quote.repeat(3), i)) {
    const end = text.indexOf(quote.repeat(3), i + 3);
    return end === -1 ? text.length : end + 3;
  }
  let j = i + 1;
  let depth = 0;
  while (j < text.length) {
    const ch = text[j]!;
    if (ch === '\\') j += 2;
    else if (quote === '`' && family === 'js' && ch === '$' && text[j + 1] === '{') {
      depth++;
      j += 2;
    } else if (depth > 0 && ch === '}') {
      depth--;
      j++;
    } else if (depth > 0 && (ch === '"' || ch === "'" || ch === '`')) j = skipString(text, j, family);
    else if (depth === 0 && ch === quote) return j + 1;
    else if (depth === 0 && ch === '\n' && quote !== '`') return j;
    else j++;
  }
  return j;
}

function skipRegex(text: string, i: number): number {
  let j = i + 1;
  let inClass = false;
  while (j < text.length) {
    const ch = text[j]!;
    if (ch === '\\') j += 2;
    else if (ch === '[' || ch === ']') {
      inClass = ch === '[';
      j++;
    }
    else if (ch === '/' && !inClass) {
      j++;
      while (j < text.length && /[a-z]/i.test(text[j]!)) j++;
      return j;
    } else if (ch === '\n') return j;
    else j++;
  }
  return j;
}
