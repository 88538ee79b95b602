// Dependencies of a Maven pom.xml, each with the license its own pom in the local repository (~/.m2/repository)
// declares. Nothing is fetched: an artifact that was never downloaded, or whose pom names no license this file
// recognises, is reported as unknown. The XML is read with a small tag scanner (a pom is a plain element tree whose
// attributes say nothing that matters here), so the engine needs no XML dependency.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import parseSpdx from 'spdx-expression-parse';
import { UNKNOWN_LICENSE } from './unknown.js';
import type { MatchContext, RawMatch } from '../types.js';

export function mavenDependencies(ctx: MatchContext): RawMatch[] {
  // In a scan of a change, a dependency whose coordinates and version are as before is neither new nor upgraded.
  const before = ctx.previous === undefined ? undefined : new Set(declared(ctx.previous).map((d) => `${d.name} ${d.spec}`));
  const out: RawMatch[] = [];
  for (const dep of declared(ctx.file.text)) {
    if (ctx.budget.expired()) break;
    if (before?.has(`${dep.name} ${dep.spec}`)) continue;
    const license = dep.version && dep.groupId ? artifactLicense(dep.groupId, dep.artifactId, dep.version) : undefined;
    // The whole element, not only its first line: in a scan of a change, an upgrade touches only the <version>
    // line, and the finding must overlap the changed lines to be kept.
    out.push({
      start: dep.start,
      end: dep.end,
      license: license ?? UNKNOWN_LICENSE,
      dependency: { name: dep.name, ...(dep.version ? { version: dep.version } : {}) },
    });
  }
  return out;
}

interface Declared {
  name: string;
  groupId: string;
  artifactId: string;
  /** The version as written, with properties resolved where they can be (for comparing with the old text). */
  spec: string;
  /** A concrete version, when the pom states one. */
  version?: string;
  start: number;
  end: number;
}

/**
 * The project's own dependencies: <dependency> children of <dependencies> directly under <project> or a
 * <profile>. That leaves out <dependencyManagement> (versions for later, not dependencies), plugin dependencies
 * (build tools) and anything inside a plugin's <configuration>.
 */
function declared(text: string): Declared[] {
  const root = parseXml(text);
  const project = child(root, 'project');
  if (!project) return [];
  const props = properties(project);
  const lists = [child(project, 'dependencies'), ...children(child(project, 'profiles'), 'profile').map((p) => child(p, 'dependencies'))];
  const out: Declared[] = [];
  for (const list of lists) {
    for (const dep of children(list, 'dependency')) {
      const groupId = resolve(textOf(child(dep, 'groupId')), props);
      const artifactId = resolve(textOf(child(dep, 'artifactId')), props);
      if (!artifactId) continue;
      const spec = resolve(textOf(child(dep, 'version')), props);
      // A range ([1.0,2.0)) or an unresolved ${property} is not a version the repository holds.
      const version = spec && !/[$[\](),]/.test(spec) ? spec : undefined;
      out.push({ name: groupId ? `${groupId}:${artifactId}` : artifactId, groupId, artifactId, spec, version, start: dep.start, end: dep.end });
    }
  }
  return out;
}

/** <properties> of the pom, plus the project's own coordinates as Maven names them. */
function properties(project: XmlElement): Map<string, string> {
  const props = new Map<string, string>();
  for (const p of child(project, 'properties')?.children ?? []) props.set(p.name, textOf(p));
  const parent = child(project, 'parent');
  const version = textOf(child(project, 'version')) || textOf(child(parent, 'version'));
  const groupId = textOf(child(project, 'groupId')) || textOf(child(parent, 'groupId'));
  if (version) props.set('project.version', version).set('pom.version', version);
  if (groupId) props.set('project.groupId', groupId).set('pom.groupId', groupId);
  return props;
}

/** Replaces ${name} with the property's value (properties may refer to others); unknown ones stay as written. */
function resolve(value: string, props: Map<string, string>): string {
  let out = value;
  for (let i = 0; i < 10 && out.includes('${'); i++) {
    const next = out.replace(/\$\{([^}]+)\}/g, (whole, name: string) => props.get(name) ?? whole);
    if (next === out) break;
    out = next;
  }
  return out;
}

// ---- The local repository ----------------------------------------------------------------------------------

/**
 * The license the artifact's pom declares; a pom without <licenses> inherits its parent's, as Maven's effective
 * pom does, so the parent chain is followed through the repository.
 */
function artifactLicense(groupId: string, artifactId: string, version: string): string | undefined {
  let coords: { groupId: string; artifactId: string; version: string } | undefined = { groupId, artifactId, version };
  for (let depth = 0; coords && depth < 8; depth++) {
    const text = readPom(coords.groupId, coords.artifactId, coords.version);
    const project = text === undefined ? undefined : child(parseXml(text), 'project');
    if (!project) return undefined;
    const licenses = child(project, 'licenses');
    if (licenses) return licenseExpression(children(licenses, 'license'));
    const parent = child(project, 'parent');
    const next = { groupId: textOf(child(parent, 'groupId')), artifactId: textOf(child(parent, 'artifactId')), version: textOf(child(parent, 'version')) };
    coords = next.groupId && next.artifactId && next.version && !next.version.includes('$') ? next : undefined;
  }
  return undefined;
}

function readPom(groupId: string, artifactId: string, version: string): string | undefined {
  // Coordinates come from the scanned file: keep them to one path segment each so they cannot leave the repository.
  if ([groupId, artifactId, version].some((part) => !/^[\w.+-]+$/.test(part) || part.startsWith('.'))) return undefined;
  const file = path.join(homedir(), '.m2', 'repository', ...groupId.split('.'), artifactId, version, `${artifactId}-${version}.pom`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Several <license> elements offer a choice (OR); one that is not recognised is left out of the choice. */
function licenseExpression(licenses: XmlElement[]): string | undefined {
  const ids = [...new Set(licenses.map((l) => spdxFromName(textOf(child(l, 'name'))) ?? spdxFromUrl(textOf(child(l, 'url')))))].filter(
    (id): id is string => id !== undefined,
  );
  if (ids.length <= 1) return ids[0];
  return `(${ids.map((id) => (id.includes(' OR ') || id.includes(' AND ') ? `(${id})` : id)).join(' OR ')})`;
}

// ---- License names and URLs → SPDX ---------------------------------------------------------------------------

const CLASSPATH = 'GPL-2.0-only WITH Classpath-exception-2.0';

/** Names as poms write them, after normalizing (see `normalizeName`): lower case, no filler words. */
const NAMES: Array<[RegExp, string]> = [
  [/^(?:apache|asl)(?: public)? 2(?:\.0)?$/, 'Apache-2.0'],
  [/^mit$/, 'MIT'],
  [/^(?:bsd 2 clause|2 clause bsd|simplified bsd|freebsd)$/, 'BSD-2-Clause'],
  // The Eclipse Distribution License 1.0 is the 3-clause BSD license (SPDX lists it as BSD-3-Clause).
  [/^(?:bsd 3 clause|3 clause bsd|bsd 3|new bsd|revised bsd|modified bsd|eclipse distribution(?: 1\.0)?|edl 1\.0)$/, 'BSD-3-Clause'],
  [/^(?:eclipse public|epl) 1\.0$/, 'EPL-1.0'],
  [/^(?:eclipse public|epl) 2(?:\.0)?$/, 'EPL-2.0'],
  [/^(?:mozilla public|mpl) 1\.1$/, 'MPL-1.1'],
  [/^(?:mozilla public|mpl) 2(?:\.0)?$/, 'MPL-2.0'],
  [/^(?:common development and distribution|cddl) 1\.0$/, 'CDDL-1.0'],
  [/^(?:common development and distribution|cddl) 1\.1$/, 'CDDL-1.1'],
  [/^common public 1\.0$/, 'CPL-1.0'],
];

/** GNU licenses: the family, the version, and whether "or later" is granted (without it, -only). */
const GNU = /^(?:gnu )?(affero general public|agpl|lesser general public|lgpl|general public|gpl) (2|2\.0|2\.1|3|3\.0)( \+| or (?:any )?later)?$/;

function spdxFromName(name: string): string | undefined {
  if (!name) return undefined;
  const n = normalizeName(name);
  const gpl = /\bgpl\b|general public/.test(n) && !/lesser|lgpl|affero|agpl/.test(n);
  // GPL v2 with the Classpath exception ("GPL2 w/ CPE", "GPLv2+CE"), alone or as the CDDL dual license.
  if (gpl && /\b2(?:\.0)?\b/.test(n) && /\bclasspath\b|\bcpe\b|\+ ce\b/.test(n)) {
    const cddl = /\b(?:cddl|common development)\b.*?\b(1\.[01])\b/.exec(n);
    if (cddl) return `CDDL-${cddl[1]} OR ${CLASSPATH}`;
    return /\bcddl\b|common development/.test(n) ? undefined : CLASSPATH;
  }
  const gnu = GNU.exec(n);
  if (gnu) return gnuId(gnu[1]!, gnu[2]!, gnu[3] !== undefined);
  for (const [re, id] of NAMES) if (re.test(n)) return id;
  // Newer poms often give the SPDX id itself as the name.
  return isSpdx(name.trim()) ? name.trim() : undefined;
}

function gnuId(family: string, version: string, orLater: boolean): string | undefined {
  const v = version.length === 1 ? `${version}.0` : version;
  const prefix = /affero|agpl/.test(family) ? 'AGPL' : /lesser|lgpl/.test(family) ? 'LGPL' : 'GPL';
  // The versions each family has: AGPL 3, LGPL 2.1 and 3 (a bare "LGPL 2" is ambiguous), GPL 2 and 3.
  const known = { AGPL: ['3.0'], LGPL: ['2.1', '3.0'], GPL: ['2.0', '3.0'] }[prefix];
  return known.includes(v) ? `${prefix}-${v}-${orLater ? 'or-later' : 'only'}` : undefined;
}

/** "The Apache Software License, Version 2.0" → "apache 2.0"; "GPLv2+CE" → "gpl 2 + ce". */
function normalizeName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/licence/g, 'license')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\+/g, ' + ')
    .replace(/[^a-z0-9.+]+/g, ' ')
    .split(' ')
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    // "gplv2", "bsd3", "v2.0": letters glued to a version.
    .flatMap((w) => /^([a-z]+?)v?(\d+(?:\.\d+)*)$/.exec(w)?.slice(1) ?? [w])
    .filter((w) => w !== '' && !FILLER.has(w));
  return words.join(' ');
}

const FILLER = new Set(['the', 'license', 'version', 'v', 'software', 'w', 'with', 'exception']);

/** License URLs as poms write them, after dropping the scheme, "www.", a trailing slash and the extension. */
const URLS: Array<[RegExp, string]> = [
  [/^apache\.org\/licenses?\/license-2\.0$/, 'Apache-2.0'],
  [/^opensource\.org\/licenses?\/apache-2\.0$/, 'Apache-2.0'],
  [/^opensource\.org\/licenses?\/mit(?:-license)?$/, 'MIT'],
  [/^opensource\.org\/licenses?\/bsd-2-clause$/, 'BSD-2-Clause'],
  [/^opensource\.org\/licenses?\/bsd-3-clause$/, 'BSD-3-Clause'],
  [/^eclipse\.org\/org\/documents\/edl-v10$/, 'BSD-3-Clause'],
  [/^eclipse\.org\/(?:legal|org\/documents)\/epl-(?:v10|1\.0)$/, 'EPL-1.0'],
  [/^opensource\.org\/licenses?\/(?:epl|eclipse)-1\.0$/, 'EPL-1.0'],
  [/^eclipse\.org\/(?:legal|org\/documents)\/epl-(?:v20|2\.0)(?:\/epl-2\.0)?$/, 'EPL-2.0'],
  [/^opensource\.org\/licenses?\/epl-2\.0$/, 'EPL-2.0'],
  [/^mozilla\.org\/(?:en-us\/)?mpl\/(?:mpl-)?1\.1$/, 'MPL-1.1'],
  [/^mozilla\.org\/(?:en-us\/)?mpl\/2\.0$/, 'MPL-2.0'],
  [/^opensource\.org\/licenses?\/cddl-1\.0$/, 'CDDL-1.0'],
  [/^glassfish\.(?:dev\.)?java\.net\/(?:nonav\/)?public\/cddl\+gpl$/, `CDDL-1.0 OR ${CLASSPATH}`],
  [/^glassfish\.(?:dev\.)?java\.net\/(?:nonav\/)?public\/cddl\+gpl_1_1$/, `CDDL-1.1 OR ${CLASSPATH}`],
  [/^openjdk\.(?:java\.net|org)\/legal\/gplv2\+ce$/, CLASSPATH],
  [/^gnu\.org\/licenses\/old-licenses\/gpl-2\.0$/, 'GPL-2.0-only'],
  [/^gnu\.org\/licenses\/(?:old-licenses\/)?lgpl-2\.1$/, 'LGPL-2.1-only'],
  [/^opensource\.org\/licenses?\/lgpl-2\.1$/, 'LGPL-2.1-only'],
  [/^gnu\.org\/licenses\/gpl-3\.0$/, 'GPL-3.0-only'],
  [/^gnu\.org\/licenses\/lgpl-3\.0$/, 'LGPL-3.0-only'],
  [/^gnu\.org\/licenses\/agpl-3\.0$/, 'AGPL-3.0-only'],
];

function spdxFromUrl(url: string): string | undefined {
  if (!url) return undefined;
  const u = url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .replace(/(?:\.en)?\.(?:txt|html?|php)$/i, '');
  const spdx = /^spdx\.org\/licenses\/([\w.+-]+)$/i.exec(u);
  if (spdx) return isSpdx(spdx[1]!) ? spdx[1] : undefined;
  return URLS.find(([re]) => re.test(u.toLowerCase()))?.[1];
}

function isSpdx(text: string): boolean {
  try {
    parseSpdx(text);
    return true;
  } catch {
    return false;
  }
}

// ---- A small XML reader --------------------------------------------------------------------------------------

interface XmlElement {
  name: string;
  /** Offsets of the whole element, from `<` of the start tag to after `>` of the end tag. */
  start: number;
  end: number;
  /** Where the content lies, between the tags. */
  contentStart: number;
  contentEnd: number;
  children: XmlElement[];
  text: string;
}

/**
 * Elements of an XML text as a tree under a nameless root. Comments, CDATA, processing instructions and the
 * doctype are blanked first (same length, so offsets hold); an end tag with no open element of its name is
 * ignored, and one that closes an outer element closes the ones left open inside it.
 */
function parseXml(source: string): XmlElement {
  const text = source.replace(/<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<!DOCTYPE[^>]*(?:>|$)/g, (m) => m.replace(/[^\n]/g, ' '));
  const root: XmlElement = { name: '', start: 0, end: text.length, contentStart: 0, contentEnd: text.length, children: [], text };
  const stack = [root];
  // [^<>] rather than [^>]: a stray `<` cannot make every later tag rescan to the end of the text.
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^<>]*?(\/?)>/g;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const [whole, closing, name = '', selfClosing] = m;
    const after = m.index + whole.length;
    if (!closing) {
      const el: XmlElement = { name, start: m.index, end: after, contentStart: after, contentEnd: after, children: [], text };
      stack.at(-1)!.children.push(el);
      if (!selfClosing) stack.push(el);
      continue;
    }
    const at = stack.findLastIndex((el, i) => i > 0 && el.name === name);
    if (at === -1) continue;
    for (const open of stack.splice(at)) {
      open.contentEnd = m.index;
      open.end = after;
    }
  }
  return root;
}

function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el?.children.filter((c) => c.name === name) ?? [];
}

/** The trimmed text of a leaf element, with the predefined and numeric entities decoded. */
function textOf(el: XmlElement | undefined): string {
  if (!el || el.children.length > 0) return '';
  return el.text
    .slice(el.contentStart, el.contentEnd)
    .trim()
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (whole, dec?: string, hex?: string, named?: string) => {
      if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named.toLowerCase()] ?? whole;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
