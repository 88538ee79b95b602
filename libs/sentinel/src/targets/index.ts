// The targets stage: what the user asked for → candidate files. One source per kind of input (paths.ts,
// git.ts, stdin.ts), each behind the TargetSource interface; this module validates the options and picks one.
//
// Defaults and decisions, in one place:
//  - `.git` is never scanned, whatever the globs say.
//  - node_modules is left out of directory walks and git changes unless asked for: by naming a path in it
//    (`warden scan node_modules/pkg`), with a glob that names it, or with a config include glob that names it
//    (`include: ["node_modules/pkg/**", "src/**"]`).
//  - .gitignore (nested files, negations, .git/info/exclude, files above a root inside the repository) applies
//    to directory walks, with git's semantics (a test checks against `git ls-files` on random trees);
//    `followGitignore: false` turns it off. It does not apply to git sources (tracked files) or to paths the
//    user names, which are scanned even when ignored.
//  - include/exclude globs (util/glob.ts syntax) apply to every source. What they prune from a walk is simply
//    not a candidate; a file the user named, or a changed file in a git source, that they leave out is
//    reported as skipped 'excluded'.
//  - Symlinked directories are never followed (no loops, no leaving the tree). A symlink to a file is scanned
//    when its target is inside the root, through the target's real path; loops, dangling links and links out
//    of the root are skipped and counted.
//  - Files over maxFileSize are skipped here already, from their size alone; lockfiles are candidates like any
//    file (classification is the files stage's job).
import { stat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { WardenError } from '../errors.js';
import { rangeSource, stagedSource } from './git.js';
import { pathsSource } from './paths.js';
import { PathMatcher } from './patterns.js';
import { NODE_MODULES } from './scope.js';
import { stdinSource } from './stdin.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  type ResolvedTargetOptions,
  type TargetOptions,
  type TargetResult,
  type TargetSource,
  type TargetSpec,
} from './types.js';

export type { ResolvedTargetOptions, TargetOptions, TargetResult, TargetSource, TargetSpec } from './types.js';
export { DEFAULT_MAX_FILE_SIZE } from './types.js';
export { PathMatcher, compilePattern, isGlob, type CompiledPattern } from './patterns.js';
export { pathsSource } from './paths.js';
export { rangeSource, stagedSource } from './git.js';
export { stdinSource } from './stdin.js';

export async function resolveTargets(spec: TargetSpec, options: TargetOptions): Promise<TargetResult> {
  return sourceFor(spec).collect(await resolveOptions(options));
}

export function sourceFor(spec: TargetSpec): TargetSource {
  switch (spec.kind) {
    case 'paths':
      return pathsSource(spec.paths);
    case 'staged':
      return stagedSource();
    case 'range':
      return rangeSource(spec.base, spec.head);
    case 'stdin':
      return stdinSource(spec.filename, spec.content);
  }
}

export async function resolveOptions(options: TargetOptions): Promise<ResolvedTargetOptions> {
  const root = path.resolve(options.root);
  let realRoot: string;
  try {
    realRoot = await realpath(root);
    if (!(await stat(realRoot)).isDirectory()) throw new WardenError(`scan root is not a directory: ${options.root}`);
  } catch (e) {
    if (e instanceof WardenError) throw e;
    throw new WardenError(`scan root not found: ${options.root}`);
  }
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (!(maxFileSize > 0)) throw new WardenError(`maxFileSize must be a positive number of bytes, got ${maxFileSize}`);
  const include = new PathMatcher(options.include ?? []);
  return {
    root,
    realRoot,
    include,
    exclude: new PathMatcher(options.exclude ?? []),
    skipNodeModules: !include.mentions(NODE_MODULES),
    maxFileSize,
    followGitignore: options.followGitignore ?? true,
    stagedChangedLines: options.stagedChangedLines ?? false,
    stdin: options.stdin,
    statFiles: options.statFiles ?? true,
  };
}
