import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/parse.js';
import type { Finding } from '../types.js';
import { applyAllowlist, compileAllowlist, isPathAllowlisted } from './allowlist.js';

function finding(ruleId: string, file: string, fingerprint = `${ruleId}:${file}`): Finding {
  return {
    ruleId,
    category: 'secret',
    severity: 'high',
    confidence: 'high',
    cwe: [798],
    file,
    start: { line: 1, column: 1 },
    end: { line: 1, column: 5 },
    message: 'm',
    fingerprint,
    snippet: '',
  };
}

// Through the real loader, so the test uses the allowlist exactly as the engine gets it.
const { allowlist } = parseConfig(
  JSON.stringify({
    allowlist: {
      paths: ['vendor', '**/*.snap'],
      rules: [
        { id: 'secret.*', paths: ['test/fixtures/**'], reason: 'fixture keys are fake' },
        { id: 'crypto.md5', reason: 'used for cache keys, not security' },
      ],
      fingerprints: [{ fingerprint: 'fp-revoked', reason: 'revoked in 2024, kept in history' }],
      regexes: ['^AKIAEXAMPLE'],
    },
  }),
  'warden.json',
  '/repo',
);

describe('applyAllowlist', () => {
  it('applies rule entries, limited to their paths, with their reason', () => {
    const fs = [
      finding('secret.aws', 'test/fixtures/keys.ts'),
      finding('secret.aws', 'src/keys.ts'),
      finding('injection.eval', 'test/fixtures/x.ts'),
      finding('crypto.md5', 'src/cache.ts'),
    ];
    expect(applyAllowlist(fs, allowlist)).toBe(2);
    expect(fs.map((f) => f.suppressed)).toEqual([
      { kind: 'allowlist', reason: 'fixture keys are fake' },
      undefined,
      undefined,
      { kind: 'allowlist', reason: 'used for cache keys, not security' },
    ]);
  });

  it('applies fingerprint entries anywhere', () => {
    const f = finding('secret.github', 'src/old.ts', 'fp-revoked');
    applyAllowlist([f], allowlist);
    expect(f.suppressed).toEqual({ kind: 'allowlist', reason: 'revoked in 2024, kept in history' });
  });

  it('suppresses findings in allowlisted paths if one reaches it', () => {
    const f = finding('secret.aws', 'vendor/lib/a.js');
    applyAllowlist([f], allowlist);
    expect(f.suppressed).toEqual({ kind: 'allowlist', reason: 'in allowlist.paths' });
  });

  it('leaves findings an earlier step suppressed alone', () => {
    const f = finding('crypto.md5', 'src/cache.ts');
    f.suppressed = { kind: 'inline', reason: 'mine' };
    expect(applyAllowlist([f], allowlist)).toBe(0);
    expect(f.suppressed).toEqual({ kind: 'inline', reason: 'mine' });
  });

  it('does nothing with an empty allowlist', () => {
    const f = finding('secret.aws', 'src/a.ts');
    expect(applyAllowlist([f], {})).toBe(0);
    expect(f.suppressed).toBeUndefined();
  });
});

describe('pathAllowlisted', () => {
  it('matches allowlist.paths globs against paths relative to the root', () => {
    const list = compileAllowlist(allowlist);
    expect(list.pathAllowlisted('vendor/a/b.js')).toBe(true);
    expect(list.pathAllowlisted('src/__snapshots__/a.test.ts.snap')).toBe(true);
    expect(list.pathAllowlisted('src/vendor.ts')).toBe(false);
    expect(list.pathAllowlisted('test/fixtures/keys.ts')).toBe(false); // rule entries do not stop a scan
  });

  it('is compiled once per allowlist object', () => {
    expect(compileAllowlist(allowlist)).toBe(compileAllowlist(allowlist));
    expect(isPathAllowlisted('vendor/x', allowlist)).toBe(true);
  });
});
