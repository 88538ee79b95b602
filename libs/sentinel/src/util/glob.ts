// Glob → RegExp for path filters (rule `paths`, allowlists, language overrides). Node 20 has no
// path.matchesGlob, and these patterns are simple: `**`, `*`, `?`, `{a,b}` and character classes.
// A pattern without a slash matches the base name anywhere in the tree, as .gitignore does.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let g = glob.replace(/\\/g, '/');
  const anchored = g.includes('/') && !g.startsWith('**/');
  if (g.startsWith('./')) g = g.slice(2);
  if (g.startsWith('/')) g = g.slice(1);
  if (g.endsWith('/')) g += '**';
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*') {
      if (g[i + 1] === '*') {
        // `**/` matches zero or more directories; a trailing `**` matches everything below.
        if (g[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close === -1) re += '\\{';
      else {
        re += '(?:' + g.slice(i + 1, close).split(',').map(escape).join('|') + ')';
        i = close;
      }
    } else if (c === '[') {
      const close = g.indexOf(']', i);
      if (close === -1) re += '\\[';
      else {
        re += '[' + g.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += escape(c);
  }
  // A directory pattern also covers everything inside it.
  const result = new RegExp((anchored ? '^' : '^(?:.*/)?') + re + '(?:/.*)?$');
  cache.set(glob, result);
  return result;
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
}

export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(path));
}
