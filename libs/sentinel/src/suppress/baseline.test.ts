import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import type { Finding } from '../types.js';
import { applyBaseline, createBaseline, readBaseline, writeBaseline } from './baseline.js';

function finding(fingerprint: string, file = 'src/a.ts', ruleId = 'secret.aws', line = 1): Finding {
  return {
    ruleId,
    category: 'secret',
    severity: 'high',
    confidence: 'high',
    cwe: [798],
    file,
    start: { line, column: 1 },
    end: { line, column: 30 },
    message: 'AWS access key id',
    fingerprint,
    snippet: 'const key = "AKIA…MPLE"',
    secret: { redacted: 'AKIA…MPLE', provider: 'aws', entropy: 3.9 },
  };
}

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'warden-baseline-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('writeBaseline / readBaseline', () => {
  it('round-trips, sorted, one entry per line, with no snippets, secrets or line numbers', async () => {
    const file = path.join(tmp, '.warden', 'baseline.json');
    const findings = [finding('f3', 'z.ts'), finding('f2', 'a.ts', 'secret.gh'), finding('f1', 'a.ts', 'secret.aws', 9)];
    await writeBaseline(file, findings);
    const text = await readFile(file, 'utf8');
    expect(text).toBe(
      [
        '{',
        '  "version": 1,',
        '  "findings": [',
        '    {"fingerprint":"f1","ruleId":"secret.aws","file":"a.ts"},',
        '    {"fingerprint":"f2","ruleId":"secret.gh","file":"a.ts"},',
        '    {"fingerprint":"f3","ruleId":"secret.aws","file":"z.ts"}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(text).not.toMatch(/AKIA|snippet|line|createdAt/);
    expect(await readBaseline(file)).toEqual(createBaseline(findings));
  });

  it('is deterministic: the same findings in any order give the same bytes', async () => {
    const a = path.join(tmp, 'a.json');
    const b = path.join(tmp, 'b.json');
    const fs = [finding('x', 'b.ts'), finding('y', 'a.ts'), finding('x', 'b.ts')];
    await writeBaseline(a, fs);
    await writeBaseline(b, [...fs].reverse());
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
  });

  it('leaves out findings suppressed inline or by an allowlist, keeps baselined ones', () => {
    const inline = { ...finding('i'), suppressed: { kind: 'inline' as const, reason: 'r' } };
    const allow = { ...finding('a'), suppressed: { kind: 'allowlist' as const, reason: 'r' } };
    const base = { ...finding('b'), suppressed: { kind: 'baseline' as const } };
    expect(createBaseline([inline, allow, base, finding('n')]).findings.map((e) => e.fingerprint)).toEqual(['b', 'n']);
  });

  it('writes an empty baseline readably', async () => {
    const file = path.join(tmp, 'empty.json');
    await writeBaseline(file, []);
    expect(await readFile(file, 'utf8')).toBe('{\n  "version": 1,\n  "findings": []\n}\n');
    expect((await readBaseline(file)).findings).toEqual([]);
  });

  it('accepts an optional createdAt and ignores unknown entry fields', async () => {
    const file = path.join(tmp, 'b.json');
    await writeFile(file, JSON.stringify({ version: 1, createdAt: '2025-01-01', findings: [{ fingerprint: 'f', ruleId: 'r.x', file: 'a', note: 'x' }] }));
    expect(await readBaseline(file)).toEqual({ version: 1, createdAt: '2025-01-01', findings: [{ fingerprint: 'f', ruleId: 'r.x', file: 'a' }] });
  });
});

describe('readBaseline errors', () => {
  const cases: Array<[string, string | undefined, RegExp]> = [
    ['missing file', undefined, /b\.json: baseline file not found$/],
    ['corrupt JSON', '{"version": 1, "findings": [', /b\.json: invalid JSON at line 1, column 29: expected a value, found end of file$/],
    ['truncated entry', '{"version":1,"findings":[{"fingerprint":"f","ruleId":"r.x"}]}', /b\.json: "findings\[0\]\.file": is required$/],
    ['not an object', '[1,2]', /b\.json: not a Warden baseline: expected a JSON object/],
    ['no version', '{"findings": []}', /b\.json: not a Warden baseline: no "version"/],
    ['newer version', '{"version": 2, "findings": []}', /b\.json: "version": baseline version 2 was written by a newer Warden; this one reads version 1$/],
    ['wrong findings type', '{"version": 1, "findings": {}}', /b\.json: "findings": must be a list \[ … \], not an object$/],
    ['empty file', '', /b\.json: the file is empty/],
  ];
  for (const [name, text, message] of cases) {
    it(name, async () => {
      const file = path.join(tmp, 'b.json');
      if (text !== undefined) await writeFile(file, text);
      const err = await readBaseline(file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(message);
    });
  }
});

describe('applyBaseline', () => {
  it('suppresses findings whose fingerprint is in the baseline', () => {
    const findings = [finding('old'), finding('new')];
    const result = applyBaseline(findings, createBaseline([finding('old'), finding('fixed')]));
    expect(findings.map((f) => f.suppressed)).toEqual([{ kind: 'baseline' }, undefined]);
    expect(result).toEqual({ suppressed: 1, stale: 1 });
  });

  it('is count-aware: two accepted copies and a third new one leave the last one reported', () => {
    const baseline = createBaseline([finding('dup'), finding('dup')]);
    const findings = [finding('dup', 'src/a.ts', 'secret.aws', 3), finding('dup', 'src/a.ts', 'secret.aws', 7), finding('dup', 'src/a.ts', 'secret.aws', 12)];
    expect(applyBaseline(findings, baseline)).toEqual({ suppressed: 2, stale: 0 });
    expect(findings.map((f) => f.suppressed?.kind)).toEqual(['baseline', 'baseline', undefined]);
  });

  it('leaves findings suppressed by an earlier step alone, and they use no entry', () => {
    const inline = { ...finding('dup'), suppressed: { kind: 'inline' as const, reason: 'r' } };
    const plain = finding('dup');
    expect(applyBaseline([inline, plain], createBaseline([finding('dup')]))).toEqual({ suppressed: 1, stale: 0 });
    expect(inline.suppressed).toEqual({ kind: 'inline', reason: 'r' });
    expect(plain.suppressed).toEqual({ kind: 'baseline' });
  });

  it('round trip: a scan baselined and scanned again blocks nothing, a new finding still does', async () => {
    const file = path.join(tmp, 'baseline.json');
    await writeBaseline(file, [finding('a'), finding('b'), finding('b')]);
    const rescan = [finding('a'), finding('b'), finding('b'), finding('c')];
    applyBaseline(rescan, await readBaseline(file));
    expect(rescan.filter((f) => !f.suppressed).map((f) => f.fingerprint)).toEqual(['c']);
  });
});
