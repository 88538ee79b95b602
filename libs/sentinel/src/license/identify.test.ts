import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { identifyLicenseText } from './identify.js';

// The real license texts, as SPDX publishes them.
const full = createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>;
const SUPPORTED = [
  'MIT',
  'MIT-0',
  'ISC',
  '0BSD',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'BSD-4-Clause',
  'Apache-2.0',
  'MPL-2.0',
  'GPL-2.0-only',
  'GPL-3.0-only',
  'LGPL-2.0-only',
  'LGPL-2.1-only',
  'LGPL-3.0-only',
  'AGPL-3.0-only',
  'Unlicense',
];

describe('identifyLicenseText', () => {
  it.each(SUPPORTED)('recognises the text of %s', (id) => {
    expect(identifyLicenseText(full[id]!.licenseText)).toBe(id);
  });

  it('does not depend on line wrapping, indentation or case', () => {
    const rewrapped = full['BSD-3-Clause']!.licenseText.split(/\s+/).join('\n    ');
    expect(identifyLicenseText(rewrapped)).toBe('BSD-3-Clause');
    expect(identifyLicenseText(`# The MIT License\r\n\r\n${full.MIT!.licenseText.replace(/ /g, '  ')}`)).toBe('MIT');
    expect(identifyLicenseText(full['GPL-3.0-only']!.licenseText.toLowerCase())).toBe('GPL-3.0-only');
  });

  it('leaves texts it does not know undefined', () => {
    expect(identifyLicenseText('')).toBeUndefined();
    expect(identifyLicenseText('Copyright 2024 Example Corp. All rights reserved. Do not redistribute.')).toBeUndefined();
    // Licenses outside the list are not mistaken for a near one.
    expect(identifyLicenseText(full['EPL-2.0']!.licenseText)).toBeUndefined();
    expect(identifyLicenseText(full['SSPL-1.0']!.licenseText)).toBeUndefined();
  });
});
