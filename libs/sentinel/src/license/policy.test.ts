import { describe, expect, it } from 'vitest';
import { categoryOf } from './categories.js';
import { judgeLicense, type LicensePolicy } from './policy.js';

const closed: LicensePolicy = { deny: [], allow: [] };
const mit: LicensePolicy = { project: 'MIT', deny: [], allow: [] };
const verdict = (expr: string, policy: LicensePolicy = mit) => judgeLicense(expr, policy).verdict;

describe('license categories', () => {
  it('sorts SPDX ids into Warden\'s categories', () => {
    expect(categoryOf('MIT')).toBe('permissive');
    expect(categoryOf('apache-2.0')).toBe('permissive');
    expect(categoryOf('LGPL-2.1-or-later')).toBe('weak-copyleft');
    expect(categoryOf('MPL-2.0')).toBe('weak-copyleft');
    expect(categoryOf('GPL-3.0-only')).toBe('strong-copyleft');
    expect(categoryOf('AGPL-3.0-or-later')).toBe('network-copyleft');
    expect(categoryOf('SSPL-1.0')).toBe('network-copyleft');
    expect(categoryOf('CC-BY-SA-4.0')).toBe('share-alike');
    expect(categoryOf('BUSL-1.1')).toBe('source-available');
    expect(categoryOf('CC-BY-NC-4.0')).toBe('source-available');
    expect(categoryOf('UNLICENSED')).toBe('proprietary');
    expect(categoryOf('Frobnicate-1.0')).toBe('unknown');
  });
});

describe('license policy', () => {
  it('by default fails strong and network copyleft and source-available, warns on weak copyleft and unknown', () => {
    expect(verdict('GPL-3.0-only')).toBe('fail');
    expect(verdict('AGPL-3.0-or-later', closed)).toBe('fail');
    expect(verdict('BUSL-1.1')).toBe('fail');
    expect(verdict('LGPL-2.1-only')).toBe('warn');
    expect(verdict('Frobnicate-1.0')).toBe('warn');
    expect(verdict('MIT')).toBe('ok');
  });

  it('takes the best branch of OR and the worst of AND', () => {
    expect(verdict('(MIT OR GPL-3.0-only)')).toBe('ok');
    expect(verdict('MIT AND GPL-3.0-only')).toBe('fail');
    expect(judgeLicense('(Apache-2.0 AND LGPL-3.0-only) OR BUSL-1.1', mit)).toMatchObject({ verdict: 'warn', id: 'LGPL-3.0-only' });
  });

  it('understands a linking exception and the + suffix', () => {
    const classpath = judgeLicense('GPL-2.0-or-later WITH Classpath-exception-2.0', mit);
    expect(classpath).toMatchObject({ verdict: 'warn', category: 'weak-copyleft' });
    expect(classpath.reason).toMatch(/Classpath-exception-2.0, which permits linking/);
    expect(judgeLicense('GPL-2.0+', mit)).toMatchObject({ verdict: 'fail', id: 'GPL-2.0-or-later' });
  });

  it('lets deny and allow lists name ids or categories; an allow list of ids is checked with spdx-satisfies', () => {
    expect(verdict('MPL-2.0', { ...mit, deny: ['weak-copyleft'] })).toBe('fail');
    expect(verdict('GPL-3.0-only', { ...mit, allow: ['strong-copyleft'] })).toBe('ok');
    expect(verdict('(MIT OR GPL-3.0-only)', { ...mit, allow: ['MIT'] })).toBe('ok');
    expect(verdict('GPL-3.0-only', { ...mit, allow: ['GPL-2.0+'] })).toBe('ok');
    expect(verdict('MIT', { ...mit, deny: ['MIT'], allow: ['MIT'] })).toBe('fail');
  });

  it('lets a copyleft project take in copyleft of its own kind and weaker', () => {
    const gpl: LicensePolicy = { project: 'GPL-3.0-or-later', deny: [], allow: [] };
    expect(verdict('GPL-2.0-or-later', gpl)).toBe('ok');
    expect(verdict('LGPL-3.0-only', gpl)).toBe('ok');
    expect(verdict('AGPL-3.0-only', gpl)).toBe('fail');
    expect(verdict('BUSL-1.1', gpl)).toBe('fail');
  });

  it('calls text that is not an SPDX expression unknown, never fine', () => {
    const v = judgeLicense('GPL version 2', mit);
    expect(v).toMatchObject({ verdict: 'warn', category: 'unknown' });
    expect(v.reason).toMatch(/not a valid SPDX expression/);
  });
});
