// The report for a pull-request comment (GitHub-flavoured Markdown): a verdict line, counts by severity, the
// findings most severe first, and notices and skips folded away. File names and messages can come from the scanned
// change, so every cell is escaped: no table breakage, no HTML, no links, no @-mentions smuggled in.
import type { Finding, Notice, ScanResult, Severity, SkippedFile } from '../types.js';
import { severityRank } from '../types.js';
import { visibleControls } from './escape.js';
import type { ReportOptions } from './reporter.js';
import {
  SEVERITIES_DESC,
  formatDuration,
  isBlocking,
  plural,
  severityBreakdown,
  skipBreakdown,
  summarize,
} from './summary.js';
import type { ReportSummary } from './summary.js';
import { TOOL_NAME } from './tool.js';

/** Rows shown per table; a PR comment has a size limit (65 536 characters on GitHub) and people stop reading. */
export const MARKDOWN_MAX_ROWS = 100;

/** Longest cell text kept; longer values end in "…". */
const MAX_CELL = 300;

function truncate(text: string, max = MAX_CELL): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  // Never split a surrogate pair: half an emoji is not valid text.
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/**
 * Characters backslash-escaped in plain text: emphasis, code, links and images ('[' is enough to stop both), table
 * pipes, strikethrough, a heading's closing '#', and ':' and '.' so no "https://" or "www." autolink forms.
 * Characters that only matter at the start of a line ('-', '+', '>') cannot occur there in a cell or a heading.
 */
const MARKDOWN_SPECIAL = '\\`*_[]|~#:.';

/**
 * Plain text in Markdown. '<', '>' and '&' become entities so no HTML survives; '@' and '#' are followed by an
 * invisible word joiner (U+2060) so a value cannot mention (notify) a GitHub user or team or cross-reference an
 * issue. Newlines and control characters become visible escapes first, so a value cannot end a table row.
 */
export function escapeMarkdownText(text: string): string {
  let out = '';
  for (const ch of truncate(visibleControls(text))) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '@') out += '@\u2060';
    else if (ch === '#') out += '\\#\u2060';
    else if (MARKDOWN_SPECIAL.includes(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/**
 * A code span that holds any text: the fence is one backtick longer than the longest run inside, padded with
 * spaces when the text starts or ends with a backtick. Inside a table, '|' still splits cells (GFM looks for
 * pipes before it looks for code spans) and must be written '\|'; GFM turns it back into '|' within the span.
 */
export function codeSpan(text: string): string {
  const value = truncate(visibleControls(text)).replace(/\|/g, '\\|');
  let longest = 0;
  let run = 0;
  for (const ch of value) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function location(file: string, line?: number): string {
  return codeSpan(line !== undefined ? `${file}:${line}` : file);
}

function findingRow(f: Finding): string {
  let message = escapeMarkdownText(f.message);
  if (f.secret) message += ` ${codeSpan(f.secret.redacted)}`;
  const notes: string[] = [];
  if (f.inChange === false) notes.push('context: outside the change');
  if (f.suppressed) {
    notes.push(`suppressed (${f.suppressed.kind})${f.suppressed.reason ? `: ${f.suppressed.reason}` : ''}`);
  }
  if (notes.length > 0) message += ` _(${escapeMarkdownText(notes.join('; '))})_`;
  return row([f.severity, codeSpan(f.ruleId), location(f.file, f.start.line), message]);
}

/** Up to MARKDOWN_MAX_ROWS rendered rows, then a line saying how many were left out. */
function capped<T>(items: readonly T[], render: (item: T) => string, noun: string, tail = '.'): string[] {
  const lines = items.slice(0, MARKDOWN_MAX_ROWS).map(render);
  const rest = items.length - MARKDOWN_MAX_ROWS;
  if (rest > 0) lines.push('', `…and ${plural(rest, `more ${noun}`)}${tail}`);
  return lines;
}

function findingsTable(findings: readonly Finding[]): string[] {
  return [
    row(['Severity', 'Rule', 'Location', 'Message']),
    row(['---', '---', '---', '---']),
    ...capped(findings, findingRow, 'finding', ' (see the full report).'),
  ];
}

/** A folded section; the blank lines around the body let GitHub render the Markdown inside the HTML block. */
function details(summary: string, body: string[]): string[] {
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

function verdict(result: ScanResult, sum: ReportSummary, failOn: Severity): string[] {
  if (sum.findings === 0) {
    return [sum.suppressed > 0 ? `✅ **No findings** (${sum.suppressed} suppressed).` : '✅ **No findings.**', ''];
  }
  const head =
    sum.blocking > 0
      ? `❌ **${plural(sum.blocking, 'blocking finding')}** (at or above \`${failOn}\`)`
      : `⚠️ **No blocking findings** (none at or above \`${failOn}\`)`;
  const breakdown = severityBreakdown(sum.bySeverity);
  const counts = `${plural(sum.findings, 'finding')} (${breakdown}) in ${plural(sum.files, 'file')}`;
  const suppressed = sum.suppressed > 0 ? `, ${sum.suppressed} suppressed` : '';
  const bySeverity = SEVERITIES_DESC.map((s) => row([s, String(sum.bySeverity[s])]));
  // Most severe first (blocking before context within a severity), so the rows that survive the cap are the ones
  // that matter; the engine's order otherwise.
  const weight = (f: Finding) => severityRank(f.severity) * 2 + Number(isBlocking(f, failOn));
  const visible = result.findings
    .filter((f) => !f.suppressed)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => weight(b.f) - weight(a.f) || a.i - b.i)
    .map(({ f }) => f);
  return [
    `${head}: ${counts}${suppressed}.`,
    '',
    row(['Severity', 'Findings']),
    row(['---', '--:']),
    ...bySeverity,
    '',
    ...findingsTable(visible),
    '',
  ];
}

function noticesSection(notices: readonly Notice[]): string[] {
  if (notices.length === 0) return [];
  const noticeRow = (n: Notice) => {
    const where = n.file !== undefined ? location(n.file, n.line) : '';
    return row([n.level, codeSpan(n.code), where, escapeMarkdownText(n.message)]);
  };
  return details(`Notices (${notices.length})`, [
    row(['Level', 'Code', 'Location', 'Message']),
    row(['---', '---', '---', '---']),
    ...capped(notices, noticeRow, 'notice'),
  ]);
}

function filesSection(result: ScanResult, sum: ReportSummary): string[] {
  const incomplete = result.incomplete;
  if (sum.skippedTotal === 0 && incomplete.length === 0) return [];
  const body: string[] = [];
  const title: string[] = [];
  if (sum.skippedTotal > 0) {
    title.push(`${sum.skippedTotal} skipped`);
    body.push(`${plural(sum.skippedTotal, 'file')} skipped: ${skipBreakdown(sum.skipped)}.`);
  }
  if (result.skipped.length > 0) {
    const skipRow = (s: SkippedFile) =>
      row([location(s.file), s.detail ? `${s.reason} (${escapeMarkdownText(s.detail)})` : s.reason]);
    body.push('', row(['File', 'Reason']), row(['---', '---']), ...capped(result.skipped, skipRow, 'file'));
  }
  if (incomplete.length > 0) {
    title.push(`${incomplete.length} incomplete`);
    const shown = incomplete.slice(0, MARKDOWN_MAX_ROWS).map((f) => location(f));
    const rest = incomplete.length > MARKDOWN_MAX_ROWS ? ` and ${incomplete.length - MARKDOWN_MAX_ROWS} more` : '';
    body.push('', `Not fully scanned: ${shown.join(', ')}${rest}`);
  }
  return details(`Files not scanned (${title.join(', ')})`, body);
}

export function renderMarkdown(result: ScanResult, options: ReportOptions): string {
  const sum = summarize(result, options.failOn);
  const suppressed = result.findings.filter((f) => f.suppressed);
  const tool = escapeMarkdownText(`${TOOL_NAME} ${options.toolVersion}`);
  const scanned = `${plural(result.stats.filesScanned, 'file')} scanned`;
  const out = [
    `## ${escapeMarkdownText(options.title ?? TOOL_NAME)}`,
    '',
    ...verdict(result, sum, options.failOn),
    ...(options.verbose && suppressed.length > 0
      ? details(`Suppressed findings (${suppressed.length})`, findingsTable(suppressed))
      : []),
    ...noticesSection(result.notices),
    ...filesSection(result, sum),
    `<sub>${tool} · ${scanned} · ${formatDuration(result.stats.durationMs)}</sub>`,
  ];
  return `${out.join('\n')}\n`;
}
