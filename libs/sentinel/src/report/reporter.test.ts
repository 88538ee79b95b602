import { describe, expect, it } from 'vitest';
import { WardenError } from '../errors.js';
import type { Finding, ScanResult } from '../types.js';
import * as report from './index.js';
import { FORMATS, getReporter, isFormatName } from './reporter.js';
import type { ReportOptions } from './reporter.js';

const options: ReportOptions = { color: true, verbose: true, failOn: 'low', toolVersion: '0.1.0', root: '/repo' };

function emptyScan(): ScanResult {
  return {
    findings: [],
    notices: [],
    skipped: [],
    stats: {
      filesScanned: 0,
      bytesScanned: 0,
      filesMatchedPrefilter: 0,
      filesParsed: 0,
      skipped: {},
      rulesLoaded: 0,
      rulesRun: 0,
      durationMs: 0,
      workers: 0,
    },
    rules: [],
    incomplete: [],
  };
}

describe('reporter registry', () => {
  it('has one reporter per format, named after it', () => {
    expect(FORMATS).toEqual(['text', 'json', 'sarif', 'markdown', 'junit', 'github']);
    for (const format of FORMATS) {
      const reporter = getReporter(format);
      expect(reporter.name).toBe(format);
      expect(reporter.extension).toMatch(/^\.[a-z]+$/);
      expect(reporter.render(emptyScan(), options).endsWith('\n')).toBe(true);
    }
  });

  it('refuses an unknown format with a usage error that lists the known ones', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('html')).toBe(false);
    expect(() => getReporter('html')).toThrow(WardenError);
    expect(() => getReporter('html')).toThrow('unknown report format "html": expected one of text, json, sarif, markdown, junit');
  });

  it('exports the public API from index', () => {
    expect(Object.keys(report).sort()).toEqual(
      [
        'FINGERPRINT_KEY',
        'FORMATS',
        'MARKDOWN_MAX_ROWS',
        'SARIF_SCHEMA_URI',
        'TOOL_NAME',
        'buildJsonReport',
        'buildSarif',
        'createProgress',
        'getReporter',
        'isBlocking',
        'isFormatName',
        'renderGithub',
        'renderJson',
        'renderJunit',
        'renderMarkdown',
        'renderSarif',
        'renderText',
        'summarize',
      ].sort(),
    );
  });
});

describe('secrets in every format', () => {
  // Built at run time so this file holds no secret-shaped literal for a scanner to trip on.
  const original = ['ghp', '_', 'Zq8Lw3Vt', 'ORIGINALSECRET', 'Xk2m9Pa1b2'].join('');
  const redacted = 'ghp_…a1b2';
  const providerMarker = 'provider-marker-7f3';
  const entropyMarker = 4.123456789;

  function secretScan(): ScanResult {
    const secret = { redacted, provider: providerMarker, entropy: entropyMarker };
    // Fields a careless engine change might leave on the objects; the types do not declare them.
    Object.assign(secret, { value: original, raw: original });
    const finding: Finding = {
      ruleId: 'secret.github-pat',
      category: 'secret',
      severity: 'critical',
      confidence: 'high',
      cwe: [798],
      file: 'src/deploy.ts',
      start: { line: 3, column: 16 },
      end: { line: 3, column: 56 },
      message: 'GitHub personal access token',
      fix: 'Revoke the token and read it from the environment.',
      fingerprint: 'sha256:0f1e2d',
      snippet: `const token = "${redacted}";`,
      secret,
    };
    Object.assign(finding, { match: original, text: original });
    return { ...emptyScan(), findings: [finding], rules: [] };
  }

  for (const format of FORMATS) {
    it(`${format}: prints secret.redacted and nothing else from the secret object`, () => {
      for (const verbose of [false, true]) {
        const out = getReporter(format).render(secretScan(), { ...options, verbose });
        expect(out).toContain(redacted);
        expect(out).not.toContain(original);
        expect(out).not.toContain('ORIGINALSECRET');
        if (format === 'json') {
          // The JSON contract names the secret's declared facts, and only those.
          const json = JSON.parse(out) as { findings: Array<{ secret: Record<string, unknown> }> };
          expect(json.findings[0]!.secret).toEqual({ redacted, provider: providerMarker, entropy: entropyMarker });
        } else {
          // The provider is a declared fact that people read (text names it); the entropy is not printed.
          if (format !== 'text') expect(out).not.toContain(providerMarker);
          expect(out).not.toContain(String(entropyMarker));
        }
      }
    });
  }
});
