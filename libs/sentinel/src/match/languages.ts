// The language table: which files are which language, and which of those languages have a tree-sitter grammar.
// Languages without a grammar still get an id so regex rules can target them (a `.env` file, a Dockerfile);
// they simply never get a syntax tree.
//
// Grammars are the prebuilt `.wasm` files of @vscode/tree-sitter-wasm, loaded with web-tree-sitter. All state here
// is module-level, so it is per thread: each worker initialises web-tree-sitter once and loads each grammar once.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { globToRegExp } from '../util/glob.js';
import type { Language } from 'web-tree-sitter';

type WebTreeSitter = typeof import('web-tree-sitter');
// Loaded on first parse, not at start-up: most scans (and every pre-commit hook without syntax rules to run)
// never need it.
let webTreeSitterModule: WebTreeSitter | undefined;

/** The web-tree-sitter module; only valid after initTreeSitter() (which loadLanguage awaits) has resolved. */
export function webTreeSitter(): WebTreeSitter {
  if (!webTreeSitterModule) throw new Error('web-tree-sitter used before initTreeSitter()');
  return webTreeSitterModule;
}

export interface LanguageInfo {
  id: string;
  /** Base name of the grammar in @vscode/tree-sitter-wasm/wasm (`tree-sitter-<grammar>.wasm`); none = plain text. */
  grammar?: string;
  /** Lower-case, with the dot. */
  extensions: readonly string[];
  /** Exact file names, lower-case. */
  filenames: readonly string[];
  /** Tested against the lower-cased base name, for families such as `.env.local` or `Dockerfile.dev`. */
  namePatterns?: readonly RegExp[];
}

const TABLE: readonly LanguageInfo[] = [
  { id: 'javascript', grammar: 'javascript', extensions: ['.js', '.mjs', '.cjs', '.jsx'], filenames: [] },
  { id: 'typescript', grammar: 'typescript', extensions: ['.ts', '.mts', '.cts'], filenames: [] },
  { id: 'tsx', grammar: 'tsx', extensions: ['.tsx'], filenames: [] },
  { id: 'python', grammar: 'python', extensions: ['.py', '.pyw', '.pyi'], filenames: [] },
  { id: 'go', grammar: 'go', extensions: ['.go'], filenames: [] },
  { id: 'java', grammar: 'java', extensions: ['.java'], filenames: [] },
  {
    id: 'ruby',
    grammar: 'ruby',
    extensions: ['.rb', '.rake', '.gemspec', '.ru'],
    filenames: ['rakefile', 'gemfile', 'guardfile', 'vagrantfile', 'podfile'],
  },
  { id: 'php', grammar: 'php', extensions: ['.php', '.phtml'], filenames: [] },
  { id: 'csharp', grammar: 'c-sharp', extensions: ['.cs', '.csx'], filenames: [] },
  { id: 'rust', grammar: 'rust', extensions: ['.rs'], filenames: [] },
  { id: 'cpp', grammar: 'cpp', extensions: ['.cpp', '.cc', '.cxx', '.c++', '.hpp', '.hh', '.hxx'], filenames: [] },
  // The package ships no C grammar; tree-sitter-cpp is built on tree-sitter-c and keeps its node types, so C
  // parses with it (only C code that uses C++ keywords as names comes out with ERROR nodes).
  { id: 'c', grammar: 'cpp', extensions: ['.c', '.h'], filenames: [] },
  {
    id: 'shell',
    grammar: 'bash',
    extensions: ['.sh', '.bash', '.zsh', '.ksh'],
    filenames: ['.bashrc', '.bash_profile', '.bash_aliases', '.zshrc', '.zprofile', '.profile'],
  },
  { id: 'powershell', grammar: 'powershell', extensions: ['.ps1', '.psm1', '.psd1'], filenames: [] },
  { id: 'css', grammar: 'css', extensions: ['.css'], filenames: [] },
  {
    id: 'ini',
    grammar: 'ini',
    extensions: ['.ini', '.cfg', '.cnf'],
    filenames: ['.gitconfig', '.editorconfig', '.npmrc', '.pypirc'],
  },
  // Plain-text ids: no grammar, but regex rules can still name them.
  {
    id: 'dockerfile',
    extensions: ['.dockerfile'],
    filenames: ['dockerfile', 'containerfile'],
    namePatterns: [/^(dockerfile|containerfile)\..+$/],
  },
  { id: 'dotenv', extensions: ['.env'], filenames: ['.env'], namePatterns: [/^\.env\..+$/] },
  { id: 'yaml', extensions: ['.yml', '.yaml'], filenames: [] },
  { id: 'json', extensions: ['.json', '.jsonc', '.json5'], filenames: [] },
  { id: 'toml', extensions: ['.toml'], filenames: ['pipfile'] },
  { id: 'properties', extensions: ['.properties'], filenames: [] },
  {
    id: 'xml',
    extensions: ['.xml', '.xsd', '.xsl', '.xslt', '.plist', '.csproj', '.fsproj', '.vbproj', '.props', '.targets', '.nuspec'],
    filenames: ['web.config', 'app.config'],
  },
  { id: 'html', extensions: ['.html', '.htm', '.xhtml'], filenames: [] },
  { id: 'markdown', extensions: ['.md', '.markdown', '.mdx'], filenames: [] },
];

const BY_ID = new Map(TABLE.map((l) => [l.id, l]));
const BY_FILENAME = new Map<string, string>();
const BY_EXTENSION = new Map<string, string>();
for (const l of TABLE) {
  for (const f of l.filenames) BY_FILENAME.set(f, l.id);
  for (const e of l.extensions) BY_EXTENSION.set(e, l.id);
}

/** Every known language id, in table order. */
export const LANGUAGE_IDS: readonly string[] = TABLE.map((l) => l.id);

export function isKnownLanguage(id: string): boolean {
  return BY_ID.has(id);
}

export function languageInfo(id: string): LanguageInfo | undefined {
  return BY_ID.get(id);
}

export function hasGrammar(lang: string | undefined): boolean {
  return lang !== undefined && BY_ID.get(lang)?.grammar !== undefined;
}

/**
 * The language of a file, from its path (relative or absolute, either separator).
 *
 * `overrides` come first, in their own order; a key is either an extension (`.mjs`: a leading dot and no glob
 * characters, compared case-insensitively with the end of the file name) or a glob (`*`, `**`, `?`, `[…]`,
 * `{a,b}`); a glob without a `/` is matched against the file name, one with a `/` against the whole path.
 */
export function languageForPath(filePath: string, overrides?: Record<string, string>): string | undefined {
  const normalised = filePath.replace(/\\/g, '/');
  const base = normalised.slice(normalised.lastIndexOf('/') + 1);
  if (overrides) {
    for (const o of compiledOverrides(overrides)) {
      if (o.test(normalised, base)) return o.lang;
    }
  }
  const lower = base.toLowerCase();
  const byName = BY_FILENAME.get(lower);
  if (byName) return byName;
  for (const l of TABLE) {
    if (l.namePatterns?.some((p) => p.test(lower))) return l.id;
  }
  const dot = lower.lastIndexOf('.');
  // A name that is only an extension (".bashrc") was handled above; "x." has no extension.
  if (dot <= 0 || dot === lower.length - 1) return undefined;
  return BY_EXTENSION.get(lower.slice(dot));
}

interface OverrideMatcher {
  lang: string;
  test(fullPath: string, base: string): boolean;
}

// Config objects are long-lived; compile their globs once per object rather than once per file.
const overrideCache = new WeakMap<Record<string, string>, OverrideMatcher[]>();

function compiledOverrides(overrides: Record<string, string>): OverrideMatcher[] {
  let compiled = overrideCache.get(overrides);
  if (!compiled) {
    compiled = Object.entries(overrides).map(([key, lang]) => compileOverride(key, lang));
    overrideCache.set(overrides, compiled);
  }
  return compiled;
}

function compileOverride(key: string, lang: string): OverrideMatcher {
  if (/^\.[^*?[\]{}/]+$/.test(key)) {
    const ext = key.toLowerCase();
    return { lang, test: (_full, base) => base.toLowerCase().endsWith(ext) };
  }
  // One glob syntax everywhere (util/glob.ts): a pattern without "/" matches a file name at any depth.
  const re = globToRegExp(key);
  return { lang, test: (full) => re.test(full.replace(/^\.\//, '')) };
}

// ---- grammars -------------------------------------------------------------------------------------------------

let initPromise: Promise<void> | undefined;
const languagePromises = new Map<string, Promise<Language>>();
let grammarDir: string | undefined;

/** Initialises web-tree-sitter once per thread; every other call waits for the same promise. */
export function initTreeSitter(): Promise<void> {
  if (!initPromise) {
    initPromise = (async () => {
      const mod = await import('web-tree-sitter');
      await mod.Parser.init();
      webTreeSitterModule = mod;
    })().catch((err: unknown) => {
      initPromise = undefined; // let a later call retry rather than fail forever
      throw new Error(`cannot initialise web-tree-sitter: ${errorMessage(err)}`);
    });
  }
  return initPromise;
}

/** Absolute path of a language's grammar, found through module resolution (works from the repo and from npm). */
export function grammarPath(lang: string): string {
  const info = BY_ID.get(lang);
  if (!info?.grammar) throw new Error(`language "${lang}" has no tree-sitter grammar`);
  if (!grammarDir) {
    const require = createRequire(import.meta.url);
    grammarDir = path.join(path.dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm');
  }
  return path.join(grammarDir, `tree-sitter-${info.grammar}.wasm`);
}

/**
 * The grammar of a language, loaded on first use and cached for the life of the thread (a Language is never
 * deleted). Rejects for a language without a grammar.
 */
export function loadLanguage(lang: string): Promise<Language> {
  const grammar = BY_ID.get(lang)?.grammar;
  if (!grammar) return Promise.reject(new Error(`language "${lang}" has no tree-sitter grammar`));
  // Keyed by grammar, not id: "c" and "cpp" share one grammar and so one Language (and one Parser).
  let pending = languagePromises.get(grammar);
  if (!pending) {
    pending = (async () => {
      const file = grammarPath(lang);
      await initTreeSitter();
      try {
        return await webTreeSitter().Language.load(new Uint8Array(await readFile(file)));
      } catch (err) {
        throw new Error(`cannot load the ${grammar} grammar from ${file}: ${errorMessage(err)}`);
      }
    })();
    pending.catch(() => languagePromises.delete(grammar));
    languagePromises.set(grammar, pending);
  }
  return pending;
}

/** The grammar a language parses with (`shell` → `bash`, `c` → `cpp`), or undefined for plain text. */
export function grammarOf(lang: string | undefined): string | undefined {
  return lang === undefined ? undefined : BY_ID.get(lang)?.grammar;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
