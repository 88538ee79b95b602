// The paths source: files, directories (walked) and glob patterns, relative to the scan root.
//
// A path the user names is treated as asked for: .gitignore and the default node_modules exclusion do not
// apply to it (as with ripgrep: `warden scan dist` scans dist even when it is ignored), but the config's
// exclude/include do, and a named file they leave out is reported as skipped 'excluded' rather than dropped.
// A name that exists is always taken literally (so `app/[id]/page.tsx` is a file, not a glob); one that does
// not exist is a glob if it has glob syntax, and otherwise an error. Globs mean what they mean in the config
// (patterns.ts): `*.ts` matches at any depth, `src/**/*.ts` from the root. A glob that matches nothing is not
// an error (a CI job globbing `**/*.py` in a repository without Python should pass). Globs are walked like the
// root, .gitignore included, from the deepest directory their literal start names.
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { WardenError } from '../errors.js';
import type { Notice } from '../types.js';
import { IgnoreChain, ignoreLoader, toPosix } from './gitignore.js';
import { PathMatcher, isGlob } from './patterns.js';
import { NEVER, NODE_MODULES, outOfScope } from './scope.js';
import type { ResolvedTargetOptions, TargetResult, TargetSource } from './types.js';
import { Collector, errorDetail, type WalkTask } from './walk.js';

export function pathsSource(paths: readonly string[]): TargetSource {
  return {
    kind: 'paths',
    collect: (options) => collectPaths(paths.length > 0 ? paths : ['.'], options),
  };
}

async function collectPaths(args: readonly string[], options: ResolvedTargetOptions): Promise<TargetResult> {
  const notices: Notice[] = [];
  const loader = options.followGitignore ? ignoreLoader(options.realRoot, notices) : undefined;
  const collector = new Collector(options, loader);
  const base = loader ? await loader.base() : IgnoreChain.empty;

  // Chains for named directories: the .gitignore files from the root down, entering each directory in turn.
  const chainFor = (dirRel: string): IgnoreChain => {
    if (!loader || dirRel === '') return base;
    let chain = base;
    const parts = dirRel.split('/');
    for (let i = 0; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      chain = chain.with(loader.load(parent)).entering(parts.slice(0, i + 1).join('/'));
    }
    return chain;
  };

  const tasks: WalkTask[] = [];
  for (const arg of args) {
    const target = await locate(arg, options);
    if (target.kind === 'skip') {
      collector.skip(target.rel, target.reason, target.detail);
      continue;
    }
    if (target.kind === 'glob') {
      const glob = new PathMatcher([target.pattern]);
      const startRel = await existingDir(glob.patterns[0]?.staticPrefix ?? [], options);
      tasks.push({
        dirRel: startRel,
        chain: chainFor(startRel),
        skipNodeModules: options.skipNodeModules && !glob.mentions(NODE_MODULES),
        accept: (rel) => glob.matchFileOrParent(rel) !== undefined,
      });
      continue;
    }
    const why = target.kind === 'dir' ? dirOutOfScope(target.rel, options) : outOfScope(target.rel, options, true);
    if (why) {
      collector.skip(target.rel, 'excluded', why);
      continue;
    }
    if (target.kind === 'dir') {
      tasks.push({ dirRel: target.rel, chain: chainFor(target.rel), skipNodeModules: options.skipNodeModules });
    } else if (target.kind === 'link') {
      await collector.addLink(target.rel);
    } else {
      collector.addFile(target.rel);
    }
  }
  await collector.walk(tasks);
  collector.finish();

  return {
    files: [...collector.found.values()].sort((a, b) => compare(a.path, b.path)),
    skipped: [...collector.skipped.values()].sort((a, b) => compare(a.file, b.file)),
    notices,
  };
}

type Located =
  | { kind: 'file' | 'dir' | 'link'; rel: string }
  | { kind: 'glob'; pattern: string }
  | { kind: 'skip'; rel: string; reason: 'unreadable' | 'not-a-file' | 'symlink-loop' | 'excluded'; detail: string };

/** What a named path is, by its root-relative name with symlinks in its directories resolved. */
async function locate(arg: string, options: ResolvedTargetOptions): Promise<Located> {
  if (arg.trim() === '') throw new WardenError('an empty path was given');
  const rel = relativeToRoot(arg, options);
  if (rel === '') return { kind: 'dir', rel: '' };

  // Resolve the directories above the named entry, not the entry itself: a named symlink stays a symlink.
  const parentRel = path.posix.dirname(rel) === '.' ? '' : path.posix.dirname(rel);
  let parentReal: string;
  try {
    parentReal = await realpath(parentRel === '' ? options.realRoot : path.join(options.realRoot, parentRel));
  } catch (e) {
    return missing(arg, rel, e);
  }
  const realParentRel = toPosix(path.relative(options.realRoot, parentReal));
  if (realParentRel === '..' || realParentRel.startsWith('../') || path.isAbsolute(realParentRel)) {
    return { kind: 'skip', rel, reason: 'not-a-file', detail: 'reached through a symbolic link that leaves the scan root' };
  }
  const realRel = realParentRel === '' ? path.posix.basename(rel) : `${realParentRel}/${path.posix.basename(rel)}`;
  if (realRel.split('/').includes(NEVER)) {
    return { kind: 'skip', rel: realRel, reason: 'excluded', detail: `${NEVER} is never scanned` };
  }
  try {
    const st = await lstat(path.join(options.realRoot, realRel));
    if (st.isDirectory()) return { kind: 'dir', rel: realRel };
    if (st.isSymbolicLink()) return { kind: 'link', rel: realRel };
    return { kind: 'file', rel: realRel };
  } catch (e) {
    return missing(arg, rel, e);
  }
}

function missing(arg: string, rel: string, e: unknown): Located {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    if (isGlob(arg)) return { kind: 'glob', pattern: rel };
    throw new WardenError(`path not found: ${arg}`);
  }
  if (code === 'ELOOP') return { kind: 'skip', rel, reason: 'symlink-loop', detail: 'symbolic link loop' };
  return { kind: 'skip', rel, reason: 'unreadable', detail: errorDetail(e) };
}

/** Root-relative, '/' separated, no `./`; a path outside the root is a usage error. */
function relativeToRoot(arg: string, options: ResolvedTargetOptions): string {
  const abs = path.resolve(options.root, arg);
  for (const base of [options.root, options.realRoot]) {
    const rel = toPosix(path.relative(base, abs));
    if (rel !== '..' && !rel.startsWith('../') && !path.isAbsolute(rel)) return rel;
  }
  throw new WardenError(`path is outside the scan root (${options.root}): ${arg}`);
}

/** The deepest existing, real directory (not a symlink) along a glob's static prefix. */
async function existingDir(segments: string[], options: ResolvedTargetOptions): Promise<string> {
  let rel = '';
  for (const seg of segments) {
    const next = rel === '' ? seg : `${rel}/${seg}`;
    try {
      if (!(await lstat(path.join(options.realRoot, next))).isDirectory()) break;
    } catch {
      break;
    }
    rel = next;
  }
  return rel;
}

/** Like outOfScope() for a named directory: include patterns narrow what is inside it, they do not drop it. */
function dirOutOfScope(rel: string, options: ResolvedTargetOptions): string | undefined {
  if (rel === '') return undefined;
  const excluded = options.exclude.matchFileOrParent(rel) ?? options.exclude.match(rel, true);
  if (excluded) return `matches exclude pattern '${excluded.source}'`;
  if (!options.include.isEmpty && !options.include.couldContain(rel)) return 'not matched by any include pattern';
  return undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
