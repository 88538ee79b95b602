// Which license a whole license text (a LICENSE or COPYING file) is, from phrases only that license has. Used
// where a dependency ships its license as a file and names no SPDX id. Texts are compared with whitespace and
// case normalised, so line wrapping and indentation do not matter. A text that matches nothing is undefined:
// the caller reports it as unknown rather than guessing.

const GNU_VERSIONS: Record<string, Record<string, string>> = {
  '': { '2': 'GPL-2.0-only', '3': 'GPL-3.0-only' },
  lesser: { '2.1': 'LGPL-2.1-only', '3': 'LGPL-3.0-only' },
  library: { '2': 'LGPL-2.0-only' },
  affero: { '3': 'AGPL-3.0-only' },
};

/** The names a project or a package gives its license text, in the order to look for them. */
export const LICENSE_FILE_NAMES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'COPYING', 'COPYING.md'];

export function identifyLicenseText(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').toLowerCase();
  const has = (phrase: string) => t.includes(phrase);

  // Before the GNU titles: MPL-2.0 names the GNU licenses (with their versions) as its Secondary Licenses.
  if (has('mozilla public license version 2.0') || has('mozilla public license, version 2.0')) return 'MPL-2.0';
  // The first GNU title is the license's own: the GPL-3.0 text itself mentions the Lesser and Affero GPLs, but not
  // as a title followed by "version N". The file says "-only" unless it is the "or any later version" notice, and
  // a bare license text says nothing of later versions.
  const gnu = /gnu (lesser |library |affero )?general public license version (\d(?:\.\d)?)\b/.exec(t);
  if (gnu) {
    const id = GNU_VERSIONS[(gnu[1] ?? '').trim()]?.[gnu[2]!];
    if (id) return id;
  }
  if (has('apache license') && has('version 2.0')) return 'Apache-2.0';
  if (has('redistribution and use in source and binary forms')) {
    if (has('all advertising materials mentioning features')) return 'BSD-4-Clause';
    // The third clause forbids using the authors' names to endorse derived products.
    return has('neither the name of') || has('nor the names of its contributors') ? 'BSD-3-Clause' : 'BSD-2-Clause';
  }
  if (has('permission is hereby granted, free of charge')) {
    // MIT No Attribution drops the condition that the notice be kept.
    return has('the above copyright notice and this permission notice shall be included') ? 'MIT' : 'MIT-0';
  }
  if (has('permission to use, copy, modify, and/or distribute this software for any purpose with or without fee')) {
    // 0BSD is ISC without the condition that the notice appear in all copies.
    return has('provided that the above copyright notice and this permission notice appear in all copies') ? 'ISC' : '0BSD';
  }
  if (has('this is free and unencumbered software released into the public domain')) return 'Unlicense';
  return undefined;
}
