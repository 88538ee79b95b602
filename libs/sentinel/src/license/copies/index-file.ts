// A license index on disk and in memory. The file is JSON: a header (what built it, with which k and window),
// the indexed source files with their licenses, and the fingerprint table as base64 of little-endian 32-bit
// words, five per fingerprint: hash, source number, token offset in the source, first line, last line. The
// table is sorted by hash, so a lookup is a binary search over a typed array: loading costs one decode and no
// per-entry objects.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import type { GrammarTokens } from './lexer.js';
import { K, W } from './winnow.js';

export const INDEX_FORMAT = 'warden-license-index';
/** Bumped whenever tokens or hashes change meaning: an index from another tokenizer would silently never match. */
export const TOKENIZER_VERSION = 1;
export const FIELDS = 5;

export interface IndexedSource {
  /** Path relative to the indexed folder, '/' separated. */
  path: string;
  /** SPDX expression of this file; the index's own license unless a file says otherwise. */
  license: string;
  /** Language family (tokens of one family are compared only with that family). */
  family: string;
  tokens: number;
}

export interface IndexFile {
  format: typeof INDEX_FORMAT;
  version: 1;
  tokenizer: number;
  /** A short name shown in findings: the corpus the index was built from. */
  name: string;
  license: string;
  k: number;
  window: number;
  sources: IndexedSource[];
  /** Per language family, the grammar tokens the quick lexer needs (lexer.ts), so a scan need not load it. */
  grammar: Record<string, GrammarTokens>;
  /** base64 of FIELDS little-endian uint32 per fingerprint, sorted by hash. */
  fingerprints: string;
}

export interface Fingerprint {
  hash: number;
  source: number;
  token: number;
  startLine: number;
  endLine: number;
}

export class LicenseIndex {
  private constructor(
    readonly file: string,
    readonly name: string,
    readonly license: string,
    readonly k: number,
    readonly window: number,
    readonly sources: readonly IndexedSource[],
    readonly grammar: Readonly<Record<string, GrammarTokens>>,
    private readonly table: Uint32Array,
  ) {}

  get size(): number {
    return this.table.length / FIELDS;
  }

  /** Calls `visit` with every fingerprint's hash (repeats included). */
  hashes(visit: (hash: number) => void): void {
    for (let i = 0; i < this.table.length; i += FIELDS) visit(this.table[i]!);
  }

  /** Every fingerprint with this hash, calling `visit(source, token, startLine, endLine)` for each. */
  forEach(hash: number, visit: (source: number, token: number, startLine: number, endLine: number) => void): void {
    const t = this.table;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (t[mid * FIELDS]! < hash) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.size && t[i * FIELDS] === hash; i++) {
      const at = i * FIELDS;
      visit(t[at + 1]!, t[at + 2]!, t[at + 3]!, t[at + 4]!);
    }
  }

  static fromFile(data: IndexFile, file: string): LicenseIndex {
    const bytes = Buffer.from(data.fingerprints, 'base64');
    if (bytes.length % (FIELDS * 4) !== 0) throw new Error('the fingerprint table is truncated');
    const table = new Uint32Array(bytes.length / 4);
    for (let i = 0; i < table.length; i++) table[i] = bytes.readUInt32LE(i * 4);
    for (let i = 1; i < table.length / FIELDS; i++) {
      if (table[i * FIELDS]! < table[(i - 1) * FIELDS]!) throw new Error('the fingerprint table is not sorted');
    }
    for (let i = 0; i < table.length; i += FIELDS) {
      if (table[i + 1]! >= data.sources.length) throw new Error('a fingerprint names a source file the index does not list');
    }
    return new LicenseIndex(file, data.name, data.license, data.k, data.window, data.sources, data.grammar ?? {}, table);
  }

  /** Reads and checks an index file; every problem is a ConfigError naming the file. */
  static load(file: string): LicenseIndex {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ConfigError(file, `cannot read this license index (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    let data: Partial<IndexFile>;
    try {
      data = JSON.parse(raw) as Partial<IndexFile>;
    } catch {
      throw new ConfigError(file, `not a Warden license index (not JSON); build one with \`warden license index DIR --license SPDX --output FILE\``);
    }
    if (data?.format !== INDEX_FORMAT) {
      throw new ConfigError(file, `not a Warden license index; build one with \`warden license index DIR --license SPDX --output FILE\``);
    }
    if (data.tokenizer !== TOKENIZER_VERSION || data.k !== K || data.window !== W) {
      throw new ConfigError(
        file,
        `license index built by another version of Warden (tokenizer ${String(data.tokenizer)}, k ${String(data.k)}, window ${String(data.window)}; this one uses ${TOKENIZER_VERSION}, ${K}, ${W}): rebuild it with \`warden license index\``,
      );
    }
    if (typeof data.name !== 'string' || typeof data.license !== 'string' || !Array.isArray(data.sources) || typeof data.fingerprints !== 'string') {
      throw new ConfigError(file, `license index without name, license, sources or fingerprints`);
    }
    try {
      return LicenseIndex.fromFile(data as IndexFile, file);
    } catch (err) {
      throw new ConfigError(file, `broken license index: ${(err as Error).message}`);
    }
  }
}

/** Serialises fingerprints (any order) into the on-disk table. */
export function encodeFingerprints(prints: readonly Fingerprint[]): string {
  const sorted = [...prints].sort((a, b) => a.hash - b.hash || a.source - b.source || a.token - b.token);
  const bytes = Buffer.alloc(sorted.length * FIELDS * 4);
  sorted.forEach((p, i) => {
    const at = i * FIELDS * 4;
    bytes.writeUInt32LE(p.hash, at);
    bytes.writeUInt32LE(p.source, at + 4);
    bytes.writeUInt32LE(p.token, at + 8);
    bytes.writeUInt32LE(p.startLine, at + 12);
    bytes.writeUInt32LE(p.endLine, at + 16);
  });
  return bytes.toString('base64');
}

// One load per index file per thread: a pre-commit hook loads it once, a pool worker once for all its files.
const loaded = new Map<string, LicenseIndex>();

export function loadIndexCached(file: string): LicenseIndex {
  const key = path.resolve(file);
  let index = loaded.get(key);
  if (!index) loaded.set(key, (index = LicenseIndex.load(key)));
  return index;
}
