// Inline suppressions: `warden-ignore: <rule-id>[, <rule-id>…] -- <reason>` in a comment.
//
// The comment may use any common style: // # /* */ <!-- --> -- ; (and a " * " continuation line inside a block
// comment). It covers findings that start on its own line and, when the comment stands alone on its line, the
// line below; a run of stand-alone directives stacked above one line all cover that line. Rule ids are exact or
// a prefix ending in "*" ("secret.*"); a bare "*" is refused, since a suppression must name what it silences.
// The reason is required. A malformed directive is reported and suppresses nothing; one that matches no
// finding is reported as unused, so stale suppressions do not pile up.
//
// Recognition is lexical, not syntactic: "// warden-ignore: …" inside a string literal also counts. That is
// the price of one cheap pass that works for every language, grammar or not.
import { isRulePattern, matchesRule } from '../config/rule-pattern.js';
import type { Finding, Notice } from '../types.js';

export const DIRECTIVE_MARKER = 'warden-ignore';

const SYNTAX = `"${DIRECTIVE_MARKER}: <rule-id> -- <reason>"`;

export interface Directive {
  /** 1-based line of the comment. */
  line: number;
  /** The comment is alone on its line, so it also covers the line below (or the line below its stack). */
  standalone: boolean;
  /** Rule ids or "prefix*" patterns, as written. */
  ruleIds: string[];
  reason: string;
  /** Why the directive is malformed; such a directive is reported and suppresses nothing. */
  problem?: string;
}

// Comment openers, anchored at the end of the text before the marker (whitespace between is fine).
const OPENER = /(\/\/+|#+|\/\*+|<!--|--|;+)[ \t]*$/;
// A continuation line of a block comment: only "*" before the marker.
const CONTINUATION = /^[ \t]*\*+[ \t]*$/;
const SEPARATOR = /(?:^|\s)--(?=\s|$)/;

// How far around a marker a directive is read. Bounded so a huge one-line file full of markers stays linear.
const LOOK_BEHIND = 256;
const LOOK_AHEAD = 4096;

/** Finds every directive in a file. Cheap on the common case: one indexOf for files that have none. */
export function parseDirectives(text: string): Directive[] {
  let at = text.indexOf(DIRECTIVE_MARKER);
  if (at === -1) return [];
  const out: Directive[] = [];
  // The line holding `at`, advanced incrementally so every character is scanned a bounded number of times.
  let line = 1;
  let lineStart = 0;
  let lineEnd = -1;
  while (at !== -1) {
    if (at >= lineEnd) {
      for (let i = text.indexOf('\n', lineStart); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
      }
      lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = text.length;
    }
    const directive = parseAt(text, at, lineStart, lineEnd, line);
    if (directive) {
      out.push(directive);
      // One directive per line: a second marker on it is part of the first one's reason.
      at = text.indexOf(DIRECTIVE_MARKER, lineEnd);
    } else {
      at = text.indexOf(DIRECTIVE_MARKER, at + DIRECTIVE_MARKER.length);
    }
  }
  return out;
}

function parseAt(text: string, at: number, lineStart: number, lineEnd: number, line: number): Directive | undefined {
  const from = Math.max(lineStart, at - LOOK_BEHIND);
  const clipped = from > lineStart; // the line has a lot before the marker: certainly not a comment alone
  const before = text.slice(from, at);
  // "my-warden-ignore" or "warden-ignores" are other words.
  if (/[\w-]$/.test(before)) return undefined;
  const afterStart = at + DIRECTIVE_MARKER.length;
  const after = text.slice(afterStart, Math.min(lineEnd, afterStart + LOOK_AHEAD)).replace(/\r$/, '');
  const colon = /^[ \t]*:/.exec(after);
  // Without the colon it is prose mentioning the directive, not a directive.
  if (!colon) return undefined;

  let opener: string;
  let lead: string; // what precedes the comment opener on the line
  const open = OPENER.exec(before);
  if (open) {
    opener = open[1]!;
    lead = clipped ? '…' : before.slice(0, open.index);
  } else if (!clipped && CONTINUATION.test(before)) {
    opener = '*';
    lead = '';
  } else {
    return undefined;
  }

  let body = after.slice(colon[0].length);
  let trailing = '';
  const closer = opener.startsWith('/*') || opener === '*' ? '*/' : opener === '<!--' ? '-->' : undefined;
  if (closer) {
    const end = body.indexOf(closer);
    if (end !== -1) {
      trailing = body.slice(end + closer.length);
      body = body.slice(0, end);
    }
  }
  const standalone = lead.trim() === '' && trailing.trim() === '';

  const sep = SEPARATOR.exec(body);
  const idsText = sep ? body.slice(0, sep.index) : body;
  const reason = sep ? body.slice(sep.index + sep[0].length).trim() : '';
  const ruleIds = idsText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const directive: Directive = { line, standalone, ruleIds, reason };
  const problem = problemOf(ruleIds, sep !== null, reason);
  if (problem) directive.problem = problem;
  return directive;
}

function problemOf(ruleIds: string[], hasSeparator: boolean, reason: string): string | undefined {
  if (ruleIds.length === 0) return 'it names no rule';
  for (const id of ruleIds) {
    if (/^\*+$/.test(id)) return 'a bare "*" would silence every rule; name the rule or its family, e.g. "secret.*"';
    if (!isRulePattern(id)) return `"${id}" is not a rule id or a prefix ending in "*"`;
  }
  if (!hasSeparator) return 'it gives no reason; add " -- <why this is safe>"';
  if (reason === '') return 'the reason after "--" is empty';
  return undefined;
}

export interface InlineOptions {
  /**
   * Ids of the rules that ran on the file. A directive naming only rules that did not run (another category,
   * a rule not selected) cannot have matched anything, so it is not reported as unused. Default: report all.
   */
  activeRules?: ReadonlySet<string>;
}

/**
 * Marks the findings of one file that a directive covers as suppressed ({ kind: 'inline', reason }) and returns
 * notices for malformed directives ('bad-suppression', warning) and ones that matched nothing
 * ('unused-suppression', note). Findings already suppressed keep their suppression but still count as matched.
 */
export function applyInlineSuppressions(
  findings: Finding[],
  directives: Directive[],
  file: string,
  options: InlineOptions = {},
): Notice[] {
  const notices: Notice[] = [];
  const valid: Directive[] = [];
  for (const d of directives) {
    if (d.problem) {
      notices.push({
        level: 'warning',
        code: 'bad-suppression',
        file,
        line: d.line,
        message: `${DIRECTIVE_MARKER} suppresses nothing: ${d.problem} (the form is ${SYNTAX})`,
      });
    } else {
      valid.push(d);
    }
  }
  if (valid.length === 0) return notices;

  const byLine = coverage(valid);
  const used = new Map<Directive, Set<string>>();
  for (const f of findings) {
    for (const d of byLine.get(f.start.line) ?? []) {
      const hit = d.ruleIds.find((p) => matchesRule(p, f.ruleId));
      if (hit === undefined) continue;
      let set = used.get(d);
      if (!set) used.set(d, (set = new Set()));
      set.add(hit);
      f.suppressed ??= { kind: 'inline', reason: d.reason };
    }
  }

  for (const d of valid) {
    const hit = used.get(d);
    const unused = d.ruleIds.filter((p) => !hit?.has(p) && couldHaveRun(p, options.activeRules));
    if (unused.length === 0) continue;
    const names = unused.map((p) => `"${p}"`).join(', ');
    const where = d.standalone ? `line ${d.line} or the line below` : `line ${d.line}`;
    notices.push({
      level: 'note',
      code: 'unused-suppression',
      file,
      line: d.line,
      message: `unused ${DIRECTIVE_MARKER}: no ${names} finding on ${where}; remove it or fix the rule id`,
    });
  }
  return notices;
}

function couldHaveRun(pattern: string, active: ReadonlySet<string> | undefined): boolean {
  if (!active) return true;
  for (const id of active) if (matchesRule(pattern, id)) return true;
  return false;
}

/** Line → directives covering it. */
function coverage(directives: Directive[]): Map<number, Directive[]> {
  const standaloneLines = new Set(directives.filter((d) => d.standalone).map((d) => d.line));
  const byLine = new Map<number, Directive[]>();
  const add = (line: number, d: Directive) => {
    const list = byLine.get(line);
    if (list) list.push(d);
    else byLine.set(line, [d]);
  };
  for (const d of directives) {
    add(d.line, d);
    if (!d.standalone) continue;
    // Skip down over stacked stand-alone directives to the line they all describe.
    let target = d.line + 1;
    while (standaloneLines.has(target)) target++;
    add(target, d);
  }
  return byLine;
}
