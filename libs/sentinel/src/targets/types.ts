// What the targets stage takes and gives. Every source (paths, staged, range, stdin) implements one small
// interface, so the engine and the CLI never care where the candidate files came from.
import type { Readable } from 'node:stream';
import type { Notice, SkippedFile, SourceFile } from '../types.js';
import type { PathMatcher } from './patterns.js';

/** What the user asked to scan. */
export type TargetSpec =
  | { kind: 'paths'; paths: string[] }
  | { kind: 'staged' }
  | { kind: 'range'; base: string; head: string }
  | { kind: 'stdin'; filename: string; content?: Buffer };

/**
 * Same default as files/classify.ts. Each stage keeps its own copy because stages share only types.ts, which is
 * not ours to change.
 */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export interface TargetOptions {
  /** The scan root: every reported path is relative to it, '/' separated. */
  root: string;
  /** Path patterns (see patterns.ts); when non-empty, only files matching one of them are candidates. */
  include?: readonly string[];
  /** Path patterns; matching files (or files under matching directories) are not candidates. */
  exclude?: readonly string[];
  /** Bytes; larger files are skipped as 'too-large' without being read. Default 1 MiB. */
  maxFileSize?: number;
  /** Honour .gitignore files and .git/info/exclude when walking directories. Default true. */
  followGitignore?: boolean;
  /**
   * Staged scans report every line by default. Set this to get, per file, the lines the index adds or changes
   * against HEAD in `changedLines` (as a revision range does).
   */
  stagedChangedLines?: boolean;
  /** Where a stdin target reads from when the spec carries no content. Default process.stdin. */
  stdin?: Readable;
  /**
   * Stat every file a directory walk finds, for its size and the too-large check. Default true. The engine
   * turns it off: its reader measures each file as it reads it (and skips too-large ones then), so a walk of
   * thousands of files saves as many lstat calls. Walked files then carry `size: 0`.
   */
  statFiles?: boolean;
}

/** Options after validation: defaults filled in, patterns compiled, the root resolved. */
export interface ResolvedTargetOptions {
  /** Absolute root as the caller named it (user paths are resolved against it). */
  root: string;
  /** The same directory with symlinks resolved; all file system access goes through it. */
  realRoot: string;
  include: PathMatcher;
  exclude: PathMatcher;
  /**
   * node_modules is left out unless the user asks for it: by naming a path in it, or with an include pattern
   * that mentions it. False when an include pattern does.
   */
  skipNodeModules: boolean;
  maxFileSize: number;
  followGitignore: boolean;
  stagedChangedLines: boolean;
  stdin: Readable | undefined;
  statFiles: boolean;
}

export interface TargetResult {
  /** Candidates, sorted by path, each path once. */
  files: SourceFile[];
  /** Candidates that were asked for but cannot be handed on, sorted by path. */
  skipped: SkippedFile[];
  notices: Notice[];
}

/** One input of the scan, as gitleaks' sources: it only has to list candidate files. */
export interface TargetSource {
  /** For messages: 'paths', 'staged', 'range', 'stdin'. */
  readonly kind: TargetSpec['kind'];
  collect(options: ResolvedTargetOptions): Promise<TargetResult>;
}
