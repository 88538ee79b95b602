// Dependencies of a go.mod: every module of its `require` directives (one-line and block forms, `// indirect`
// ones too), with the version go.mod names, which Go's minimal version selection builds with. Go modules record no
// license id anywhere, so the license is identified from the module's license file: its vendored copy
// (`go mod vendor` copies it beside the packages) or its copy in the local module cache. Nothing is fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { identifyLicenseText, LICENSE_FILE_NAMES as LICENSE_FILES } from '../../license/identify.js';
import { UNKNOWN_LICENSE } from './unknown.js';
import type { MatchContext, RawMatch } from '../types.js';


export function goDependencies(ctx: MatchContext): RawMatch[] {
  // In a scan of a change, a module required at the same version as before is neither new nor upgraded.
  const before = ctx.previous === undefined ? undefined : new Set(requirements(ctx.previous).map((r) => `${r.name} ${r.version}`));
  const out: RawMatch[] = [];
  for (const req of requirements(ctx.file.text)) {
    if (before?.has(`${req.name} ${req.version}`)) continue;
    const text = fromVendor(ctx, req.name) ?? fromModuleCache(req.name, req.version);
    out.push({
      start: req.start,
      end: req.end,
      license: (text === undefined ? undefined : identifyLicenseText(text)) ?? UNKNOWN_LICENSE,
      dependency: { name: req.name, version: req.version },
    });
  }
  return out;
}

interface Requirement {
  name: string;
  version: string;
  start: number;
  end: number;
}

/** The `require` directives of a go.mod, read line by line: `require mod v1.2.3` and `require ( ... )`. */
function requirements(text: string): Requirement[] {
  const out: Requirement[] = [];
  let block: string | undefined; // the verb of the `verb ( ... )` block the line is in
  let lineStart = 0;
  for (const raw of text.split('\n')) {
    const start = lineStart;
    lineStart += raw.length + 1;
    // Module paths and versions hold no `//`, so the first one starts the comment (`// indirect` included).
    const comment = raw.indexOf('//');
    const line = comment === -1 ? raw : raw.slice(0, comment);
    // `require(` is as valid as `require (`: parentheses are tokens of their own.
    const words = line.replace(/[()]/g, ' $& ').trim().split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) continue;
    let entry: string[];
    if (block !== undefined) {
      if (words[0] === ')') {
        block = undefined;
        continue;
      }
      if (block !== 'require') continue;
      entry = words;
    } else if (words[1] === '(' && words.length === 2) {
      block = words[0];
      continue;
    } else if (words[0] === 'require') entry = words.slice(1);
    else continue;
    if (entry.length !== 2) continue;
    const [name, version] = entry.map(unquote) as [string, string];
    const indent = raw.length - raw.trimStart().length;
    out.push({ name, version, start: start + indent, end: start + line.trimEnd().length });
  }
  return out;
}

/** go.mod may quote a path or version as a Go string: "..." or `...`. */
function unquote(word: string): string {
  return /^(["`]).*\1$/.test(word) ? word.slice(1, -1) : word;
}

/** `go mod vendor` writes vendor/<module path>/ with the module's license files, beside go.mod. */
function fromVendor(ctx: MatchContext, name: string): string | undefined {
  for (const file of LICENSE_FILES) {
    const text = ctx.sibling?.(`vendor/${name}/${file}`);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** The module's root in the module cache: <cache>/<escaped path>@<escaped version>/. */
function fromModuleCache(name: string, version: string): string | undefined {
  const gopath = process.env.GOPATH?.split(path.delimiter)[0];
  const cache = process.env.GOMODCACHE || (gopath ? path.join(gopath, 'pkg', 'mod') : path.join(homedir(), 'go', 'pkg', 'mod'));
  const dir = path.join(cache, `${escape(name)}@${escape(version)}`);
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return undefined;
  }
  // In the order of LICENSE_FILES, whatever the case of the name on disk (License.txt, Copying...).
  for (const wanted of LICENSE_FILES) {
    const file = files.find((f) => f.toUpperCase() === wanted.toUpperCase());
    if (file === undefined) continue;
    try {
      return readFileSync(path.join(dir, file), 'utf8');
    } catch {
      // A directory or an unreadable file: try the next name.
    }
  }
  return undefined;
}

/** Go's module path escaping for case-insensitive file systems: each uppercase letter becomes '!' + lowercase. */
function escape(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
