// The report for people at a terminal: findings grouped by file, each with its snippet and fix hint, then
// notices, then one summary line. Everything that came from the scanned files goes through visibleControls, so a
// hostile file name or snippet cannot drive the terminal.
import type { Finding, Notice, ScanResult, Severity } from '../types.js';
import { visibleControls } from './escape.js';
import type { ReportOptions } from './reporter.js';
import {
  formatDuration,
  groupByFile,
  plural,
  severityBreakdown,
  skipBreakdown,
  summarize,
} from './summary.js';

// SGR codes by hand; each style is closed with its own "off" code rather than a full reset, so a coloured word
// inside a dimmed line stays dimmed after it.
const STYLES = {
  bold: ['1', '22'],
  dim: ['2', '22'],
  underline: ['4', '24'],
  red: ['31', '39'],
  yellow: ['33', '39'],
  blue: ['34', '39'],
  magenta: ['35', '39'],
  cyan: ['36', '39'],
  gray: ['90', '39'],
  green: ['32', '39'],
} as const;
type Style = keyof typeof STYLES;

type Paint = (style: Style | Style[], text: string) => string;

function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text;
  return (style, text) => {
    const styles = Array.isArray(style) ? style : [style];
    const open = styles.map((s) => `\x1b[${STYLES[s][0]}m`).join('');
    const close = styles
      .map((s) => `\x1b[${STYLES[s][1]}m`)
      .reverse()
      .join('');
    return `${open}${text}${close}`;
  };
}

const SEVERITY_STYLE: Record<Severity, Style[]> = {
  critical: ['bold', 'magenta'],
  high: ['red'],
  medium: ['yellow'],
  low: ['cyan'],
  info: ['gray'],
};

const NOTICE_STYLE: Record<'error' | 'warning' | 'note', Style> = { error: 'red', warning: 'yellow', note: 'blue' };

const DETAIL_INDENT = '      ';

function findingBlock(f: Finding, posWidth: number, sevWidth: number, paint: Paint): string[] {
  const pos = `${f.start.line}:${f.start.column}`.padEnd(posWidth);
  const sev = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(sevWidth));
  const labels: string[] = [];
  if (f.inChange === false) labels.push(paint('gray', '[context: outside the change]'));
  if (f.suppressed) {
    const why = f.suppressed.reason ? `: ${visibleControls(f.suppressed.reason)}` : '';
    labels.push(`[suppressed (${f.suppressed.kind})${why}]`);
  }
  const rule = paint('gray', visibleControls(f.ruleId));
  const lines = [[`  ${paint('dim', pos)}`, sev, rule, visibleControls(f.message), ...labels].join('  ')];
  for (const line of visibleControls(f.snippet, true).split(/\r?\n/)) {
    if (line.trim() !== '') lines.push(`${DETAIL_INDENT}${paint('gray', '│')} ${line}`);
  }
  if (f.secret) {
    const about = [f.secret.provider, `${f.confidence} confidence`].filter(Boolean).join(', ');
    lines.push(`${DETAIL_INDENT}${paint('dim', 'secret:')} ${visibleControls(f.secret.redacted)} ${paint('dim', `(${about})`)}`);
  }
  if (f.fix) lines.push(`${DETAIL_INDENT}${paint('green', 'fix:')} ${visibleControls(f.fix)}`);
  return lines;
}

function noticeLine(n: Notice, paint: Paint): string {
  const where = n.file ? visibleControls(n.file) + (n.line !== undefined ? `:${n.line}` : '') : '';
  const level = paint(NOTICE_STYLE[n.level], n.level.padEnd(7));
  const parts = [level, where, paint('gray', n.code), visibleControls(n.message)];
  return `  ${parts.filter((p) => p !== '').join('  ')}`;
}

export function renderText(result: ScanResult, options: ReportOptions): string {
  const paint = painter(options.color);
  const out: string[] = [];
  const plain = painter(false);
  const shown = options.verbose ? result.findings : result.findings.filter((f) => !f.suppressed);

  for (const [file, findings] of groupByFile(shown)) {
    const posWidth = Math.max(...findings.map((f) => `${f.start.line}:${f.start.column}`.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    out.push(paint('underline', visibleControls(file)));
    for (const f of findings) {
      // A suppressed finding (verbose only) is dimmed as a whole: inner colours would end the dim part-way.
      if (f.suppressed) out.push(...findingBlock(f, posWidth, sevWidth, plain).map((l) => paint('dim', l)));
      else out.push(...findingBlock(f, posWidth, sevWidth, paint));
    }
    out.push('');
  }

  if (result.notices.length > 0) {
    out.push(paint('bold', 'Notices'));
    for (const n of result.notices) out.push(noticeLine(n, paint));
    out.push('');
  }

  if (result.incomplete.length > 0) {
    out.push(paint('bold', 'Not fully scanned'));
    for (const file of result.incomplete) out.push(`  ${visibleControls(file)}`);
    out.push('');
  }

  if (options.verbose && result.skipped.length > 0) {
    out.push(paint('bold', 'Skipped'));
    for (const s of result.skipped) {
      const detail = s.detail ? paint('gray', ` (${visibleControls(s.detail)})`) : '';
      out.push(`  ${visibleControls(s.file)}  ${s.reason}${detail}`);
    }
    out.push('');
  }

  out.push(...summaryLines(result, options, paint));
  return `${out.join('\n')}\n`;
}

function summaryLines(result: ScanResult, options: ReportOptions, paint: Paint): string[] {
  const sum = summarize(result, options.failOn);
  let findings: string;
  if (sum.findings === 0) {
    findings = paint('green', 'No findings');
  } else {
    const count = paint('bold', plural(sum.findings, 'finding'));
    findings = `${count} (${severityBreakdown(sum.bySeverity)}) in ${plural(sum.files, 'file')}`;
  }
  if (sum.suppressed > 0) findings += `, ${sum.suppressed} suppressed`;

  let files = `${plural(result.stats.filesScanned, 'file')} scanned`;
  if (sum.skippedTotal > 0) files += `, ${sum.skippedTotal} skipped (${skipBreakdown(sum.skipped)})`;
  if (result.incomplete.length > 0) files += `, ${result.incomplete.length} incomplete`;

  const lines = [[findings, files, formatDuration(result.stats.durationMs)].join(' · ')];
  if (sum.blocking > 0) {
    lines.push(paint(['bold', 'red'], `${plural(sum.blocking, 'blocking finding')} (at or above ${options.failOn})`));
    // Say how to accept a finding, with a reason, so nobody has to look it up mid-commit.
    lines.push(
      paint('dim', 'to accept one, add "warden-ignore: <rule-id> -- <reason>" in a comment on its line or the line above'),
    );
  }
  return lines;
}
