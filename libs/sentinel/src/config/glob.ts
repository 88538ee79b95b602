// Path globs in warden.json. Matching uses util/glob.ts, the compiler rule `paths` already use, so every glob a
// user writes means the same thing wherever it appears (not picomatch: it is only resolvable from this package
// by accident of hoisting, in two major versions and without types; not path.matchesGlob: Node 22+). This file
// adds what config needs on top: refusing a glob at load, with a reason, instead of letting it never match.
import { globToRegExp } from '../util/glob.js';

export const GLOB_HINT =
  'globs are relative to the repository root and use "/"; "*", "**", "?", "[…]", "{a,b}"; one without "/" matches a name at any depth';

/** Why a glob is refused, or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'must not be empty';
  if (glob.startsWith('!')) return 'negated globs ("!…") are not supported here; list what to match instead';
  if (/^[A-Za-z]:[\\/]/.test(glob) || glob.startsWith('\\\\')) return 'must be relative to the repository root, not an absolute path';
  try {
    globToRegExp(glob);
    return undefined;
  } catch (e) {
    // A character class the RegExp engine refuses ("[z-a]"), or braces that compile to an empty repeat.
    return (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
  }
}

/** Paths as findings carry them: "/" separated, no leading "./". */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** One predicate for a list of globs: true when any matches the path (a directory's glob covers its files). */
export function pathMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const res = globs.map((g) => globToRegExp(g));
  return (path) => {
    const p = normalizePath(path);
    return res.some((re) => re.test(p));
  };
}

/** A `languages` key naming an extension (".tpl") rather than a glob; the same test the language table uses. */
export function isExtensionKey(key: string): boolean {
  return /^\.[^*?[\]{}/]+$/.test(key);
}
