// Which paths are in scope, the same way for every source: the config's include/exclude and the default
// exclusions. .gitignore is not here: it governs directory walks only (paths.ts), since a git source lists
// tracked content, which .gitignore does not apply to.
import type { ResolvedTargetOptions } from './types.js';

/** Never scanned, never descended into, whatever the user says: git's own database. */
export const NEVER = '.git';
/** Left out unless asked for by name (see ResolvedTargetOptions.skipNodeModules). */
export const NODE_MODULES = 'node_modules';

/**
 * Why a file the user asked about is out of scope, or undefined when it is in. `named` is true for a path the
 * user named: the default node_modules exclusion does not apply to it.
 */
export function outOfScope(rel: string, options: ResolvedTargetOptions, named: boolean): string | undefined {
  const segments = rel.split('/');
  if (segments.includes(NEVER)) return `${NEVER} is never scanned`;
  if (!named && options.skipNodeModules && segments.slice(0, -1).includes(NODE_MODULES)) {
    return `${NODE_MODULES} is excluded by default (name it, or include it in the config, to scan it)`;
  }
  const excluded = options.exclude.matchFileOrParent(rel);
  if (excluded) return `matches exclude pattern '${excluded.source}'`;
  if (!options.include.isEmpty && !options.include.matchFileOrParent(rel)) return 'not matched by any include pattern';
  return undefined;
}
