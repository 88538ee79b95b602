// Dependencies of a package.json: every entry of dependencies, devDependencies, optionalDependencies and
// peerDependencies, at the line that declares it. The version comes from the nearest lockfile (package-lock.json,
// pnpm-lock.yaml or yarn.lock, in this folder or a workspace root above it); the license from package-lock.json's
// metadata or the installed package's package.json (the flat node_modules layout of npm and yarn, or pnpm's
// node_modules/.pnpm store). pnpm and yarn lockfiles record no licenses, so a package they lock but nobody
// installed is reported with its version and an unknown license.
import { UNKNOWN_LICENSE } from './unknown.js';
import type { MatchContext, RawMatch } from '../types.js';

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

interface Resolved {
  version?: string;
  license?: string;
}

interface Entry {
  section: string;
  name: string;
  spec: string;
  start: number;
  end: number;
}

export function npmDependencies(ctx: MatchContext): RawMatch[] {
  const text = ctx.file.text;
  // In a scan of a change, an entry whose section, name and range are as before is neither new nor upgraded.
  const before = ctx.previous === undefined ? undefined : new Set(entries(ctx.previous).map((e) => `${e.section} ${e.name} ${e.spec}`));
  const fresh = entries(text).filter((e) => !before?.has(`${e.section} ${e.name} ${e.spec}`));
  if (fresh.length === 0) return [];
  const lock = findLockfile(ctx);
  const out: RawMatch[] = [];
  for (const entry of fresh) {
    const locked = lock?.resolve(entry);
    const installed = fromInstalled(ctx, entry.name, locked?.version);
    const version = locked?.version ?? installed?.version;
    out.push({
      start: entry.start,
      end: entry.end,
      license: locked?.license ?? installed?.license ?? UNKNOWN_LICENSE,
      dependency: { name: entry.name, ...(version ? { version } : {}) },
    });
  }
  return out;
}

/** Every dependency entry of the manifest's sections, with its place in the text. */
function entries(text: string): Entry[] {
  const out: Entry[] = [];
  for (const section of SECTIONS) {
    const body = objectBody(text, section);
    if (!body) continue;
    const entry = /"((?:[^"\\]|\\.)+)"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
    entry.lastIndex = body.start;
    for (let m = entry.exec(text); m && m.index < body.end; m = entry.exec(text)) {
      out.push({ section, name: m[1]!, spec: m[2]!, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** Offsets of the inside of `"key": { ... }` (a flat object: dependency maps hold strings only). */
function objectBody(text: string, key: string): { start: number; end: number } | undefined {
  const open = new RegExp(`"${key}"\\s*:\\s*\\{`).exec(text);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const end = text.indexOf('}', start);
  return end === -1 ? undefined : { start, end };
}

interface Lockfile {
  resolve(entry: Entry): Resolved | undefined;
}

/**
 * The lockfile that governs this manifest: the first of package-lock.json, pnpm-lock.yaml and yarn.lock found in
 * its folder, then in each folder above it up to the scan root (a workspace keeps one lockfile at its root).
 */
function findLockfile(ctx: MatchContext): Lockfile | undefined {
  const depth = ctx.file.path.split('/').length - 1;
  for (let up = 0; up <= depth; up++) {
    const prefix = '../'.repeat(up);
    // The manifest's folder as the lockfile names it: '' at the lockfile's own level, else 'packages/a'.
    const importer = ctx.file.path.split('/').slice(depth - up, depth).join('/');
    const npm = ctx.sibling?.(`${prefix}package-lock.json`) ?? ctx.sibling?.(`${prefix}npm-shrinkwrap.json`);
    if (npm !== undefined) return npmLock(npm, importer);
    const pnpm = ctx.sibling?.(`${prefix}pnpm-lock.yaml`);
    if (pnpm !== undefined) return pnpmLock(pnpm, importer);
    const yarn = ctx.sibling?.(`${prefix}yarn.lock`);
    if (yarn !== undefined) return yarnLock(yarn);
  }
  return undefined;
}

/** package-lock.json v2/v3: `packages["node_modules/x"]`, or nested under a workspace's own folder. */
function npmLock(text: string, importer: string): Lockfile | undefined {
  const lock = parseJson(text) as { packages?: Record<string, { version?: string; license?: unknown }> } | undefined;
  if (!lock?.packages) return undefined;
  return {
    resolve({ name }) {
      const entry = (importer ? lock.packages![`${importer}/node_modules/${name}`] : undefined) ?? lock.packages![`node_modules/${name}`];
      return entry ? { version: entry.version, license: licenseField(entry.license) } : undefined;
    },
  };
}

/**
 * pnpm-lock.yaml, read line by line (its layout is fixed by pnpm). Versions 6 to 9 list each workspace package
 * under `importers:` with `name: {specifier, version}`; version 5 lists a single project's `name: version` at the
 * top level. A version may carry peer suffixes (`1.2.3(react@18.2.0)`) or be a link; only a plain semver is kept.
 */
function pnpmLock(text: string, importer: string): Lockfile {
  const versions = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  const hasImporters = lines.some((l) => l === 'importers:');
  let inImporter = !hasImporters;
  let inSection = false;
  let current: string | undefined;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    if (content === '' || content.startsWith('#')) continue;
    const key = /^(?:'([^']+)'|"([^"]+)"|([^:'"\s][^:]*?)):(?:\s+(.*))?$/.exec(content);
    const name = key ? (key[1] ?? key[2] ?? key[3])! : undefined;
    const value = key?.[4]?.replace(/^['"]|['"]$/g, '');
    // Where the dependency sections sit: under `importers: <folder>:` or at the top level.
    const base = hasImporters ? 4 : 0;
    if (hasImporters && indent === 0) {
      inImporter = false;
      inSection = false;
    } else if (hasImporters && indent === 2 && name !== undefined) {
      inImporter = name === (importer || '.');
      inSection = false;
    } else if (inImporter && indent === base && name !== undefined) {
      inSection = SECTIONS.includes(name);
    } else if (inImporter && inSection && indent === base + 2 && name !== undefined) {
      current = name;
      if (value) setVersion(versions, name, value);
    } else if (inImporter && inSection && indent === base + 4 && name === 'version' && current !== undefined && value) {
      setVersion(versions, current, value);
    }
  }
  return { resolve: ({ name }) => (versions.has(name) ? { version: versions.get(name) } : undefined) };
}

function setVersion(versions: Map<string, string>, name: string, raw: string): void {
  // Peer suffixes: `(react@18.2.0)` since version 6, `_react@18.2.0` before.
  const version = /^(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?:$|[(_])/.exec(raw)?.[1];
  if (version) versions.set(name, version);
}

/**
 * yarn.lock, classic (v1: `"name@^1.0.0", name@^1.2.0:` then `  version "1.2.3"`) or Berry (`"name@npm:^1.0.0":`
 * then `  version: 1.2.3`). The entry whose descriptors include this manifest's `name@range` wins; failing that,
 * the only version locked for the name.
 */
function yarnLock(text: string): Lockfile {
  const byDescriptor = new Map<string, string>();
  const byName = new Map<string, Set<string>>();
  let descriptors: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line) && line.endsWith(':')) {
      descriptors = line
        .slice(0, -1)
        .split(/,\s*/)
        .map((d) => d.trim().replace(/^"|"$/g, ''));
      continue;
    }
    const version = /^ {2}version:?\s+"?([^"\s]+)"?\s*$/.exec(line)?.[1];
    if (!version) continue;
    for (const descriptor of descriptors) {
      const at = descriptor.indexOf('@', 1);
      if (at === -1) continue;
      const name = descriptor.slice(0, at);
      byDescriptor.set(`${name}@${descriptor.slice(at + 1).replace(/^npm:/, '')}`, version);
      (byName.get(name) ?? byName.set(name, new Set()).get(name)!).add(version);
    }
  }
  return {
    resolve({ name, spec }) {
      const exact = byDescriptor.get(`${name}@${spec.replace(/^npm:/, '')}`);
      const only = byName.get(name)?.size === 1 ? [...byName.get(name)!][0] : undefined;
      const version = exact ?? only;
      return version ? { version } : undefined;
    },
  };
}

/** The installed package: node_modules/<name> (npm, yarn, pnpm's symlink), else pnpm's store folder for the version. */
function fromInstalled(ctx: MatchContext, name: string, version: string | undefined): Resolved | undefined {
  const read = (rel: string) => parseJson(ctx.sibling?.(rel)) as { version?: string; license?: unknown; licenses?: unknown } | undefined;
  const manifest =
    read(`node_modules/${name}/package.json`) ??
    (version ? read(`node_modules/.pnpm/${name.replace('/', '+')}@${version}/node_modules/${name}/package.json`) : undefined);
  if (!manifest) return undefined;
  // An installed copy of another version than the lockfile's says nothing reliable about the locked one.
  if (version && manifest.version && manifest.version !== version) return undefined;
  return { version: manifest.version, license: licenseField(manifest.license) ?? licenseField(manifest.licenses) };
}

/** package.json's license field in its three historical shapes: "MIT", { type: "MIT" }, [{ type }, ...]. */
function licenseField(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (value && typeof value === 'object' && !Array.isArray(value)) return licenseField((value as { type?: unknown }).type);
  if (Array.isArray(value)) {
    const ids = value.map(licenseField).filter((v): v is string => v !== undefined);
    return ids.length === 0 ? undefined : ids.length === 1 ? ids[0] : `(${ids.join(' OR ')})`;
  }
  return undefined;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
