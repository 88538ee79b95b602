// What kind of license an SPDX id is, by Warden's own table. The category, not the id, is what a policy usually
// speaks of ("no strong copyleft"), so every id a finding can carry must land in exactly one category.

export const LICENSE_CATEGORIES = [
  'permissive',
  'weak-copyleft',
  'strong-copyleft',
  'network-copyleft',
  'share-alike',
  'source-available',
  'proprietary',
  'unknown',
] as const;
export type LicenseCategory = (typeof LICENSE_CATEGORIES)[number];

// Families by id prefix, checked in order (AGPL before GPL, LGPL before GPL).
const BY_PREFIX: ReadonlyArray<[RegExp, LicenseCategory]> = [
  [/^(AGPL|SSPL)-/, 'network-copyleft'],
  [/^(LGPL|MPL|EPL|CDDL|EUPL|CPL|OSL|MS-RL|APSL|Artistic)-/, 'weak-copyleft'],
  [/^GPL-/, 'strong-copyleft'],
  [/^(CC-BY-SA|GFDL|CC-BY-NC-SA|ODbL)-/, 'share-alike'],
  [/^(BUSL|Elastic|CC-BY-NC|CC-BY-NC-ND|PolyForm-|Commons-Clause|SSPL)/, 'source-available'],
];

const PERMISSIVE = new Set([
  'MIT', 'MIT-0', 'ISC', 'Apache-2.0', 'Apache-1.1', 'BSD-2-Clause', 'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSD-4-Clause',
  '0BSD', 'Zlib', 'Unlicense', 'CC0-1.0', 'CC-BY-3.0', 'CC-BY-4.0', 'WTFPL', 'BSL-1.0', 'PSF-2.0', 'Python-2.0',
  'BlueOak-1.0.0', 'X11', 'UPL-1.0', 'NCSA', 'PostgreSQL', 'OpenSSL', 'curl', 'Unicode-DFS-2016', 'Unicode-3.0',
  'W3C', 'AFL-3.0', 'Artistic-2.0', 'MS-PL', 'Zlib-acknowledgement', 'libpng-2.0',
]);

/** The category of one SPDX license id (no operators). Case-insensitive on the id, as SPDX ids are. */
export function categoryOf(id: string): LicenseCategory {
  const bare = id.replace(/\+$/, '');
  if (/^(UNLICENSED|proprietary|LicenseRef-Proprietary|SEE LICENSE IN .*)$/i.test(bare)) return 'proprietary';
  const permissive = [...PERMISSIVE].find((p) => p.toLowerCase() === bare.toLowerCase());
  if (permissive) return 'permissive';
  for (const [pattern, category] of BY_PREFIX) {
    if (pattern.test(bare) || new RegExp(pattern.source, 'i').test(bare)) return category;
  }
  return 'unknown';
}

/** How bad a category is for a closed or permissive project: the higher, the less it allows. */
export const CATEGORY_RANK: Readonly<Record<LicenseCategory, number>> = {
  permissive: 0,
  proprietary: 1,
  unknown: 2,
  'weak-copyleft': 3,
  'share-alike': 4,
  'source-available': 5,
  'strong-copyleft': 6,
  'network-copyleft': 7,
};
