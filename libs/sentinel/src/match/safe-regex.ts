// Rule regexes run on untrusted text, so a rule must not be able to hang a scan. Each pattern is classed once,
// at load, by its structure:
//   bounded   no nested repeats, no ambiguous alternation under a repeat, no backreferences: at worst
//             polynomial on pathological input, and the per-file budget is checked between matches;
//   unbounded can backtrack exponentially. Allowed, but the engine then runs the scan in workers that a
//             watchdog stops when a file blows the time budget, so the file is reported as not fully scanned
//             instead of hanging the run.
// V8's own guard (falling back to its linear-time engine after excessive backtracking) is switched on as well,
// but it is not relied on: which patterns it covers differs between V8 versions (Node 24 accepts lookbehind in
// the linear engine yet still hangs on some). `ignoreCase` is compiled to [aA] classes rather than the `i`
// flag, which that engine lacks.
import { createRequire } from 'node:module';
import type { Node as RegexNode } from '@eslint-community/regexpp/ast';
import v8 from 'node:v8';

type Regexpp = typeof import('@eslint-community/regexpp');
let regexpp: Regexpp | undefined;
/** The regex parser loads only for patterns whose class the build did not record (user rules, edited rules). */
function parser(): Regexpp {
  return (regexpp ??= createRequire(import.meta.url)('@eslint-community/regexpp') as Regexpp);
}

const knownRisks = new Map<string, RegexRisk>();
const riskKey = (source: string, flags: string) => `${flags}\u0000${source}`;

/** Records classes computed at build time (the prevalidated rule index), so loading skips the analysis. */
export function primeRegexRisks(entries: Record<string, RegexRisk>): void {
  for (const [key, risk] of Object.entries(entries)) knownRisks.set(key, risk);
}

/** Every class known to this thread, to prime a worker with (so it skips the analysis too). */
export function knownRegexRisks(): Record<string, RegexRisk> {
  return Object.fromEntries(knownRisks);
}

/** The key under which a pattern's class is stored in the rule index. */
export function regexRiskKey(source: string, flags: string): string {
  return riskKey(source, flags);
}

let flagsSet = false;

/** Enables the linear-engine fallback for this thread. Semantics of every regex are unchanged. */
export function enableLinearFallback(): void {
  if (flagsSet) return;
  v8.setFlagsFromString('--enable-experimental-regexp-engine');
  v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  flagsSet = true;
}

export type RegexRisk = 'bounded' | 'unbounded';

/** Classes a pattern as above. Throws when the pattern does not parse. */
export function regexRisk(source: string, flags: string): RegexRisk {
  const cached = knownRisks.get(riskKey(source, flags));
  if (cached) return cached;
  const risk = analyseRisk(source, flags);
  knownRisks.set(riskKey(source, flags), risk);
  return risk;
}

function analyseRisk(source: string, flags: string): RegexRisk {
  const { RegExpParser, visitRegExpAST } = parser();
  const ast = new RegExpParser().parsePattern(source, 0, source.length, { unicode: flags.includes('u') });
  let unbounded = false;
  const repeats = (n: { max: number }) => n.max > 1;
  const containsRepeat = (node: RegexNode): boolean => {
    let found = false;
    visitRegExpAST(node as Parameters<typeof visitRegExpAST>[0], {
      onQuantifierEnter(q) {
        if (q !== node && repeats(q)) found = true;
      },
    });
    return found;
  };
  // An alternative that can match more than one character: under a repeat, (a|aa)+ can split a run of a's
  // in exponentially many ways, just as (a+)+ can.
  const ambiguous = (alternatives: Array<{ elements: RegexNode[] }>) =>
    alternatives.length > 1 && alternatives.some((alt) => !(alt.elements.length === 1 && isSingleChar(alt.elements[0]!)));
  const containsAmbiguousChoice = (node: RegexNode): boolean => {
    let found = false;
    visitRegExpAST(node as Parameters<typeof visitRegExpAST>[0], {
      onGroupEnter(g) {
        if (ambiguous(g.alternatives)) found = true;
      },
      onCapturingGroupEnter(g) {
        if (ambiguous(g.alternatives)) found = true;
      },
    });
    return found;
  };
  visitRegExpAST(ast, {
    onBackreferenceEnter() {
      unbounded = true;
    },
    onQuantifierEnter(q) {
      // (a+)+, (\w+\s?)*, (x{2,}){3,}: the inner repeat can split the input in exponentially many ways.
      if (repeats(q) && (q.max === Infinity || q.max > 16) && (containsRepeat(q) || containsAmbiguousChoice(q))) {
        unbounded = true;
      }
    },
  });
  return unbounded ? 'unbounded' : 'bounded';
}

function isSingleChar(node: RegexNode): boolean {
  return node.type === 'Character' || node.type === 'CharacterClass' || node.type === 'CharacterSet';
}

const isAsciiLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const otherCase = (c: string): string => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());

/**
 * Rewrites a pattern so it matches ASCII letters in either case without the `i` flag: `ab` → `[aA][bB]`,
 * `[a-f]` → `[a-fA-F]`. Escapes (\d, \x41, \u{..}, \p{..}, \k<name>), group names and quantifier braces are
 * left alone. Non-ASCII letters keep their case (the rules we ship are ASCII).
 */
export function foldCase(source: string): string {
  let out = '';
  let i = 0;
  let inClass = false;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const esc = readEscape(source, i);
      out += esc;
      i += esc.length;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        out += c;
        i++;
        continue;
      }
      // A range a-z inside a class: add the other-case range too.
      const next = source[i + 1];
      const end = source[i + 2];
      if (next === '-' && end !== undefined && end !== ']' && end !== '\\') {
        out += c + '-' + end;
        if (isAsciiLetter(c) && isAsciiLetter(end) && (c <= 'Z') === (end <= 'Z')) {
          out += otherCase(c) + '-' + otherCase(end);
        }
        i += 3;
        continue;
      }
      out += isAsciiLetter(c) ? c + otherCase(c) : c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      i++;
      if (source[i] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      // Group syntax: (?: (?= (?! (?<= (?<! (?<name>
      const m = /^\(\?(?:<[A-Za-z_$][\w$]*>|<=|<!|[:=!])/.exec(source.slice(i));
      if (m) {
        out += m[0];
        i += m[0].length;
        continue;
      }
    }
    if (c === '{') {
      const m = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
      if (m) {
        out += m[0];
        i += m[0].length;
        continue;
      }
    }
    out += isAsciiLetter(c) ? `[${c}${otherCase(c)}]` : c;
    i++;
  }
  return out;
}

function readEscape(source: string, i: number): string {
  const next = source[i + 1];
  if (next === undefined) return '\\';
  const rest = source.slice(i);
  const m =
    /^\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|[pP]\{[^}]*\}|k<[^>]*>|c[A-Za-z]|0|[1-9]\d*)/.exec(rest);
  return m ? m[0] : '\\' + next;
}
