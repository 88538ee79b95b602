import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../types.js';
import { renderGithub } from './github.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'secret.x',
  category: 'secret',
  severity: 'high',
  confidence: 'high',
  cwe: [798],
  file: 'src/a,b:c.ts',
  start: { line: 3, column: 5 },
  end: { line: 3, column: 9 },
  message: 'bad\nthing 100%',
  fingerprint: 'f',
  snippet: '',
  ...over,
});
const result = (findings: Finding[]): ScanResult =>
  ({ findings, notices: [], skipped: [], incomplete: [], rules: [], stats: {} }) as unknown as ScanResult;
const options = { color: false, verbose: false, failOn: 'medium' as const, toolVersion: '0', root: '/r' };

describe('renderGithub', () => {
  it('writes one workflow command per finding, escaping data and properties', () => {
    expect(renderGithub(result([finding({})]), options)).toBe(
      '::error file=src/a%2Cb%3Ac.ts,line=3,endLine=3,col=5,endColumn=9,title=secret.x (high)::bad%0Athing 100%25\n',
    );
  });

  it('warns below the threshold, notes context, leaves suppressed findings out, never prints a secret', () => {
    const out = renderGithub(
      result([
        finding({ severity: 'low' }),
        finding({ inChange: false, start: { line: 1, column: 1 }, end: { line: 4, column: 2 } }),
        finding({ suppressed: { kind: 'inline', reason: 'test' } }),
        finding({ secret: { redacted: 'AKIA…WXYZ' } }),
      ]),
      options,
    ).split('\n');
    expect(out[0]).toMatch(/^::warning /);
    expect(out[1]).toMatch(/^::notice file=src\/a%2Cb%3Ac\.ts,line=1,endLine=4,title=secret\.x \(high\)%2C not in this change::/);
    expect(out[2]).toMatch(/::bad%0Athing 100%25 \(AKIA…WXYZ\)$/);
    expect(out).toHaveLength(4);
  });
});
