// The token stream that copy detection compares: the leaves of a tree-sitter parse with comments, semicolons and
// commas dropped,
// identifiers all one token and literals one token per kind (string, number). Renaming a variable, reformatting,
// re-wrapping lines or rewriting comments therefore changes nothing; the code's shape is what is compared.
import type { Language, Tree } from 'web-tree-sitter';

export interface TokenStream {
  /** One 32-bit hash per token. */
  hashes: Uint32Array;
  /** Each token's first and last character (UTF-16 offsets into the text, end exclusive). */
  starts: Uint32Array;
  ends: Uint32Array;
  length: number;
}

/**
 * Grammars whose token streams are compared with each other: code copied from JavaScript into TypeScript is the
 * same copy. Other languages are their own family.
 */
export function languageFamily(language: string): string {
  if (language === 'javascript' || language === 'typescript' || language === 'tsx') return 'js';
  if (language === 'c' || language === 'cpp') return 'c';
  return language;
}

// Literal node types across the grammars (JS/TS, Python, Go, Java, C/C++, C#, Rust, Ruby, PHP, shell): a literal
// is one token, whatever its text or inner structure (a template string's substitutions included).
const NUMBER = new Set(['number', 'integer', 'float', 'number_literal', 'int_literal', 'integer_literal', 'float_literal', 'real_literal', 'imaginary_literal', 'decimal_integer_literal', 'hex_integer_literal', 'octal_integer_literal', 'binary_integer_literal', 'decimal_floating_point_literal', 'hex_floating_point_literal']);
const STRING = new Set(['string', 'template_string', 'raw_string', 'string_literal', 'raw_string_literal', 'interpreted_string_literal', 'char_literal', 'character_literal', 'rune_literal', 'concatenated_string', 'encapsed_string', 'heredoc', 'nowdoc', 'regex', 'text_block', 'verbatim_string_literal', 'interpolated_string_expression', 'simple_symbol', 'delimited_symbol', 'chained_string']);
const IDENTIFIER = /identifier|^(name|variable_name|constant|instance_variable|class_variable|global_variable|word)$/;

/**
 * Separators and terminators that formatters add and remove without changing the code: semicolons (optional in
 * JavaScript, Python and shell; the JavaScript grammar makes none for an inserted one) and commas (trailing
 * commas). Dropping them keeps `a = 1; b = 2` and the same code on two lines one token stream.
 */
export const LAYOUT: ReadonlySet<string> = new Set([';', ',']);

export const IDENTIFIER_TOKEN = 'I';
export const STRING_TOKEN = 'S';
export const NUMBER_TOKEN = 'N';

export function hashToken(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// What each node type of a grammar is, by type id: worked out once per grammar, so the walk reads one number
// per node instead of asking WASM for the node's type name and whether it is named.
const SKIP = 0;
const ATOM = 1; // a literal: one token for the whole subtree
const NAME = 2; // an identifier when it is a leaf
const OTHER = 3; // descend; as a leaf, a token of its own type
interface TypeTable {
  kind: Uint8Array;
  hash: Uint32Array;
}
const tables = new WeakMap<Language, TypeTable>();

function typeTable(language: Language): TypeTable {
  let table = tables.get(language);
  if (table) return table;
  const count = language.nodeTypeCount;
  table = { kind: new Uint8Array(count + 1), hash: new Uint32Array(count + 1) };
  for (let id = 0; id <= count; id++) {
    const type = language.types[id] ?? 'ERROR';
    const named = id < count && language.nodeTypeIsNamed(id);
    let kind = OTHER;
    let token = type;
    if (type.includes('comment') || (!named && LAYOUT.has(type))) kind = SKIP;
    else if (named && NUMBER.has(type)) [kind, token] = [ATOM, NUMBER_TOKEN];
    else if (named && STRING.has(type)) [kind, token] = [ATOM, STRING_TOKEN];
    else if (named && IDENTIFIER.test(type)) [kind, token] = [NAME, IDENTIFIER_TOKEN];
    table.kind[id] = kind;
    table.hash[id] = hashToken(token);
  }
  tables.set(language, table);
  return table;
}

/**
 * The normalised tokens of a parsed file, in text order. Zero-width (MISSING) nodes are left out. A cursor
 * walk, reading as little per node as it can: every cursor read is a crossing into WASM.
 */
export function tokenize(tree: Tree): TokenStream {
  const { kind, hash } = typeTable(tree.language);
  let capacity = 1024;
  let hashes = new Uint32Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let n = 0;
  const cursor = tree.walk();
  const push = (h: number) => {
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    if (start === end) return;
    if (n === capacity) {
      capacity *= 2;
      hashes = grow(hashes, capacity);
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
    }
    hashes[n] = h;
    starts[n] = start;
    ends[n] = end;
    n++;
  };
  try {
    for (;;) {
      const id = cursor.nodeTypeId;
      const k = kind[id] ?? OTHER;
      if (k === ATOM) push(hash[id]!);
      else if (k !== SKIP) {
        // Identifiers and everything else: descend where there are children (a scoped_identifier has some).
        if (cursor.gotoFirstChild()) continue;
        push(hash[id]!);
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return { hashes, starts, ends, length: n };
      }
    }
  } finally {
    cursor.delete();
  }
}

/** Each token's 0-based line: for building an index, which records where its fingerprints are. */
export function tokenLines(stream: TokenStream, text: string): Uint32Array {
  const lines = new Uint32Array(stream.length);
  let line = 0;
  let at = 0;
  for (let i = 0; i < stream.length; i++) {
    const start = stream.starts[i]!;
    for (; at < start; at++) if (text.charCodeAt(at) === 10) line++;
    lines[i] = line;
  }
  return lines;
}

function grow(array: Uint32Array, capacity: number): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(capacity);
  bigger.set(array);
  return bigger;
}
