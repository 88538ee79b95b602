// SARIF 2.1.0, shaped for GitHub code scanning: rule metadata with help, tags (security, category,
// external/cwe/cwe-N), precision and security-severity; results with stable partial fingerprints and in-source or
// external suppressions; notices as tool execution notifications.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Confidence, Finding, Notice, RuleMeta, ScanResult, Severity, Suppression } from '../types.js';
import type { ReportOptions } from './reporter.js';
import { summarize } from './summary.js';
import { TOOL_NAME } from './tool.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The key under which results carry Warden's own fingerprint (versioned: a new scheme gets a new key). */
export const FINGERPRINT_KEY = 'warden/v1';

const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Sarif.Result.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

// GitHub reads security-severity as a CVSS-like score and bands it: > 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium,
// 0.1–3.9 low. Each value sits inside its band so GitHub shows the severity we meant.
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

const PRECISION: Record<Confidence, string> = { high: 'high', medium: 'medium', low: 'low' };

const SUPPRESSION_KIND: Record<Suppression['kind'], Sarif.Suppression.kind> = {
  inline: 'inSource',
  baseline: 'external',
  allowlist: 'external',
};

/** "secret.aws-access-key-id" → "SecretAwsAccessKeyId": SARIF wants a readable name distinct from the id. */
function ruleName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return name === '' || name === id ? `Rule${name}` : name;
}

function isWebUrl(ref: string): boolean {
  try {
    const url = new URL(ref);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function helpText(rule: RuleMeta): string {
  const parts = [rule.description ?? rule.message];
  if (rule.description && rule.description !== rule.message) parts.push(rule.message);
  if (rule.fix) parts.push(`Fix: ${rule.fix}`);
  if (rule.references.length > 0) parts.push(['References:', ...rule.references.map((r) => `- ${r}`)].join('\n'));
  return parts.join('\n\n');
}

function helpMarkdown(rule: RuleMeta): string {
  // Rule prose is written by rule authors and may use Markdown on purpose; only the list of references is ours.
  const parts = [rule.description ?? rule.message];
  if (rule.description && rule.description !== rule.message) parts.push(rule.message);
  if (rule.fix) parts.push(`**Fix:** ${rule.fix}`);
  if (rule.references.length > 0) {
    parts.push(['**References**', '', ...rule.references.map((r) => (isWebUrl(r) ? `- <${r}>` : `- ${r}`))].join('\n'));
  }
  return parts.join('\n\n');
}

function descriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  const cweTags = rule.cwe.map((n) => `external/cwe/cwe-${n}`);
  const tags = new Set<string>(['security', rule.category, ...rule.tags, ...cweTags]);
  const helpUri = rule.references.find(isWebUrl);
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description ?? rule.message },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: [...tags],
      precision: PRECISION[rule.confidence],
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

/**
 * A finding whose rule is not among result.rules (an engine-made finding, or a rule missing from the list) still
 * needs a descriptor, or its ruleIndex would point nowhere.
 */
function descriptorFromFinding(f: Finding): RuleMeta {
  return {
    id: f.ruleId,
    title: f.ruleId,
    category: f.category,
    severity: f.severity,
    confidence: f.confidence,
    cwe: f.cwe,
    message: f.message,
    fix: f.fix,
    references: [],
    tags: [],
    source: '',
  };
}

/** A relative path as a URI reference: each segment percent-encoded, '/' between them. */
export function pathToUriReference(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function rootUri(root: string): string {
  const href = pathToFileURL(resolve(root)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function artifact(file: string): Sarif.ArtifactLocation {
  return { uri: pathToUriReference(file), uriBaseId: SRCROOT };
}

function physicalLocation(f: Finding): Sarif.PhysicalLocation {
  const startLine = Math.max(1, f.start.line);
  const startColumn = Math.max(1, f.start.column);
  const endLine = Math.max(startLine, f.end.line);
  const endColumn = endLine === startLine ? Math.max(startColumn, f.end.column) : Math.max(1, f.end.column);
  const location: Sarif.PhysicalLocation = {
    artifactLocation: artifact(f.file),
    // SARIF's endColumn is the column after the region, as Finding.end is: no adjustment.
    region: { startLine, startColumn, endLine, endColumn },
  };
  // The snippet holds whole (trimmed) lines, not exactly the region's text, so it belongs in contextRegion: a
  // region.snippet would claim to be the matched characters.
  if (f.snippet !== '') {
    const lineCount = f.snippet.split(/\r?\n/).length;
    location.contextRegion = { startLine, endLine: startLine + lineCount - 1, snippet: { text: f.snippet } };
  }
  return location;
}

function result(f: Finding, ruleIndex: number): Sarif.Result {
  const out: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.secret ? `${f.message} (${f.secret.redacted})` : f.message },
    locations: [{ physicalLocation: physicalLocation(f) }],
  };
  if (f.fingerprint !== '') out.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  if (f.suppressed) {
    const suppression: Sarif.Suppression = { kind: SUPPRESSION_KIND[f.suppressed.kind], status: 'accepted' };
    if (f.suppressed.reason) suppression.justification = f.suppressed.reason;
    suppression.properties = { wardenKind: f.suppressed.kind };
    out.suppressions = [suppression];
  }
  if (f.inChange === false) out.properties = { inChange: false };
  // The license judged, and for copied code where it came from (a file of a license index, not of this
  // repository, so a property rather than a related location).
  if (f.license) out.properties = { ...out.properties, license: { ...f.license } };
  return out;
}

function notification(n: Notice): Sarif.Notification {
  const out: Sarif.Notification = { level: n.level, message: { text: n.message }, descriptor: { id: n.code } };
  if (n.file !== undefined) {
    const physical: Sarif.PhysicalLocation = { artifactLocation: artifact(n.file) };
    if (n.line !== undefined && n.line >= 1) physical.region = { startLine: n.line };
    out.locations = [{ physicalLocation: physical }];
  }
  return out;
}

export function buildSarif(scan: ScanResult, options: ReportOptions): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const addRule = (rule: RuleMeta): number => {
    const known = index.get(rule.id);
    if (known !== undefined) return known;
    index.set(rule.id, rules.length);
    rules.push(descriptor(rule));
    return rules.length - 1;
  };
  for (const rule of scan.rules) addRule(rule);
  const results = scan.findings.map((f) => result(f, index.get(f.ruleId) ?? addRule(descriptorFromFinding(f))));

  const notifications = scan.notices.map(notification);
  if (options.verbose) {
    for (const s of scan.skipped) {
      notifications.push({
        level: 'note',
        descriptor: { id: `skipped/${s.reason}` },
        message: { text: s.detail ? `skipped (${s.reason}): ${s.detail}` : `skipped (${s.reason})` },
        locations: [{ physicalLocation: { artifactLocation: artifact(s.file) } }],
      });
    }
  }

  const sum = summarize(scan, options.failOn);
  const invocation: Sarif.Invocation = {
    // A scan that ran to the end succeeded, findings or not; an error notice (a rule that failed, git that could
    // not be read) means part of the scan did not happen.
    executionSuccessful: !scan.notices.some((n) => n.level === 'error'),
    properties: {
      filesScanned: scan.stats.filesScanned,
      skipped: sum.skipped,
      incomplete: [...scan.incomplete],
      durationMs: scan.stats.durationMs,
    },
  };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  const driver: Sarif.ToolComponent = {
    name: TOOL_NAME,
    version: options.toolVersion,
    rules,
  };
  if (/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(options.toolVersion)) {
    driver.semanticVersion = options.toolVersion;
  }

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(options.root) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function renderSarif(result: ScanResult, options: ReportOptions): string {
  return `${JSON.stringify(buildSarif(result, options), null, 2)}\n`;
}
