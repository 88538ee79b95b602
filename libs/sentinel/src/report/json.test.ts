import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../types.js';
import type { JsonReport } from './json.js';
import { renderJson } from './json.js';
import type { ReportOptions } from './reporter.js';

const options: ReportOptions = { color: true, verbose: false, failOn: 'high', toolVersion: '0.1.0', root: '/repo' };

const secretFinding: Finding = {
  ruleId: 'secret.github-pat',
  category: 'secret',
  severity: 'high',
  confidence: 'high',
  cwe: [798],
  file: 'src/ci.ts',
  start: { line: 2, column: 15 },
  end: { line: 2, column: 55 },
  message: 'GitHub personal access token',
  fix: 'Revoke it and read it from the environment.',
  fingerprint: 'f00d',
  snippet: 'const token = "ghp_…a1b2";',
  secret: { redacted: 'ghp_…a1b2', provider: 'github', entropy: 4.8 },
};

function scan(): ScanResult {
  return {
    findings: [
      secretFinding,
      { ...secretFinding, fingerprint: 'beef', start: { line: 9, column: 1 }, suppressed: { kind: 'allowlist' } },
      { ...secretFinding, fingerprint: 'cafe', severity: 'low', secret: undefined, fix: undefined, inChange: true },
    ],
    notices: [{ level: 'note', code: 'unused-suppression', file: 'src/ci.ts', line: 1, message: 'suppresses nothing' }],
    skipped: [{ file: 'big.sql', reason: 'too-large', detail: '12 MB > 1 MB' }],
    stats: {
      filesScanned: 10,
      bytesScanned: 2048,
      filesMatchedPrefilter: 1,
      filesParsed: 0,
      skipped: { 'too-large': 1 },
      rulesLoaded: 5,
      rulesRun: 1,
      durationMs: 31,
      workers: 2,
    },
    rules: [],
    incomplete: [],
  };
}

describe('JSON reporter', () => {
  it('has the documented version 1 shape, keys in a fixed order', () => {
    const report = JSON.parse(renderJson(scan(), options)) as JsonReport;
    expect(Object.keys(report)).toEqual(['version', 'tool', 'findings', 'notices', 'skipped', 'incomplete', 'stats', 'summary']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'Warden Sentinel', version: '0.1.0' });
    expect(report.findings[0]).toEqual({
      ruleId: 'secret.github-pat',
      category: 'secret',
      severity: 'high',
      confidence: 'high',
      cwe: [798],
      file: 'src/ci.ts',
      start: { line: 2, column: 15 },
      end: { line: 2, column: 55 },
      message: 'GitHub personal access token',
      fix: 'Revoke it and read it from the environment.',
      fingerprint: 'f00d',
      snippet: 'const token = "ghp_…a1b2";',
      secret: { redacted: 'ghp_…a1b2', provider: 'github', entropy: 4.8 },
      blocking: true,
    });
    expect(Object.keys(report.findings[0]!)).toEqual([
      'ruleId', 'category', 'severity', 'confidence', 'cwe', 'file', 'start', 'end', 'message', 'fix', 'fingerprint',
      'snippet', 'secret', 'blocking',
    ]);
    expect(report.notices).toEqual(scan().notices);
    expect(report.skipped).toEqual(scan().skipped);
    expect(report.stats).toEqual(scan().stats);
  });

  it('keeps suppressed findings, marked, and says which findings block', () => {
    const report = JSON.parse(renderJson(scan(), options)) as JsonReport;
    expect(report.findings[1]).toMatchObject({ suppressed: { kind: 'allowlist' }, blocking: false });
    expect(report.findings[2]).toMatchObject({ severity: 'low', inChange: true, blocking: false });
    expect(report.findings[2]).not.toHaveProperty('secret');
    expect(report.findings[2]).not.toHaveProperty('fix');
    expect(report.summary).toEqual({
      failOn: 'high',
      findings: 2,
      suppressed: 1,
      blocking: 1,
      bySeverity: { info: 0, low: 1, medium: 0, high: 1, critical: 0 },
    });
  });

  it('is plain JSON with no colour codes and one trailing newline, whatever the options', () => {
    const out = renderJson(scan(), options);
    expect(out).not.toContain('\x1b');
    expect(out.endsWith('}\n')).toBe(true);
    expect(renderJson(scan(), { ...options, verbose: true })).toBe(out);
  });

  it('copies only declared fields: a property the types do not declare never reaches the output', () => {
    const result = scan();
    Object.assign(result.findings[0]!, { match: 'RAW-MATCH-TEXT' });
    Object.assign(result.findings[0]!.secret!, { value: 'RAW-SECRET-VALUE' });
    Object.assign(result.notices[0]!, { context: 'RAW-NOTICE-CONTEXT' });
    Object.assign(result.stats, { debug: 'RAW-STATS' });
    const out = renderJson(result, options);
    for (const raw of ['RAW-MATCH-TEXT', 'RAW-SECRET-VALUE', 'RAW-NOTICE-CONTEXT', 'RAW-STATS']) expect(out).not.toContain(raw);
  });
});
