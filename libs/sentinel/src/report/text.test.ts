import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../types.js';
import type { ReportOptions } from './reporter.js';
import { renderText } from './text.js';

const options: ReportOptions = { color: false, verbose: false, failOn: 'high', toolVersion: '0.1.0', root: '/repo' };

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'injection.sql-concat',
    category: 'injection',
    severity: 'high',
    confidence: 'medium',
    cwe: [89],
    file: 'src/db.ts',
    start: { line: 3, column: 9 },
    end: { line: 3, column: 40 },
    message: 'SQL built by string concatenation',
    fingerprint: 'fp-sql',
    snippet: 'db.query("SELECT * FROM t WHERE id=" + id);',
    ...over,
  };
}

function scan(over: Partial<ScanResult> = {}): ScanResult {
  return {
    findings: [
      finding({
        ruleId: 'secret.aws-access-key-id',
        category: 'secret',
        severity: 'critical',
        file: 'src/config.ts',
        start: { line: 12, column: 5 },
        end: { line: 12, column: 25 },
        message: 'AWS access key ID in source',
        fix: 'Load it from the environment.',
        fingerprint: 'fp-aws',
        snippet: 'const key = "AKIA…MPLE";',
        secret: { redacted: 'AKIA…MPLE', provider: 'aws' },
      }),
      finding({ file: 'src/config.ts', start: { line: 40, column: 1 }, inChange: false }),
      finding({}),
      finding({
        severity: 'medium',
        start: { line: 9, column: 1 },
        suppressed: { kind: 'inline', reason: 'test fixture' },
      }),
    ],
    notices: [
      { level: 'warning', code: 'bad-suppression', file: 'src/db.ts', line: 8, message: 'warden-ignore needs a rule id' },
    ],
    skipped: [
      { file: 'assets/logo.png', reason: 'binary' },
      { file: 'dist/app.min.js', reason: 'minified', detail: 'average line length 4000' },
    ],
    stats: {
      filesScanned: 120,
      bytesScanned: 1_000_000,
      filesMatchedPrefilter: 10,
      filesParsed: 4,
      skipped: { binary: 3, 'too-large': 2, minified: 1, generated: 1 },
      rulesLoaded: 40,
      rulesRun: 12,
      durationMs: 420,
      workers: 4,
    },
    rules: [],
    incomplete: [],
    ...over,
  };
}

describe('text reporter', () => {
  it('groups findings by file with aligned position, severity, rule and message, then snippet and fix', () => {
    const out = renderText(scan(), options);
    const lines = out.split('\n');
    const config = lines.indexOf('src/config.ts');
    expect(config).toBeGreaterThanOrEqual(0);
    expect(lines[config + 1]).toBe('  12:5  critical  secret.aws-access-key-id  AWS access key ID in source');
    expect(lines[config + 2]).toBe('      │ const key = "AKIA…MPLE";');
    expect(lines[config + 3]).toBe('      secret: AKIA…MPLE (aws, medium confidence)');
    expect(lines[config + 4]).toBe('      fix: Load it from the environment.');
    expect(lines[config + 5]).toBe(
      '  40:1  high      injection.sql-concat  SQL built by string concatenation  [context: outside the change]',
    );
    const db = lines.indexOf('src/db.ts');
    expect(db).toBeGreaterThan(config);
    expect(lines[db + 1]).toBe('  3:9  high  injection.sql-concat  SQL built by string concatenation');
  });

  it('hides suppressed findings unless verbose, and then labels them with kind and reason', () => {
    expect(renderText(scan(), options)).not.toContain('suppressed (inline)');
    const verbose = renderText(scan(), { ...options, verbose: true });
    expect(verbose).toContain('  9:1  medium  injection.sql-concat  SQL built by string concatenation  [suppressed (inline): test fixture]');
  });

  it('prints notices and ends with the summary line', () => {
    const out = renderText(scan(), options);
    expect(out).toContain('  warning  src/db.ts:8  bad-suppression  warden-ignore needs a rule id');
    const lines = out.trimEnd().split('\n');
    expect(lines.at(-3)).toBe(
      '3 findings (1 critical, 2 high) in 2 files, 1 suppressed · 120 files scanned, 7 skipped (3 binary, 2 too-large, 1 minified, 1 generated) · 0.42 s',
    );
    // The context finding does not block: only the critical and the in-change high do.
    expect(lines.at(-2)).toBe('2 blocking findings (at or above high)');
    expect(lines.at(-1)).toBe('to accept one, add "warden-ignore: <rule-id> -- <reason>" in a comment on its line or the line above');
  });

  it('lists skipped files only when verbose', () => {
    expect(renderText(scan(), options)).not.toContain('assets/logo.png');
    const verbose = renderText(scan(), { ...options, verbose: true });
    expect(verbose).toContain('  assets/logo.png  binary');
    expect(verbose).toContain('  dist/app.min.js  minified (average line length 4000)');
  });

  it('says "No findings" cleanly and lists files not fully scanned', () => {
    const out = renderText(
      scan({ findings: [], notices: [], incomplete: ['big.js'], stats: { ...scan().stats, skipped: {}, durationMs: 12_345 } }),
      options,
    );
    expect(out).toBe('Not fully scanned\n  big.js\n\nNo findings · 120 files scanned, 2 skipped (1 binary, 1 minified), 1 incomplete · 12.3 s\n');
  });

  it('uses ANSI colours only when asked', () => {
    expect(renderText(scan(), options)).not.toContain('\x1b');
    const coloured = renderText(scan(), { ...options, color: true });
    expect(coloured).toContain('\x1b[1m\x1b[35mcritical\x1b[39m\x1b[22m');
    expect(coloured).toContain('\x1b[4msrc/config.ts\x1b[24m');
    // A suppressed finding is dimmed as a whole, with no inner style to end the dimming early.
    const verbose = renderText(scan(), { ...options, color: true, verbose: true });
    expect(verbose).toContain(
      '\x1b[2m  9:1  medium  injection.sql-concat  SQL built by string concatenation  [suppressed (inline): test fixture]\x1b[22m',
    );
  });

  it('shows control and bidi characters from the scanned files as visible escapes', () => {
    const hostile = scan({
      findings: [
        finding({
          file: 'src/\x1b[2Jevil.ts',
          message: 'msg\r\x1b]0;title\x07',
          snippet: 'const ok = "\u202Eevil";\nnext();',
        }),
      ],
      notices: [],
    });
    const out = renderText(hostile, options);
    expect(out).not.toContain('\x1b');
    expect(out).not.toContain('\u202E');
    expect(out).not.toContain('\r');
    expect(out).toContain('src/\\x1B[2Jevil.ts');
    expect(out).toContain('msg\\r\\x1B]0;title\\x07');
    // A multi-line snippet keeps its lines, each behind the gutter.
    expect(out).toContain('      │ const ok = "\\u202Eevil";\n      │ next();');
  });
});
