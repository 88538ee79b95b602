// The `manifest` matcher: each dependency a manifest declares, at the line that declares it, with the license
// the lockfile or the installed package records. No network: a license that cannot be known offline is reported
// as unknown (the policy warns), never taken as fine.
import type { RuleDefinition } from '../rules/schema.js';
import { cargoDependencies } from './manifests/cargo.js';
import { goDependencies } from './manifests/go.js';
import { mavenDependencies } from './manifests/maven.js';
import { pythonDependencies } from './manifests/python.js';
import { UNKNOWN_LICENSE } from './manifests/unknown.js';
import type { CompiledMatcher, MatchContext, RawMatch } from './types.js';

const NPM_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

export function createManifestMatcher(def: RuleDefinition): CompiledMatcher {
  return {
    kind: 'manifest',
    needsTree: false,
    interruptible: true,
    match(ctx: MatchContext): RawMatch[] {
      return READERS[def.manifest!](ctx);
    },
  };
}

const READERS: Record<NonNullable<RuleDefinition['manifest']>, (ctx: MatchContext) => RawMatch[]> = {
  npm: npmDependencies,
  python: pythonDependencies,
  cargo: cargoDependencies,
  maven: mavenDependencies,
  go: goDependencies,
};

interface Resolved {
  version?: string;
  license?: string;
}

function npmDependencies(ctx: MatchContext): RawMatch[] {
  const text = ctx.file.text;
  const lock = parseJson(ctx.sibling?.('package-lock.json')) as { packages?: Record<string, { version?: string; license?: unknown }> } | undefined;
  // In a scan of a change, an entry whose section, name and range are as before is neither new nor upgraded.
  const before = ctx.previous === undefined ? undefined : new Set(entries(ctx.previous).map((e) => `${e.section} ${e.name} ${e.spec}`));
  const out: RawMatch[] = [];
  for (const { section, name, spec, start, end } of entries(text)) {
    if (before?.has(`${section} ${name} ${spec}`)) continue;
    const resolved = fromLock(lock, name) ?? fromInstalled(ctx, name);
    out.push({
      start,
      end,
      license: resolved?.license ?? UNKNOWN_LICENSE,
      dependency: { name, ...(resolved?.version ? { version: resolved.version } : {}) },
    });
  }
  return out;
}

/** Every dependency entry of the manifest's sections, with its place in the text. */
function entries(text: string): Array<{ section: string; name: string; spec: string; start: number; end: number }> {
  const out: Array<{ section: string; name: string; spec: string; start: number; end: number }> = [];
  for (const section of NPM_SECTIONS) {
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

function fromLock(lock: { packages?: Record<string, { version?: string; license?: unknown }> } | undefined, name: string): Resolved | undefined {
  const entry = lock?.packages?.[`node_modules/${name}`];
  return entry ? { version: entry.version, license: licenseField(entry.license) } : undefined;
}

function fromInstalled(ctx: MatchContext, name: string): Resolved | undefined {
  const manifest = parseJson(ctx.sibling?.(`node_modules/${name}/package.json`)) as { version?: string; license?: unknown; licenses?: unknown } | undefined;
  return manifest ? { version: manifest.version, license: licenseField(manifest.license) ?? licenseField(manifest.licenses) } : undefined;
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
