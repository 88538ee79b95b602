// Dependencies of python manifests: each requirement line of a requirements*.txt, and in a pyproject.toml the
// [project] `dependencies` array and the [tool.poetry.dependencies] / [tool.poetry.group.<name>.dependencies]
// tables. The version is an exact pin (`==1.2.3`, or poetry's bare `1.2.3`), else the one a poetry.lock beside the
// manifest records. The license comes from the installed distribution's METADATA in a virtualenv beside the
// manifest. Nothing is fetched: a dependency not installed there (or whose version is unknown) is reported unknown.
import parseSpdx from 'spdx-expression-parse';
import { UNKNOWN_LICENSE } from './unknown.js';
import type { MatchContext, RawMatch } from '../types.js';

interface Entry {
  /** [project], poetry or poetry.<group>: moving a dependency between them is a change, as in the npm reader. */
  section: string;
  name: string;
  spec: string;
  /** The version an exact pin names, if any. */
  pinned?: string;
  start: number;
  end: number;
}

export function pythonDependencies(ctx: MatchContext): RawMatch[] {
  const read = /(^|\/)pyproject\.toml$/.test(ctx.file.path) ? pyprojectEntries : requirementEntries;
  const key = (e: Entry) => `${e.section} ${normalize(e.name)} ${e.spec}`;
  // In a scan of a change, an entry whose section, name and version spec are as before is neither new nor upgraded.
  const before = ctx.previous === undefined ? undefined : new Set(read(ctx.previous).map(key));
  const lock = lockedVersions(ctx.sibling?.('poetry.lock'));
  const sites = sitePackages(ctx);
  const out: RawMatch[] = [];
  for (const entry of read(ctx.file.text)) {
    if (before?.has(key(entry))) continue;
    const locked = lock.get(normalize(entry.name));
    const version = entry.pinned ?? locked?.version;
    const license = version === undefined ? undefined : installedLicense(ctx, sites, [entry.name, locked?.name], version);
    out.push({
      start: entry.start,
      end: entry.end,
      license: license ?? UNKNOWN_LICENSE,
      dependency: { name: entry.name, ...(version ? { version } : {}) },
    });
  }
  return out;
}

/** PEP 503: names compare case-insensitively, with runs of -, _ and . equivalent. */
function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

// ---- requirements.txt ----

function requirementEntries(text: string): Entry[] {
  const out: Entry[] = [];
  let offset = 0;
  let continued = false;
  for (const rawLine of text.split('\n')) {
    const start = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    // A line after one ending in a backslash continues it: in practice the `--hash=...` options of a pinned line.
    const isContinuation = continued;
    continued = /\\\s*$/.test(line);
    if (isContinuation) continue;
    const body = line
      .replace(/\\\s*$/, '')
      .replace(/(^|\s)#.*$/, '') // a comment starts at a '#' that opens the line or follows whitespace
      .replace(/\s--?[A-Za-z].*$/, '') // per-requirement options: --hash, --config-settings
      .trimEnd();
    const at = body.search(/\S/);
    if (at === -1 || body[at] === '-') continue; // blank, or an option line: -r, -c, -e, --index-url
    const req = parseRequirement(body.slice(at));
    if (req) out.push({ section: '', ...req, start: start + at, end: start + body.length });
  }
  return out;
}

/** A PEP 508 requirement `name[extras] spec ; marker`; undefined for a URL, a path or an archive. */
function parseRequirement(text: string): { name: string; spec: string; pinned?: string } | undefined {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/s.exec(text.trim());
  if (!m) return undefined;
  const [, name, rest] = m as unknown as [string, string, string];
  if ((rest !== '' && !/^[=<>!~@;(]/.test(rest)) || /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(name)) return undefined;
  const spec = rest.split(';')[0]!.replace(/[\s()]/g, '');
  const pinned = /^===?([^,*]+)$/.exec(spec)?.[1];
  return { name, spec, ...(pinned ? { pinned } : {}) };
}

// ---- pyproject.toml (only what dependency declarations need: table headers, strings, arrays, inline tables) ----

function pyprojectEntries(text: string): Entry[] {
  const out: Entry[] = [];
  for (const table of tables(text)) {
    const path = table.path.join('.');
    if (path === 'project') {
      const open = /^[ \t]*dependencies[ \t]*=[ \t]*\[/gm;
      open.lastIndex = table.start;
      const m = open.exec(text);
      if (!m || m.index >= table.end) continue;
      for (const s of arrayStrings(text, m.index + m[0].length)) {
        const req = parseRequirement(s.value);
        if (req) out.push({ section: 'project', ...req, start: s.start, end: s.end });
      }
    } else if (path === 'tool.poetry.dependencies' || /^tool\.poetry\.group\.[^.]+\.dependencies$/.test(path)) {
      out.push(...poetryEntries(text, table, path === 'tool.poetry.dependencies' ? 'poetry' : `poetry.${table.path[3]}`));
    }
  }
  return out;
}

/** `name = "^1.2"`, `name = { version = "==1.2.3", extras = [...] }` or `name = [ {...}, {...} ]` lines. */
function poetryEntries(text: string, table: { start: number; end: number }, section: string): Entry[] {
  const out: Entry[] = [];
  const line = /^[ \t]*("[^"\n]+"|'[^'\n]+'|[A-Za-z0-9_-]+)[ \t]*=[ \t]*([^\n]*)/gm;
  line.lastIndex = table.start;
  for (let m = line.exec(text); m && m.index < table.end; m = line.exec(text)) {
    const name = m[1]!.replace(/^["']|["']$/g, '');
    if (name.toLowerCase() === 'python') continue;
    const value = m[2]!.trim();
    const quoted = /^(?:"([^"]*)"|'([^']*)')/.exec(value) ?? /\bversion\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(value);
    const spec = (quoted ? (quoted[1] ?? quoted[2])! : value.split(/\s#/)[0]!).replace(/\s/g, '');
    // Poetry reads a bare version as exact, like `==`.
    const pinned = quoted ? /^(?:===?)?(\d[^,*^~<>=!|]*)$/.exec(spec)?.[1] : undefined;
    const start = m.index + m[0].search(/\S/);
    out.push({ section, name, spec, ...(pinned ? { pinned } : {}), start, end: m.index + m[0].trimEnd().length });
  }
  return out;
}

/** Each `[table]` header (not `[[array]]`) with its dotted path unquoted, and the span of its body. */
function tables(text: string): Array<{ path: string[]; start: number; end: number }> {
  const headers = [...text.matchAll(/^[ \t]*\[([^[\]\n]+)\][ \t]*(?:#[^\n]*)?$|^[ \t]*\[\[[^\n]*$/gm)];
  return headers.flatMap((h, i) => {
    if (h[1] === undefined) return [];
    const path = h[1].split('.').map((p) => p.trim().replace(/^["']|["']$/g, ''));
    return [{ path, start: h.index + h[0].length, end: headers[i + 1]?.index ?? text.length }];
  });
}

/** The quoted strings of the TOML array whose '[' ends at `from`, with their offsets; comments skipped. */
function arrayStrings(text: string, from: number): Array<{ value: string; start: number; end: number }> {
  const out: Array<{ value: string; start: number; end: number }> = [];
  for (let i = from; i < text.length && text[i] !== ']'; i++) {
    if (text[i] === '#') {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (text[i] === '"' || text[i] === "'") {
      const quote = text[i]!;
      let value = '';
      let j = i + 1;
      for (; j < text.length && text[j] !== quote && text[j] !== '\n'; j++) {
        // A basic string's escapes: requirement strings hold at most an escaped quote.
        if (quote === '"' && text[j] === '\\') j++;
        value += text[j];
      }
      if (text[j] !== quote) break;
      out.push({ value, start: i, end: j + 1 });
      i = j;
    }
  }
  return out;
}

/** poetry.lock: normalized name → the name and version of each [[package]]. */
function lockedVersions(lock: string | undefined): Map<string, { name: string; version: string }> {
  const out = new Map<string, { name: string; version: string }>();
  for (const block of lock?.split(/^\[\[package\]\][ \t]*$/m).slice(1) ?? []) {
    const head = block.split(/^\[/m)[0]!; // the package's own keys, before [package.dependencies] and the like
    const name = /^name\s*=\s*"([^"]+)"/m.exec(head)?.[1];
    const version = /^version\s*=\s*"([^"]+)"/m.exec(head)?.[1];
    if (name && version) out.set(normalize(name), { name, version });
  }
  return out;
}

// ---- the installed distribution ----

/**
 * site-packages of the virtualenvs beside the manifest. ctx.sibling reads files, not directories, so the Python
 * version in lib/python3.X comes from the venv's pyvenv.cfg (venv, virtualenv and uv all write it).
 */
function sitePackages(ctx: MatchContext): string[] {
  const out: string[] = [];
  for (const venv of ['.venv', 'venv', 'env']) {
    const cfg = ctx.sibling?.(`${venv}/pyvenv.cfg`);
    if (cfg === undefined) continue;
    const v = /^\s*version(?:_info)?\s*=\s*(\d+)\.(\d+)/m.exec(cfg);
    if (v) out.push(`${venv}/lib/python${v[1]}.${v[2]}/site-packages`);
    out.push(`${venv}/Lib/site-packages`); // Windows
  }
  return out;
}

/**
 * The license in <name>-<version>.dist-info/METADATA. Installers name that directory after the distribution:
 * lower-cased with `_` (the current spec), or as the project spells it with `-` turned to `_` (older tools). Without
 * a directory listing, those two spellings of the declared name and of poetry.lock's name are tried.
 */
function installedLicense(ctx: MatchContext, sites: string[], names: Array<string | undefined>, version: string): string | undefined {
  const spellings = new Set(names.flatMap((n) => (n ? [n.toLowerCase().replace(/[-_.]+/g, '_'), n.replace(/-/g, '_')] : [])));
  // Both parts become a path: anything but a name's or a version's characters could climb out of site-packages.
  const safe = (part: string) => /^[A-Za-z0-9][A-Za-z0-9._+!-]*$/.test(part);
  if (!safe(version)) return undefined;
  for (const site of sites) {
    for (const name of [...spellings].filter(safe)) {
      const metadata = ctx.sibling?.(`${site}/${name}-${version}.dist-info/METADATA`);
      if (metadata !== undefined) return metadataLicense(metadata);
    }
  }
  return undefined;
}

/** License-Expression, else a License that is SPDX or a known name, else a single license classifier. */
export function metadataLicense(metadata: string): string | undefined {
  const fields: Array<[string, string]> = [];
  for (const line of metadata.split(/\r?\n\r?\n/, 1)[0]!.split(/\r?\n/)) {
    const last = fields[fields.length - 1];
    if (/^[ \t]/.test(line) && last) last[1] += `\n${line.trim()}`; // a folded header continues
    else {
      const m = /^([A-Za-z0-9-]+):[ \t]*(.*)$/.exec(line);
      if (m) fields.push([m[1]!.toLowerCase(), m[2]!.trim()]);
    }
  }
  const values = (name: string) => fields.filter(([k]) => k === name).map(([, v]) => v);
  const expression = values('license-expression')[0];
  if (expression) return expression;
  const license = values('license')[0];
  const named = license && !license.includes('\n') ? spdxOrName(license) : undefined;
  return named ?? fromClassifiers(values('classifier'));
}

function spdxOrName(text: string): string | undefined {
  try {
    parseSpdx(text);
    return text;
  } catch {
    return LICENSE_NAMES[nameKey(text)];
  }
}

/** "Apache License, Version 2.0" → "apache 2", "GPLv3+" → "gpl 3 +", "The MIT License" → "mit". */
function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(?:the|license|licence|version)\b/g, ' ')
    .replace(/\bor later\b/g, '+')
    .replace(/v(?=\d)/g, ' ')
    .replace(/(\d)\.0\b/g, '$1')
    .replace(/\+/g, ' +')
    .replace(/[\s,_"()-]+/g, ' ')
    .trim();
}

// Names seen in the free-text License field. A stated GPL-family version without "or later" is read as "-only",
// the narrower grant. A bare "BSD" or "Apache" names no variant and stays unknown.
const LICENSE_NAMES: Readonly<Record<string, string>> = {
  mit: 'MIT',
  isc: 'ISC',
  'apache 2': 'Apache-2.0',
  'apache software 2': 'Apache-2.0',
  'bsd 3 clause': 'BSD-3-Clause',
  '3 clause bsd': 'BSD-3-Clause',
  'new bsd': 'BSD-3-Clause',
  'modified bsd': 'BSD-3-Clause',
  'bsd 2 clause': 'BSD-2-Clause',
  '2 clause bsd': 'BSD-2-Clause',
  'simplified bsd': 'BSD-2-Clause',
  'mpl 2': 'MPL-2.0',
  'mozilla public 2': 'MPL-2.0',
  psf: 'PSF-2.0',
  'psf 2': 'PSF-2.0',
  'python software foundation': 'PSF-2.0',
  'gpl 2': 'GPL-2.0-only',
  'gpl 2 +': 'GPL-2.0-or-later',
  'gpl 3': 'GPL-3.0-only',
  'gpl 3 +': 'GPL-3.0-or-later',
  'lgpl 2.1': 'LGPL-2.1-only',
  'lgpl 2.1 +': 'LGPL-2.1-or-later',
  'lgpl 3': 'LGPL-3.0-only',
  'lgpl 3 +': 'LGPL-3.0-or-later',
  'agpl 3': 'AGPL-3.0-only',
  'agpl 3 +': 'AGPL-3.0-or-later',
};

// Trove classifiers (after "License :: OSI Approved :: ") that name one license. Left out on purpose, as PEP 639's
// appendix lists them as naming no single license: "BSD License", "Apache Software License", "GNU General Public
// License (GPL)", the LGPLv2 ones and the unversioned LGPL. "v2"/"v3" without "or later" read as "-only" (see above).
const CLASSIFIERS: Readonly<Record<string, string>> = {
  'MIT License': 'MIT',
  'ISC License (ISCL)': 'ISC',
  'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
  'Python Software Foundation License': 'PSF-2.0',
  'GNU General Public License v2 (GPLv2)': 'GPL-2.0-only',
  'GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
  'GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
  'GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
  'GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
  'GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
  'GNU Affero General Public License v3': 'AGPL-3.0-only',
  'GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
};

/** One license classifier (its parents, like "License :: OSI Approved", aside); several say nothing of how they combine. */
function fromClassifiers(classifiers: string[]): string | undefined {
  const licenses = classifiers.filter((c) => c.startsWith('License ::'));
  const parents = new Set<string>();
  for (const c of licenses) {
    const parts = c.split(' :: ');
    for (let i = 1; i < parts.length; i++) parents.add(parts.slice(0, i).join(' :: '));
  }
  const leaves = [...new Set(licenses.filter((c) => !parents.has(c)))];
  if (leaves.length !== 1) return undefined;
  return CLASSIFIERS[leaves[0]!.replace(/^License :: OSI Approved :: /, '')];
}
