// The directory walk behind the paths source. Iterative (a work list, not recursion, so depth costs no stack)
// and synchronous: a directory read is a few microseconds, far less than an event-loop round trip through the
// thread pool, so the async walk spent most of its time idle. It never follows a symlinked directory, so
// it cannot loop; a symlink to a file is followed only when its target is inside the root. Anything it cannot
// read becomes a skipped entry, never an exception.
//
// What is pruned silently (not candidates, so not "skipped"): .gitignore'd paths, config-excluded paths,
// node_modules (by default), .git, paths outside the include patterns. What is reported: things a candidate
// could not become (unreadable, too large, special files, links it will not follow).
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkipReason, SkippedFile, SourceFile } from '../types.js';
import { toPosix, type IgnoreChain, type IgnoreLoader } from './gitignore.js';
import { NEVER, NODE_MODULES } from './scope.js';
import type { ResolvedTargetOptions } from './types.js';

export interface WalkTask {
  /** Root-relative directory ('' is the root). */
  dirRel: string;
  /** Ignore rules in force in this directory, not counting its own .gitignore. */
  chain: IgnoreChain;
  skipNodeModules: boolean;
  /** Narrows the walk to files a glob matches. */
  accept?: (rel: string) => boolean;
}

interface PendingLink {
  rel: string;
  targetRel: string;
  targetAbs: string;
  size: number;
}

/** Collects candidates and skips across one or more walks (one per path the user named). */
export class Collector {
  readonly found = new Map<string, SourceFile>();
  readonly skipped = new Map<string, SkippedFile>();
  private readonly links: PendingLink[] = [];

  constructor(
    readonly options: ResolvedTargetOptions,
    readonly ignores: IgnoreLoader | undefined,
  ) {}

  skip(file: string, reason: SkipReason, detail?: string): void {
    if (!this.skipped.has(file) && !this.found.has(file)) this.skipped.set(file, { file, reason, detail });
  }

  /** A regular file by root-relative path; checks its size. */
  addFile(rel: string): void {
    if (this.found.has(rel)) return;
    const abs = this.abs(rel);
    try {
      const st = lstatSync(abs);
      if (!st.isFile()) return this.skip(rel, 'not-a-file', describe(st));
      if (st.size > this.options.maxFileSize) return this.skip(rel, 'too-large', sizeDetail(st.size, this.options));
      this.found.set(rel, { path: rel, absPath: abs, size: st.size });
    } catch (e) {
      this.skip(rel, 'unreadable', errorDetail(e));
    }
  }

  /**
   * A symlink: kept when it leads to a regular file inside the root, which is then read through its real path
   * (so the files stage never has to follow a link). A link to a directory is not followed (no loops, no
   * escaping the tree); a loop or a dangling link is a skip.
   */
  async addLink(rel: string): Promise<void> {
    if (this.found.has(rel)) return;
    const abs = this.abs(rel);
    let real: string;
    try {
      real = await realpath(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return this.skip(rel, 'symlink-loop', 'symbolic link loop');
      if (code === 'ENOENT' || code === 'ENOTDIR') return this.skip(rel, 'not-a-file', 'dangling symbolic link');
      return this.skip(rel, 'unreadable', errorDetail(e));
    }
    try {
      const st = await stat(real);
      if (st.isDirectory()) return this.skip(rel, 'not-a-file', 'symbolic link to a directory (not followed)');
      if (!st.isFile()) return this.skip(rel, 'not-a-file', `symbolic link to ${describe(st)}`);
      const targetRel = toPosix(path.relative(this.options.realRoot, real));
      if (targetRel.startsWith('../') || targetRel === '..' || path.isAbsolute(targetRel)) {
        return this.skip(rel, 'not-a-file', 'symbolic link to a file outside the scan root');
      }
      if (st.size > this.options.maxFileSize) return this.skip(rel, 'too-large', sizeDetail(st.size, this.options));
      this.links.push({ rel, targetRel, targetAbs: real, size: st.size });
    } catch (e) {
      this.skip(rel, 'unreadable', errorDetail(e));
    }
  }

  /** Runs walks until every directory is read. */
  async walk(tasks: WalkTask[]): Promise<void> {
    const queue = [...tasks];
    const links: string[] = [];
    while (queue.length > 0) queue.push(...this.readDir(queue.pop()!, links));
    // Symbolic links are rare; resolving them is the only asynchronous step.
    for (const rel of links) await this.addLink(rel);
  }

  /** Turns links into candidates, after every walk: a link whose target is itself a candidate is redundant. */
  finish(): void {
    for (const link of this.links) {
      if (this.found.has(link.targetRel)) {
        this.skip(link.rel, 'not-a-file', `symbolic link to ${link.targetRel}, which is scanned`);
      } else if (!this.found.has(link.rel)) {
        this.skipped.delete(link.rel);
        this.found.set(link.rel, { path: link.rel, absPath: link.targetAbs, size: link.size });
      }
    }
    this.links.length = 0;
  }

  private readDir(task: WalkTask, links: string[]): WalkTask[] {
    const { dirRel } = task;
    let entries: Dirent[];
    try {
      entries = readdirSync(this.abs(dirRel), { withFileTypes: true });
    } catch (e) {
      this.skip(dirRel === '' ? '.' : dirRel, 'unreadable', `directory: ${errorDetail(e)}`);
      return [];
    }
    const { options } = this;
    let chain = task.chain;
    if (this.ignores) chain = chain.with(this.ignores.load(dirRel));

    const subdirs: WalkTask[] = [];
    const files: string[] = [];
    for (const entry of entries) {
      const name = entry.name;
      if (name === NEVER) continue;
      const rel = dirRel === '' ? name : `${dirRel}/${name}`;
      const isDir = entry.isDirectory();
      if (isDir && name === NODE_MODULES && task.skipNodeModules) continue;
      if (options.exclude.match(rel, isDir)) continue;
      if (this.ignores && chain.ignores(rel, isDir)) continue;
      if (isDir) {
        if (!options.include.isEmpty && !options.include.couldContain(rel)) continue;
        subdirs.push({ ...task, dirRel: rel, chain: this.ignores ? chain.entering(rel) : chain });
        continue;
      }
      if (!options.include.isEmpty && !options.include.matchFileOrParent(rel)) continue;
      if (task.accept && !task.accept(rel)) continue;
      if (entry.isFile()) files.push(rel);
      else if (entry.isSymbolicLink()) links.push(rel);
      else this.skip(rel, 'not-a-file', describe(entry));
    }
    for (const rel of files) {
      if (options.statFiles) this.addFile(rel);
      else if (!this.found.has(rel)) this.found.set(rel, { path: rel, absPath: this.abs(rel), size: 0 });
    }
    return subdirs;
  }

  private abs(rel: string): string {
    return rel === '' ? this.options.realRoot : path.join(this.options.realRoot, rel);
  }
}

function describe(entry: { isFIFO(): boolean; isSocket(): boolean; isDirectory(): boolean; isFile(): boolean }): string {
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isDirectory()) return 'a directory';
  if (entry.isFile()) return 'a file';
  return 'a device or special file';
}

function sizeDetail(size: number, options: ResolvedTargetOptions): string {
  return `${size} bytes, over the ${options.maxFileSize}-byte limit`;
}

export function errorDetail(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no longer exists';
  return code ?? (e instanceof Error ? e.message : String(e));
}
