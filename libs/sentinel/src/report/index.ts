// The reporters' public surface: the registry, each format's renderer, the progress bar, and the one definition
// of "blocking" that the front ends' exit codes should share.
export { FORMATS, getReporter, isFormatName } from './reporter.js';
export type { FormatName, ReportOptions, Reporter } from './reporter.js';
export { TOOL_NAME } from './tool.js';
export { isBlocking, summarize } from './summary.js';
export type { ReportSummary } from './summary.js';
export { renderText } from './text.js';
export { buildJsonReport, renderJson } from './json.js';
export type { JsonFinding, JsonReport } from './json.js';
export { buildSarif, renderSarif, FINGERPRINT_KEY, SARIF_SCHEMA_URI } from './sarif.js';
export { renderMarkdown, MARKDOWN_MAX_ROWS } from './markdown.js';
export { renderJunit } from './junit.js';
export { renderGithub } from './github.js';
export { createProgress } from './progress.js';
export type { Progress, ProgressOptions, ProgressStream } from './progress.js';
