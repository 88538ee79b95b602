// GitHub Actions workflow commands: one `::error` (blocking), `::warning` (reported, not blocking) or `::notice`
// (context, suppressed) line per finding, which GitHub shows as annotations on the pull request's diff.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Finding, ScanResult } from '../types.js';
import type { ReportOptions } from './reporter.js';
import { isBlocking } from './summary.js';

/** The message part: %, CR and LF are escaped. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which separate properties. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function level(f: Finding, options: ReportOptions): 'error' | 'warning' | 'notice' {
  if (isBlocking(f, options.failOn)) return 'error';
  return f.suppressed || f.inChange === false ? 'notice' : 'warning';
}

export function renderGithub(result: ScanResult, options: ReportOptions): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    if (f.suppressed && !options.verbose) continue;
    const props = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.start.line}`,
      `endLine=${Math.max(f.start.line, f.end.line)}`,
      ...(f.start.line === f.end.line ? [`col=${f.start.column}`, `endColumn=${Math.max(f.start.column, f.end.column)}`] : []),
      `title=${escapeProperty(`${f.ruleId} (${f.severity})${f.inChange === false ? ', not in this change' : ''}`)}`,
    ];
    const secret = f.secret ? ` (${f.secret.redacted})` : '';
    lines.push(`::${level(f, options)} ${props.join(',')}::${escapeData(`${f.message}${secret}`)}`);
  }
  return `${lines.join('\n')}\n`;
}
