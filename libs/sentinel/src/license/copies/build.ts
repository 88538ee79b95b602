// Building a license index from a folder of copyleft code (`warden license index DIR --license SPDX`): every
// file with a grammar is parsed, tokenized and winnowed. Fingerprints that say little are left out, so short
// common shapes cannot match: k-grams of few distinct tokens (`a.x = b.x;` repeated), hashes found in many
// files of the corpus, periodic code (lists), and hashes that also occur in the ordinary code given as `common` folders (like MOSS's
// base files: code everyone writes is not evidence of copying).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import parseSpdx from 'spdx-expression-parse';
import { Deadline } from '../../engine/budget.js';
import { WardenError } from '../../errors.js';
import { decode } from '../../files/classify.js';
import { readBytesSync } from '../../files/read-bytes.js';
import { hasGrammar, languageForPath } from '../../match/languages.js';
import { parseText } from '../../match/parse.js';
import { resolveTargets } from '../../targets/index.js';
import { encodeFingerprints, INDEX_FORMAT, TOKENIZER_VERSION, type Fingerprint, type IndexedSource, type IndexFile } from './index-file.js';
import type { Language } from 'web-tree-sitter';
import { grammarTokens, type GrammarTokens } from './lexer.js';
import { languageFamily, tokenize, tokenLines, type TokenStream } from './tokens.js';
import { distinctTokens, familySalt, K, kgramHashes, W, winnow } from './winnow.js';

/** A k-gram with fewer distinct tokens than this is a repetition, not a fingerprint. */
export const MIN_DISTINCT_TOKENS = 7;
/** A hash found in more source files than this is a shape the corpus itself repeats. */
export const MAX_FILES_PER_HASH = 3;
/** Files larger than this are not indexed (data tables and bundles, not code anyone pastes). */
const MAX_INDEXED_FILE = 512 * 1024;
const PARSE_BUDGET_MS = 20_000;

export interface BuildIndexOptions {
  /** The corpus folder; paths in the index are relative to it. */
  dir: string;
  /** SPDX expression of the corpus; a file's own SPDX-License-Identifier tag overrides it. */
  license: string;
  /** Shown in findings; default the folder's name. */
  name?: string;
  /** Folders of ordinary code whose shapes are not evidence of copying. */
  common?: readonly string[];
  onFile?: (file: string) => void;
}

export interface BuildIndexResult {
  index: IndexFile;
  files: number;
  tokens: number;
  fingerprints: number;
  /** Fingerprints left out: repetitive k-grams, shapes repeated across the corpus, shapes of the common code. */
  dropped: { repetitive: number; repeated: number; common: number };
  skipped: Array<{ file: string; reason: string }>;
}

interface Parsed {
  path: string;
  family: string;
  text: string;
  stream: TokenStream;
  grammar: GrammarTokens;
}

export async function buildLicenseIndex(options: BuildIndexOptions): Promise<BuildIndexResult> {
  checkLicense(options.license, '--license');
  const skipped: BuildIndexResult['skipped'] = [];
  const sources: IndexedSource[] = [];
  const prints: Fingerprint[] = [];
  const filesPerHash = new Map<number, Set<number>>();
  const grammar: Record<string, GrammarTokens> = {};
  let repetitive = 0;
  let tokens = 0;

  for await (const file of parsedFiles(options.dir, skipped, options.onFile)) {
    const source = sources.length;
    sources.push({ path: file.path, license: ownLicense(file.text) ?? options.license, family: file.family, tokens: file.stream.length });
    tokens += file.stream.length;
    grammar[file.family] = mergeTokens(grammar[file.family], file.grammar);
    const hashes = kgramHashes(file.stream.hashes, file.stream.length, familySalt(file.family), K);
    const periodic = periodicHashes(hashes);
    let linesOf: Uint32Array | undefined;
    for (const at of winnow(hashes, W)) {
      if (periodic.has(hashes[at]!) || distinctTokens(file.stream.hashes, at, K) < MIN_DISTINCT_TOKENS) {
        repetitive++;
        continue;
      }
      const hash = hashes[at]!;
      const lines = (linesOf ??= tokenLines(file.stream, file.text));
      prints.push({ hash, source, token: at, startLine: lines[at]!, endLine: lines[at + K - 1]! });
      (filesPerHash.get(hash) ?? filesPerHash.set(hash, new Set()).get(hash)!).add(source);
    }
  }
  if (sources.length === 0) {
    const why = skipped.length > 0 ? ` (${skipped.length} skipped, the first ${skipped[0]!.file}: ${skipped[0]!.reason})` : '';
    throw new WardenError(`no source files with a grammar under ${options.dir}: nothing to index${why}`);
  }

  const common = new Set<number>();
  for (const dir of options.common ?? []) {
    for await (const file of parsedFiles(dir, [], undefined)) {
      for (const hash of kgramHashes(file.stream.hashes, file.stream.length, familySalt(file.family), K)) common.add(hash);
    }
  }
  let repeated = 0;
  let commonDropped = 0;
  const kept = prints.filter((p) => {
    if (filesPerHash.get(p.hash)!.size > MAX_FILES_PER_HASH) return (repeated++, false);
    if (common.has(p.hash)) return (commonDropped++, false);
    return true;
  });

  return {
    index: {
      format: INDEX_FORMAT,
      version: 1,
      tokenizer: TOKENIZER_VERSION,
      name: options.name ?? path.basename(path.resolve(options.dir)),
      license: options.license,
      k: K,
      window: W,
      sources,
      grammar,
      fingerprints: encodeFingerprints(kept),
    },
    files: sources.length,
    tokens,
    fingerprints: kept.length,
    dropped: { repetitive, repeated, common: commonDropped },
    skipped,
  };
}

/**
 * Hashes of periodic code: a k-gram that recurs within K tokens of itself overlaps its own repetition (a list
 * of re-exports, a table of calls), and such a shape is in every other project's lists too. Two similar
 * functions far apart in one file are not periodic and keep their fingerprints.
 */
function periodicHashes(hashes: Uint32Array): Set<number> {
  const last = new Map<number, number>();
  const periodic = new Set<number>();
  hashes.forEach((h, i) => {
    const before = last.get(h);
    if (before !== undefined && i - before <= K) periodic.add(h);
    last.set(h, i);
  });
  return periodic;
}

/** The files of `dir` that have a grammar, parsed and tokenized, in path order. */
async function* parsedFiles(dir: string, skipped: BuildIndexResult['skipped'], onFile: ((file: string) => void) | undefined): AsyncGenerator<Parsed> {
  const root = path.resolve(dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new WardenError(`${dir} is not a folder: name the folder of the corpus to index`);
  // The folder is what the user pointed at: ignore files of a repository around it do not apply (a corpus kept
  // under an ignored folder, or a package's dist/, is still the corpus). Installed dependencies are not.
  const targets = await resolveTargets(
    { kind: 'paths', paths: ['.'] },
    { root, maxFileSize: MAX_INDEXED_FILE, followGitignore: false, exclude: ['node_modules', '.git'] },
  );
  for (const s of targets.skipped) skipped.push({ file: s.file, reason: s.reason });
  for (const file of [...targets.files].sort((a, b) => a.path.localeCompare(b.path))) {
    const language = languageForPath(file.path);
    if (!hasGrammar(language)) continue;
    const read = readBytesSync(file, MAX_INDEXED_FILE);
    if ('skip' in read) {
      skipped.push({ file: file.path, reason: read.skip });
      continue;
    }
    if (read.secretsOnly) {
      skipped.push({ file: file.path, reason: read.secretsOnly.reason });
      continue;
    }
    const { text } = decode(read.bytes);
    onFile?.(file.path);
    const parsed = await parseText(text, language, new Deadline(PARSE_BUDGET_MS));
    if (!parsed.tree) {
      skipped.push({ file: file.path, reason: parsed.error ?? 'parse timed out' });
      continue;
    }
    try {
      yield { path: file.path, family: languageFamily(language!), text, stream: tokenize(parsed.tree), grammar: grammarOf(parsed.tree.language) };
    } finally {
      parsed.tree.delete();
    }
  }
}

const grammars = new WeakMap<Language, GrammarTokens>();
function grammarOf(language: Language): GrammarTokens {
  let tokens = grammars.get(language);
  if (!tokens) grammars.set(language, (tokens = grammarTokens(language)));
  return tokens;
}

/** A family's grammars together (JavaScript and TypeScript are one family). */
function mergeTokens(a: GrammarTokens | undefined, b: GrammarTokens): GrammarTokens {
  if (!a || a === b) return b;
  return { anonymous: [...new Set([...a.anonymous, ...b.anonymous])].sort(), named: [...new Set([...a.named, ...b.named])].sort() };
}

/** A file's own SPDX-License-Identifier tag near its top, when it parses. */
function ownLicense(text: string): string | undefined {
  const tag = /SPDX-License-Identifier:\s*([^\n*]+?)\s*(?:\*\/|-->|$)/m.exec(text.slice(0, 2048))?.[1];
  if (!tag) return undefined;
  try {
    parseSpdx(tag);
    return tag;
  } catch {
    return undefined;
  }
}

function checkLicense(expression: string, where: string): void {
  try {
    parseSpdx(expression);
  } catch {
    throw new WardenError(`${where} "${expression}" is not an SPDX license expression (e.g. GPL-2.0-or-later)`);
  }
}
