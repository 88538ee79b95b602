// One interface for every output format. A reporter is a pure function of the scan result and a few options: it
// never imports the engine, the matchers or the rules, and never touches the file system or the terminal, so the
// CLI, the Nx executor and the gate can all print or write the same string.
import { WardenError } from '../errors.js';
import type { ScanResult, Severity } from '../types.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'junit', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface ReportOptions {
  /** ANSI colours (text only). The caller decides: a TTY, NO_COLOR, --color/--no-color. */
  color: boolean;
  /** Text and Markdown: also show suppressed findings and every skipped file; SARIF: skipped files as notes. */
  verbose: boolean;
  /** Findings at or above this severity (not suppressed, not context) are the blocking ones. */
  failOn: Severity;
  /** Warden's version, for the tool fields of JSON, SARIF and JUnit. */
  toolVersion: string;
  /** The scan root: findings' `file` paths are relative to it. SARIF maps `%SRCROOT%` to it (absolute or resolved). */
  root: string;
  /** Heading of the Markdown report (default "Warden Sentinel"). */
  title?: string;
}

export interface Reporter {
  readonly name: FormatName;
  /** Conventional file extension for the output, with the dot (".sarif", ".md"), for `--output` defaults. */
  readonly extension: string;
  render(result: ScanResult, options: ReportOptions): string;
}

const REPORTERS: Record<FormatName, Reporter> = {
  text: { name: 'text', extension: '.txt', render: renderText },
  json: { name: 'json', extension: '.json', render: renderJson },
  sarif: { name: 'sarif', extension: '.sarif', render: renderSarif },
  markdown: { name: 'markdown', extension: '.md', render: renderMarkdown },
  junit: { name: 'junit', extension: '.xml', render: renderJunit },
  github: { name: 'github', extension: '.txt', render: renderGithub },
};

export function isFormatName(value: string): value is FormatName {
  return (FORMATS as readonly string[]).includes(value);
}

/** The reporter for a format name as typed by a user; an unknown name is a usage error (exit 2). */
export function getReporter(format: string): Reporter {
  if (!isFormatName(format)) {
    throw new WardenError(`unknown report format "${format}": expected one of ${FORMATS.join(', ')}`);
  }
  return REPORTERS[format];
}
