// .gitignore for directory walks: every .gitignore from the repository's top down to the directory being
// walked, plus .git/info/exclude, with git's precedence (a deeper file wins; info/exclude loses to every
// .gitignore; within a file the last matching line wins). The user's global core.excludesFile is left out on
// purpose: a scan must give the same answer on a laptop and in CI.
//
// As in git, the walk never enters an ignored directory and each path is judged on its own. One wrinkle: the
// `ignore` package also ignores a path whose parent its own file ignores, which is wrong for a directory the
// walk enters anyway, because it was named (`warden scan dist`) or re-included by a deeper file (`!dist/`).
// Inside such a directory `entering()` swaps that file for its lines re-rooted there: `*.log` stays `*.log`,
// `src/**` seen from inside `src/a` becomes `/**`, and lines that only matched the directory itself or its
// ancestors drop out. Each path below is then judged by its own match, as git does.
import { readFileSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore from 'ignore';
import type { Notice } from '../types.js';

interface Layer {
  /** Root-relative directory the patterns are relative to, or undefined for one above the scan root. */
  base: string | undefined;
  /** For a layer above the root: the root's path relative to the layer's directory. */
  prefix: string;
  lines: readonly string[];
  ig: ignore.Ignore;
}

const ignoreCase = process.platform === 'darwin' || process.platform === 'win32';

function makeLayer(base: string | undefined, prefix: string, lines: readonly string[]): Layer {
  return { base, prefix, lines, ig: ignore({ ignoreCase, allowRelativePaths: true }).add(lines as string[]) };
}

/** A root-relative path as the layer's patterns see it; '' for the layer's own directory, '../…' for outside. */
function local(layer: Layer, rel: string): string {
  if (layer.base === undefined) return rel === '' ? layer.prefix : `${layer.prefix}/${rel}`;
  if (layer.base === '') return rel;
  if (rel === layer.base) return '';
  return rel.startsWith(`${layer.base}/`) ? rel.slice(layer.base.length + 1) : `../${rel}`;
}

/**
 * A file's lines as seen from inside `dir` (its path relative to the file's directory): each line becomes the
 * lines matching, relative to `dir`, what it matched below `dir`. Negation and a trailing '/' carry over.
 */
function rerootLines(lines: readonly string[], dir: string): string[] {
  const dirSegments = dir.split('/');
  const out: string[] = [];
  for (const raw of lines) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const negative = line.startsWith('!');
    if (negative) line = line.slice(1);
    const dirOnly = line.endsWith('/');
    const body = line.replace(/\/+$/, '');
    if (!body.includes('/')) {
      out.push(raw); // no '/': matches a name at any depth, wherever the file sits
      continue;
    }
    const segments = body.replace(/^\//, '').split('/');
    for (const rest of new Set(reroot(segments, dirSegments).map((r) => r.join('/')))) {
      if (rest !== '') out.push(`${negative ? '!' : ''}/${rest}${dirOnly ? '/' : ''}`);
    }
  }
  return out;
}

/** The tails of a pattern's segments that can match below `dir`, after its head has matched `dir`. */
function reroot(pattern: string[], dir: string[]): string[][] {
  if (dir.length === 0) return [pattern];
  const [head, ...rest] = pattern;
  if (head === undefined) return []; // the pattern ends at `dir` or above: nothing below is its own match
  if (head === '**') return [...reroot(pattern, dir.slice(1)), ...reroot(rest, dir)];
  return segmentMatches(head, dir[0]!) ? reroot(rest, dir.slice(1)) : [];
}

const segmentCache = new Map<string, ignore.Ignore>();

/** One glob segment against one name, by the same `ignore` rules (a slash-free pattern tests the name). */
function segmentMatches(glob: string, name: string): boolean {
  let ig = segmentCache.get(glob);
  if (!ig) {
    ig = ignore({ ignoreCase }).add(/^[#!]/.test(glob) ? `\\${glob}` : glob);
    segmentCache.set(glob, ig);
  }
  return ig.ignores(name);
}

export class IgnoreChain {
  private constructor(private readonly layers: readonly Layer[]) {}

  static readonly empty = new IgnoreChain([]);

  with(layer: Layer | undefined): IgnoreChain {
    return layer ? new IgnoreChain([...this.layers, layer]) : this;
  }

  /** True ignored, false re-included by a negation, undefined when no line speaks. */
  verdict(rel: string, isDir: boolean): boolean | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i]!;
      const p = local(layer, rel);
      if (p === '' || p.startsWith('../')) continue;
      const r = layer.ig.test(isDir ? `${p}/` : p);
      if (r.ignored) return true;
      if (r.unignored) return false;
    }
    return undefined;
  }

  ignores(rel: string, isDir: boolean): boolean {
    return this.verdict(rel, isDir) === true;
  }

  /** The chain inside a directory the walk enters (root-relative; '' is the root itself). See the header. */
  entering(dirRel: string): IgnoreChain {
    let changed = false;
    const layers: Layer[] = [];
    for (const layer of this.layers) {
      const p = local(layer, dirRel);
      if (p === '' || p.startsWith('../') || !layer.ig.test(`${p}/`).ignored) {
        layers.push(layer);
        continue;
      }
      changed = true;
      const lines = rerootLines(layer.lines, p);
      if (lines.length > 0) layers.push(makeLayer(dirRel, '', lines));
    }
    return changed ? new IgnoreChain(layers) : this;
  }
}

export interface IgnoreLoader {
  /**
   * The layer for `<root>/<dirRel>/.gitignore`, or undefined when there is none. Synchronous: the walk reads
   * directories synchronously too (an event-loop round trip per directory costs more than the read).
   */
  load(dirRel: string): Layer | undefined;
  /** The chain in force at the scan root before its own .gitignore: info/exclude and the ancestors' files. */
  base(): Promise<IgnoreChain>;
}

export function ignoreLoader(realRoot: string, notices: Notice[]): IgnoreLoader {
  const cache = new Map<string, Layer | undefined>();

  const layerFrom = (text: string | undefined, base: string | undefined, prefix: string): Layer | undefined =>
    text === undefined ? undefined : makeLayer(base, prefix, text.split(/\r?\n/));
  /** An ignore file's text; undefined when there is none, with a notice when it exists but cannot be read. */
  const unreadable = (file: string, e: unknown): undefined => {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') {
      notices.push({
        level: 'warning',
        code: 'read-error',
        file: toPosix(path.relative(realRoot, file)) || file,
        message: `cannot read ignore file (${code ?? 'error'}); its patterns are not applied`,
      });
    }
    return undefined;
  };
  const read = async (file: string, base: string | undefined, prefix: string): Promise<Layer | undefined> =>
    layerFrom(await readFile(file, 'utf8').catch((e: unknown) => unreadable(file, e)), base, prefix);

  const load = (dirRel: string): Layer | undefined => {
    if (cache.has(dirRel)) return cache.get(dirRel);
    const file = path.join(realRoot, dirRel, '.gitignore');
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      text = unreadable(file, e);
    }
    const layer = layerFrom(text, dirRel, '');
    cache.set(dirRel, layer);
    return layer;
  };

  const base = async (): Promise<IgnoreChain> => {
    const repo = await findRepository(realRoot);
    if (!repo) return IgnoreChain.empty;
    const prefixFrom = (dir: string) => toPosix(path.relative(dir, realRoot));
    const atRoot = repo.top === realRoot;
    let chain = IgnoreChain.empty.with(
      await read(path.join(repo.commonDir, 'info', 'exclude'), atRoot ? '' : undefined, prefixFrom(repo.top)),
    );
    // The .gitignore files from the top down to the root's parent, then entering the root itself.
    const dirs: string[] = [];
    for (let d = realRoot; d !== repo.top; d = path.dirname(d)) dirs.unshift(path.dirname(d));
    for (const dir of dirs) chain = chain.with(await read(path.join(dir, '.gitignore'), undefined, prefixFrom(dir)));
    return atRoot ? chain : chain.entering('');
  };

  return { load, base };
}

/** The enclosing work tree's top and the directory holding info/exclude, or undefined outside a repository. */
async function findRepository(realRoot: string): Promise<{ top: string; commonDir: string } | undefined> {
  for (let dir = realRoot; ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    try {
      const st = await lstat(dotGit);
      if (st.isDirectory()) return { top: dir, commonDir: dotGit };
      if (st.isFile()) {
        // A linked worktree or submodule: `.git` names the real git dir, whose `commondir` names the shared one.
        const match = /^gitdir:\s*(.+?)\s*$/m.exec(await readFile(dotGit, 'utf8'));
        if (match) {
          const gitDir = path.resolve(dir, match[1]!);
          const common = await readFile(path.join(gitDir, 'commondir'), 'utf8').catch(() => undefined);
          return { top: dir, commonDir: common ? path.resolve(gitDir, common.trim()) : gitDir };
        }
      }
    } catch {
      // no .git here; keep climbing
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
