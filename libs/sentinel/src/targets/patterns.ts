// Path globs for config include/exclude and for globs named on the command line. The syntax and its meaning
// are util/glob.ts's, the compiler rule `paths`, allowlists and config validation use, so a glob means the same
// thing wherever a user writes it: relative to the scan root, '/' separated; `*`, `**`, `?`, `[…]`, `{a,b}`;
// one without '/' matches a name at any depth; one that matches a directory covers everything inside it.
// This file adds what a walk needs on top: testing a directory (to prune it), telling whether a directory can
// contain a match at all, and whether a glob names node_modules.
import { WardenError } from '../errors.js';
import { globToRegExp } from '../util/glob.js';

export interface CompiledPattern {
  /** The glob as written, for messages. */
  source: string;
  regex: RegExp;
  /** Matches from the root only (it has a '/' that is not a leading `**\/`). */
  anchored: boolean;
  /** Leading segments without glob syntax: where a walk for this glob can start. */
  staticPrefix: string[];
}

/** True when the string uses glob syntax. */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

export function compilePattern(source: string): CompiledPattern {
  let regex: RegExp;
  try {
    regex = globToRegExp(source);
  } catch (e) {
    const why = (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new WardenError(`invalid glob '${source}': ${why}`);
  }
  const normal = normalize(source);
  const anchored = normal.includes('/') && !normal.startsWith('**/');
  const staticPrefix: string[] = [];
  if (anchored) {
    for (const seg of normal.split('/')) {
      if (seg === '' || isGlob(seg)) break;
      staticPrefix.push(seg);
    }
  }
  return { source, regex, anchored, staticPrefix };
}

export class PathMatcher {
  readonly patterns: readonly CompiledPattern[];

  constructor(sources: readonly string[] = []) {
    this.patterns = sources.filter((s) => s.trim() !== '').map(compilePattern);
  }

  get isEmpty(): boolean {
    return this.patterns.length === 0;
  }

  /**
   * The first glob matching this path, or (for a directory) covering everything inside it: `dist/**` does not
   * match the name `dist`, but it matches every file below, so a walk can skip the directory.
   */
  match(rel: string, isDir: boolean): CompiledPattern | undefined {
    return this.patterns.find((p) => p.regex.test(rel) || (isDir && p.regex.test(`${rel}/`)));
  }

  /** The first glob matching a file, directly or through one of its directories. */
  matchFileOrParent(rel: string): CompiledPattern | undefined {
    // util/glob.ts regexes already accept everything below a matching directory.
    return this.patterns.find((p) => p.regex.test(rel));
  }

  /**
   * False only when no file below this directory can match, so a walk narrowed by include globs can skip
   * whole subtrees. Conservative: true whenever in doubt.
   */
  couldContain(dirRel: string): boolean {
    if (dirRel === '') return true;
    const segments = dirRel.split('/');
    return this.patterns.some((p) => {
      if (!p.anchored) return true;
      const n = Math.min(segments.length, p.staticPrefix.length);
      for (let i = 0; i < n; i++) if (segments[i] !== p.staticPrefix[i]) return p.regex.test(`${dirRel}/`);
      return true;
    });
  }

  /** Whether any glob names this path segment literally (`node_modules/pkg/**`, `{node_modules,vendor}/**`). */
  mentions(segment: string): boolean {
    const escaped = segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?:^|[/{,])${escaped}(?:[/},]|$)`);
    return this.patterns.some((p) => re.test(normalize(p.source)));
  }
}

/** As util/glob.ts reads a glob: '\' is a separator, a leading './' or '/' means the root. */
function normalize(glob: string): string {
  let g = glob.replace(/\\/g, '/');
  if (g.startsWith('./')) g = g.slice(2);
  if (g.startsWith('/')) g = g.slice(1);
  return g;
}
