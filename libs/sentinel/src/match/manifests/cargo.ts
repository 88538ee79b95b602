// Dependencies of a Cargo.toml: every entry of [dependencies], [dev-dependencies], [build-dependencies] (plain,
// per target, and [workspace.dependencies]), in the `name = "1.2"`, inline-table and `[dependencies.name]` forms.
// The version comes from the nearest Cargo.lock; the license from a vendored copy (`cargo vendor`) or the local
// registry cache under $CARGO_HOME. Nothing is fetched: Cargo has no license in its lockfile, so a crate that was
// never downloaded is reported as unknown.
import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { UNKNOWN_LICENSE } from './unknown.js';
import type { MatchContext, RawMatch } from '../types.js';

const DEPENDENCY_TABLES = new Set(['dependencies', 'dev-dependencies', 'build-dependencies', 'dev_dependencies', 'build_dependencies']);

export function cargoDependencies(ctx: MatchContext): RawMatch[] {
  const items = parseToml(ctx.file.text);
  const declared = dependencies(items);
  // In a scan of a change, an entry whose table, name and source are as before is neither new nor upgraded.
  const before = ctx.previous === undefined ? undefined : new Set(dependencies(parseToml(ctx.previous)).map((d) => d.id));
  const workspace = findWorkspace(ctx);
  const ownName = stringAt(items, ['package'], ['name']);
  const out: RawMatch[] = [];
  for (const dep of declared) {
    if (before?.has(dep.id)) continue;
    let version = workspace.lock ? lockedVersion(workspace.lock, dep, ownName) : undefined;
    let license: string | undefined;
    const vendored = fromVendor(ctx, workspace.prefix, dep.name, version);
    if (vendored) {
      version ??= vendored.version;
      license = vendored.license;
    } else if (!dep.path && !dep.git && version) {
      // A path or git dependency is not a registry crate: a cached crate of that name and version is another source.
      license = fromRegistryCache(dep.name, version)?.license;
    }
    out.push({
      start: dep.start,
      end: dep.end,
      license: license ?? UNKNOWN_LICENSE,
      dependency: { name: dep.name, ...(version ? { version } : {}) },
    });
  }
  return out;
}

interface Dependency {
  /** The crate's real name (`package = ...` when the key is a rename). */
  name: string;
  path: boolean;
  git: boolean;
  /** Table, key and source: equal before and after a change means the entry did not change. */
  id: string;
  start: number;
  end: number;
}

function dependencies(items: Item[]): Dependency[] {
  const entries = new Map<string, { table: string[]; key: string; fields: Table; start: number; end: number }>();
  const add = (table: string[], key: string, start: number, end: number): Table => {
    const id = [...table, key].join('\0');
    const entry = entries.get(id) ?? { table, key, fields: {}, start, end };
    entry.end = Math.max(entry.end, end);
    entries.set(id, entry);
    return entry.fields;
  };
  let table: string[] = [];
  for (const item of items) {
    if (item.kind === 'header') {
      table = item.array ? [] : item.path;
      // `[dependencies.name]`: the entry spans the header and the keys below it, so a change to one is in it.
      if (isDependencyTable(table.slice(0, -1))) add(table.slice(0, -1), table[table.length - 1]!, item.start, item.end);
      continue;
    }
    if (isDependencyTable(table)) {
      // `name = "1.2"`, `name = { ... }`, or a dotted `name.version = "1.2"`.
      const fields = add(table, item.key[0]!, item.start, item.end);
      if (item.key.length > 1) setPath(fields, item.key.slice(1), item.value);
      else if (typeof item.value === 'string') fields.version = item.value;
      else if (isTable(item.value)) Object.assign(fields, item.value);
    } else if (isDependencyTable(table.slice(0, -1))) {
      setPath(add(table.slice(0, -1), table[table.length - 1]!, item.start, item.end), item.key, item.value);
    }
  }
  return [...entries.values()].map(({ table, key, fields, start, end }) => {
    const str = (k: string) => (typeof fields[k] === 'string' ? (fields[k] as string) : undefined);
    const source = ['version', 'package', 'path', 'git', 'branch', 'tag', 'rev', 'registry', 'workspace'].map((k) => fields[k] ?? null);
    return {
      name: str('package') ?? key,
      path: str('path') !== undefined,
      git: str('git') !== undefined,
      id: JSON.stringify([table, key, source]),
      start,
      end,
    };
  });
}

function isDependencyTable(t: string[]): boolean {
  const kind = t[t.length - 1];
  if (kind === undefined) return false;
  if (t.length === 1) return DEPENDENCY_TABLES.has(kind);
  if (t.length === 3 && t[0] === 'target') return DEPENDENCY_TABLES.has(kind);
  return t.length === 2 && t[0] === 'workspace' && kind === 'dependencies';
}

// ---- Where the crates are

interface LockedPackage {
  name: string;
  version?: string;
  source?: string;
  dependencies: string[];
}

/**
 * The nearest Cargo.lock at or above the manifest, within the scan root (a workspace member's lock is at the
 * workspace root, and `cargo vendor` puts vendor/ there too). `prefix` is that directory relative to the manifest's.
 */
function findWorkspace(ctx: MatchContext): { lock?: LockedPackage[]; prefix: string } {
  const depth = ctx.file.path.split('/').length - 1;
  for (let up = 0; up <= depth; up++) {
    const prefix = '../'.repeat(up);
    const text = ctx.sibling?.(`${prefix}Cargo.lock`);
    if (text !== undefined) return { lock: lockedPackages(text), prefix };
  }
  return { prefix: '' };
}

function lockedPackages(text: string): LockedPackage[] {
  const out: LockedPackage[] = [];
  let current: LockedPackage | undefined;
  for (const item of parseToml(text)) {
    if (item.kind === 'header') {
      current = item.array && item.path.join('.') === 'package' ? { name: '', dependencies: [] } : undefined;
      if (current) out.push(current);
    } else if (current && item.key.length === 1) {
      const [key] = item.key;
      if ((key === 'name' || key === 'version' || key === 'source') && typeof item.value === 'string') current[key] = item.value;
      if (key === 'dependencies' && Array.isArray(item.value)) current.dependencies = item.value.filter((v): v is string => typeof v === 'string');
    }
  }
  return out;
}

/** The locked version of a dependency, when the lockfile says which one this manifest uses. */
function lockedVersion(lock: LockedPackage[], dep: Dependency, ownName: string | undefined): string | undefined {
  const kind = (p: LockedPackage) => (p.source === undefined ? 'path' : p.source.startsWith('git+') ? 'git' : 'registry');
  const wanted = dep.path ? 'path' : dep.git ? 'git' : 'registry';
  const candidates = lock.filter((p) => p.name === dep.name && kind(p) === wanted && p.version);
  if (candidates.length === 1) return candidates[0]!.version;
  if (candidates.length === 0) return undefined;
  // Several versions are locked (one of them pulled in by another crate): the lock's entry for this package
  // lists its own dependencies as "name version" whenever the name alone is ambiguous.
  const self = lock.find((p) => p.name === ownName && p.source === undefined);
  const named = (self?.dependencies ?? []).map((d) => d.split(' ')).filter(([n, v]) => n === dep.name && v);
  return named.length === 1 ? named[0]![1] : undefined;
}

/** What a crate's own Cargo.toml says of it. */
interface Crate {
  version?: string;
  license?: string;
}

/** `cargo vendor` writes vendor/<name>/ for a crate, and vendor/<name>-<version>/ when several versions are vendored. */
function fromVendor(ctx: MatchContext, prefix: string, name: string, version: string | undefined): Crate | undefined {
  const dirs = version ? [`${name}-${version}`, name] : [name];
  for (const dir of dirs) {
    const text = ctx.sibling?.(`${prefix}vendor/${dir}/Cargo.toml`);
    const pkg = text === undefined ? undefined : packageOf(text);
    if (pkg && (!version || !pkg.version || pkg.version === version)) return pkg;
  }
  return undefined;
}

/** The crate's own manifest in the registry cache: $CARGO_HOME/registry/src/<index>/<name>-<version>/Cargo.toml. */
function fromRegistryCache(name: string, version: string): Crate | undefined {
  const src = path.join(process.env.CARGO_HOME || path.join(homedir(), '.cargo'), 'registry', 'src');
  let indexes: string[];
  try {
    indexes = readdirSync(src);
  } catch {
    return undefined;
  }
  for (const index of indexes) {
    try {
      return packageOf(readFileSync(path.join(src, index, `${name}-${version}`, 'Cargo.toml'), 'utf8'));
    } catch {
      // Not cached from this registry.
    }
  }
  return undefined;
}

/** [package] version and license of a crate's manifest. `license-file` alone names no SPDX id: unknown. */
function packageOf(text: string): Crate {
  const items = parseToml(text);
  const license = stringAt(items, ['package'], ['license'])?.trim();
  return { version: stringAt(items, ['package'], ['version']), license: license ? spdxOf(license) : undefined };
}

/** Crates once wrote `MIT/Apache-2.0`; the `/` means OR. */
function spdxOf(license: string): string {
  if (!license.includes('/')) return license;
  const parts = license.split('/').map((p) => p.trim()).filter((p) => p !== '');
  return parts.map((p) => (/\s/.test(p) ? `(${p})` : p)).join(' OR ');
}

function stringAt(items: Item[], table: string[], key: string[]): string | undefined {
  let current: string[] = [];
  for (const item of items) {
    if (item.kind === 'header') current = item.array ? [] : item.path;
    else if (current.join('\0') === table.join('\0') && item.key.join('\0') === key.join('\0')) {
      return typeof item.value === 'string' ? item.value : undefined;
    }
  }
  return undefined;
}

// ---- A small TOML reader: headers and key/value statements with their offsets. It reads what Cargo manifests
// and lockfiles hold (strings, inline tables, arrays; other scalars are kept as null) and skips a line it cannot
// read. Sentinel has no TOML dependency, and the parsers on npm do not give the offsets a finding needs.

type Value = string | boolean | null | Value[] | Table;
interface Table {
  [key: string]: Value;
}
type Item =
  | { kind: 'header'; path: string[]; array: boolean; start: number; end: number }
  | { kind: 'value'; key: string[]; value: Value; start: number; end: number };

class Unreadable extends Error {}

const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b' };

function isTable(v: Value | undefined): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function setPath(table: Table, key: string[], value: Value): void {
  let t = table;
  for (const part of key.slice(0, -1)) {
    if (!isTable(t[part])) t[part] = {};
    t = t[part] as Table;
  }
  t[key[key.length - 1]!] = value;
}

function parseToml(text: string): Item[] {
  const items: Item[] = [];
  let i = 0;

  const skipSpace = (newlines: boolean) => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || (newlines && (c === '\n' || c === '\r'))) i++;
      else if (c === '#' && newlines) while (i < text.length && text[i] !== '\n') i++;
      else return;
    }
  };
  const expect = (s: string) => {
    if (!text.startsWith(s, i)) throw new Unreadable();
    i += s.length;
  };

  const string = (): string => {
    const quote = text[i]!;
    const multi = text.startsWith(quote.repeat(3), i);
    i += multi ? 3 : 1;
    let out = '';
    for (;;) {
      if (i >= text.length || (!multi && text[i] === '\n')) throw new Unreadable();
      if (multi ? text.startsWith(quote.repeat(3), i) : text[i] === quote) break;
      if (quote === '"' && text[i] === '\\') {
        const e = text[i + 1] ?? '';
        const width = e === 'u' ? 6 : e === 'U' ? 10 : 2;
        const code = parseInt(text.slice(i + 2, i + width), 16);
        out += width === 2 ? (ESCAPES[e] ?? e) : code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
        i += width;
      } else out += text[i++];
    }
    i += multi ? 3 : 1;
    return out;
  };

  const key = (): string[] => {
    const parts: string[] = [];
    for (;;) {
      skipSpace(false);
      if (text[i] === '"' || text[i] === "'") parts.push(string());
      else {
        const bare = /[A-Za-z0-9_-]+/y;
        bare.lastIndex = i;
        const m = bare.exec(text);
        if (!m) throw new Unreadable();
        parts.push(m[0]);
        i += m[0].length;
      }
      skipSpace(false);
      if (text[i] !== '.') return parts;
      i++;
    }
  };

  const value = (depth = 0): Value => {
    const c = text[i];
    if (depth > 32) throw new Unreadable();
    if (c === '"' || c === "'") return string();
    if (c === '[' || c === '{') {
      // Arrays and (TOML 1.1) inline tables may span lines and hold comments.
      const close = c === '[' ? ']' : '}';
      const out: Value[] = [];
      const table: Table = {};
      i++;
      for (;;) {
        skipSpace(true);
        if (text[i] === close) break;
        if (c === '[') out.push(value(depth + 1));
        else {
          const k = key();
          expect('=');
          skipSpace(false);
          setPath(table, k, value(depth + 1));
        }
        skipSpace(true);
        if (text[i] === ',') i++;
        else if (text[i] !== close) throw new Unreadable();
      }
      i++;
      return c === '[' ? out : table;
    }
    const bare = /[^\s,\]}#]+/y;
    bare.lastIndex = i;
    const m = bare.exec(text);
    if (!m) throw new Unreadable();
    i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : null;
  };

  while (i < text.length) {
    skipSpace(true);
    if (i >= text.length) break;
    const start = i;
    try {
      if (text[i] === '[') {
        const array = text[i + 1] === '[';
        i += array ? 2 : 1;
        const path = key();
        expect(array ? ']]' : ']');
        items.push({ kind: 'header', path, array, start, end: i });
      } else {
        const k = key();
        expect('=');
        skipSpace(false);
        const v = value();
        items.push({ kind: 'value', key: k, value: v, start, end: i });
      }
    } catch (err) {
      if (!(err instanceof Unreadable)) throw err;
      // A string or array still open at the end of the text: Cargo would reject the file; stop rather than
      // read the rest again from every following line.
      if (i >= text.length) break;
      i = start;
    }
    // Whatever follows on the line is a comment (or unreadable): go on at the next line.
    const eol = text.indexOf('\n', i);
    i = eol === -1 ? text.length : eol + 1;
  }
  return items;
}
