// JUnit XML for CI test-report views (GitLab merge requests, Jenkins, Azure Pipelines, the GitHub actions that turn
// JUnit into annotations).
//
// One <testsuite> per rule, not per file: those views list suites with their failure counts first, and "which kinds
// of problem, how many" is what a reader needs at that level; a scan touching hundreds of files would otherwise give
// hundreds of one-line suites that say nothing about the rule. Each rule that ran and found nothing is one passing
// test, so the totals read "120 rules checked, 2 failed". The location lives in each test case's name
// ("file:line:column") and in the `file` and `line` attributes that annotation tools read.
//
// Inside a rule's suite: a blocking finding is a <failure>; a finding that does not block (suppressed, below the
// fail-on threshold, or outside the change) is <skipped> with the reason, so it stays visible without failing.
// Error-level notices (a rule that crashed, git that could not be read) become <error> cases in a "scan" suite.
import type { Finding, Notice, ScanResult } from '../types.js';
import { atOrAbove } from '../types.js';
import type { ReportOptions } from './reporter.js';
import { isBlocking } from './summary.js';
import { TOOL_NAME } from './tool.js';

/** Whether a code point may appear in an XML 1.0 document at all (the spec's Char production). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * Escapes text for XML 1.0 content or a double-quoted attribute. Characters XML 1.0 forbids even as references
 * (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are written as visible `\uXXXX` text instead of being dropped,
 * so the reader still sees that something was there. In attributes, tab and line breaks are written as references
 * because a parser would otherwise normalise them to spaces.
 */
export function escapeXml(text: string, attribute = false): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isXmlChar(cp)) out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    else if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    // A literal CR in content would be read back as LF; a reference keeps it.
    else if (ch === '\r') out += '&#13;';
    else if (attribute && ch === '\n') out += '&#10;';
    else if (attribute && ch === '\t') out += '&#9;';
    else out += ch;
  }
  return out;
}

type Attrs = Record<string, string | number | undefined>;

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v), true)}"`)
    .join('');
}

interface Case {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  outcome?: { element: 'failure' | 'error' | 'skipped'; message: string; type?: string; body?: string };
}

interface Suite {
  name: string;
  cases: Case[];
}

function findingBody(f: Finding): string {
  const lines = [`${f.severity} ${f.ruleId} at ${f.file}:${f.start.line}:${f.start.column}`, f.message];
  if (f.secret) lines.push(`secret: ${f.secret.redacted}`);
  for (const line of f.snippet.split(/\r?\n/)) if (line.trim() !== '') lines.push(`  | ${line}`);
  if (f.fix) lines.push(`fix: ${f.fix}`);
  if (f.cwe.length > 0) lines.push(`cwe: ${f.cwe.map((n) => `CWE-${n}`).join(', ')}`);
  lines.push(`fingerprint: ${f.fingerprint}`);
  return lines.join('\n');
}

function whyNotBlocking(f: Finding, options: ReportOptions): string {
  if (f.suppressed) return `suppressed (${f.suppressed.kind})${f.suppressed.reason ? `: ${f.suppressed.reason}` : ''}`;
  if (f.inChange === false) return 'outside the change (context)';
  if (!atOrAbove(f.severity, options.failOn)) return `${f.severity} is below the fail-on threshold (${options.failOn})`;
  return 'not blocking';
}

function findingCase(f: Finding, options: ReportOptions): Case {
  const base = {
    name: `${f.file}:${f.start.line}:${f.start.column}`,
    classname: f.ruleId,
    file: f.file,
    line: f.start.line,
  };
  const message = f.secret ? `${f.message} (${f.secret.redacted})` : f.message;
  if (isBlocking(f, options.failOn)) {
    return { ...base, outcome: { element: 'failure', message, type: f.severity, body: findingBody(f) } };
  }
  return { ...base, outcome: { element: 'skipped', message: `${message}: ${whyNotBlocking(f, options)}` } };
}

function noticeCase(n: Notice): Case {
  const where = n.file !== undefined ? ` ${n.file}${n.line !== undefined ? `:${n.line}` : ''}` : '';
  return {
    name: `${n.code}${where}`,
    classname: 'scan',
    file: n.file,
    line: n.line,
    outcome: { element: 'error', message: n.message, type: n.code },
  };
}

function suites(result: ScanResult, options: ReportOptions): Suite[] {
  const byRule = new Map<string, Case[]>();
  for (const rule of result.rules) byRule.set(rule.id, []);
  for (const f of result.findings) {
    const cases = byRule.get(f.ruleId) ?? [];
    cases.push(findingCase(f, options));
    byRule.set(f.ruleId, cases);
  }
  const out: Suite[] = [];
  for (const [ruleId, cases] of byRule) {
    out.push({ name: ruleId, cases: cases.length > 0 ? cases : [{ name: 'no findings', classname: ruleId }] });
  }
  const errors = result.notices.filter((n) => n.level === 'error');
  if (errors.length > 0) out.push({ name: 'scan', cases: errors.map(noticeCase) });
  return out;
}

function count(cases: Case[], element: 'failure' | 'error' | 'skipped'): number {
  return cases.filter((c) => c.outcome?.element === element).length;
}

function caseXml(c: Case): string[] {
  const open = `    <testcase${attrs({ name: c.name, classname: c.classname, file: c.file, line: c.line })}`;
  if (!c.outcome) return [`${open}/>`];
  const { element, message, type, body } = c.outcome;
  const head = `<${element}${attrs({ message, type })}`;
  const inner = body !== undefined ? `      ${head}>${escapeXml(body)}</${element}>` : `      ${head}/>`;
  return [`${open}>`, inner, '    </testcase>'];
}

export function renderJunit(result: ScanResult, options: ReportOptions): string {
  const all = suites(result, options);
  const cases = all.flatMap((s) => s.cases);
  const totals = (list: Case[]): Attrs => ({
    tests: list.length,
    failures: count(list, 'failure'),
    errors: count(list, 'error'),
    skipped: count(list, 'skipped'),
  });
  const root = attrs({
    name: `${TOOL_NAME} ${options.toolVersion}`,
    ...totals(cases),
    time: (result.stats.durationMs / 1000).toFixed(3),
  });
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${root}>`];
  for (const suite of all) {
    lines.push(`  <testsuite${attrs({ name: suite.name, ...totals(suite.cases) })}>`);
    for (const c of suite.cases) lines.push(...caseXml(c));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
