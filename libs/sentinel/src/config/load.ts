// Finding and loading warden.json. The file is optional: without one, every default applies.
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { CONFIG_FILE_NAME, defaultWardenConfig } from './defaults.js';
import { formatKeyPath } from './key-path.js';
import type { WardenConfig } from './schema.js';


export interface LoadedConfig {
  /** Defaults applied, sizes in bytes, `rules.paths` and `baseline` resolved to absolute paths. */
  config: WardenConfig;
  /** Absolute path of the warden.json read; undefined when there is none. */
  file?: string;
  /** What relative paths in the config are relative to: the config's directory, else the repository root. */
  dir: string;
}

/**
 * Walks up from `startDir` looking for warden.json, stopping after the git repository root (a directory holding
 * `.git`, a directory or, in worktrees and submodules, a file) or the filesystem root, whichever comes first.
 */
export async function findConfig(startDir: string): Promise<string | undefined> {
  return (await search(resolve(startDir))).file;
}

/**
 * Loads `path` (relative to `startDir`) when given, else the warden.json found from `startDir` (default: the
 * working directory), else the defaults. Throws ConfigError naming the file and the key for any problem.
 */
export async function loadConfig(path?: string, startDir: string = process.cwd()): Promise<LoadedConfig> {
  const start = resolve(startDir);
  let file: string;
  if (path !== undefined) {
    file = resolve(start, path);
  } else {
    const found = await search(start);
    if (!found.file) return defaultConfig(found.root);
    file = found.file;
  }
  const shown = displayPath(file);
  const text = await readConfigText(file, shown);
  const dir = dirname(file);
  // The schema (and zod) load only when there is a file to validate.
  const { parseConfig } = await import('./parse.js');
  const config = parseConfig(text, shown, dir);
  await checkRulePaths(config, shown);
  return { config, file, dir };
}

/** What loadConfig gives when there is no warden.json: every default, paths relative to `dir`. */
export function defaultConfig(dir: string = process.cwd()): LoadedConfig {
  return { config: defaultWardenConfig(), dir: resolve(dir) };
}

async function search(start: string): Promise<{ file?: string; root: string }> {
  for (let dir = start; ; ) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if ((await kind(candidate)) === 'file') return { file: candidate, root: dir };
    if ((await kind(join(dir, '.git'))) !== undefined) return { root: dir };
    const parent = dirname(dir);
    if (parent === dir) return { root: start };
    dir = parent;
  }
}

async function kind(p: string): Promise<'file' | 'dir' | 'other' | undefined> {
  try {
    const s = await stat(p);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return undefined;
  }
}

async function readConfigText(file: string, shown: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigError(shown, readProblem(e));
  }
}

/** A read failure in words, for config and baseline files. */
export function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read: ${(e as Error).message}`;
}

/** A rules path that does not exist is a typo the user wants to hear about before the scan, not after. */
async function checkRulePaths(config: WardenConfig, shown: string): Promise<void> {
  for (const [i, p] of config.rules.paths.entries()) {
    if ((await kind(p)) !== undefined) continue;
    throw new ConfigError(shown, `not found: ${p}`, formatKeyPath(['rules', 'paths', i]));
  }
}

/** A path as the user would like to read it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
