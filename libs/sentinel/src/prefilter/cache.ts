// The keyword automaton, cached on disk: building it for every rule pack costs about 45 ms, which every hook
// and every pre-commit scan would otherwise pay at start-up. The cache lives in the user's own cache folder
// (never a shared /tmp, where another user could plant a doctored automaton that misses keywords), keyed by a
// hash of the exact keyword list and the format; anything unreadable or odd is ignored and rebuilt.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { KeywordAutomaton, type AutomatonTables } from './aho-corasick.js';

const FORMAT = 1;

function cacheDir(): string | undefined {
  if (process.env.WARDEN_NO_CACHE) return undefined;
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  const dir = path.join(base, 'warden');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = statSync(dir);
    // Ours, and only ours.
    if (process.getuid && info.uid !== process.getuid()) return undefined;
    if ((info.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Automata this process already has (a long-lived process, the hook daemon, scans again and again). */
const inMemory = new Map<string, KeywordAutomaton>();

export function cachedAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const key = createHash('sha256').update(`${FORMAT}\0${keywords.join('\0')}`).digest('hex').slice(0, 32);
  const known = inMemory.get(key);
  if (known) return known;
  const automaton = fromDisk(key, keywords);
  // A handful of rule selections at most; the oldest goes first.
  if (inMemory.size >= 8) inMemory.delete(inMemory.keys().next().value!);
  inMemory.set(key, automaton);
  return automaton;
}

/** Drops what this process holds, so the next call reads the disk (the cache's own tests). */
export function forgetAutomata(): void {
  inMemory.clear();
}

function fromDisk(key: string, keywords: readonly string[]): KeywordAutomaton {
  const dir = cacheDir();
  const file = dir && path.join(dir, `keywords-${key}.bin`);
  if (file) {
    const tables = read(file);
    if (tables) return new KeywordAutomaton(keywords, tables);
  }
  const automaton = new KeywordAutomaton(keywords);
  if (file) write(file, automaton.tables());
  return automaton;
}

/** [4-byte header length][header JSON][256 bytes classOf][delta as little-endian int32] */
function read(file: string): AutomatonTables | undefined {
  try {
    const bytes = readFileSync(file);
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as Omit<AutomatonTables, 'classOf' | 'delta'> & { rows: number };
    const at = 4 + headerLength;
    const classOf = new Uint8Array(bytes.subarray(at, at + 256));
    const raw = bytes.subarray(at + 256);
    if (raw.length !== header.rows * 4 || header.rows % header.classes !== 0) return undefined;
    const delta = new Int32Array(header.rows);
    for (let i = 0; i < header.rows; i++) delta[i] = raw.readInt32LE(i * 4);
    return { classOf, classes: header.classes, delta, outputs: header.outputs.map((o) => o ?? undefined), firstAcceptingRow: header.firstAcceptingRow, maxKeywordBytes: header.maxKeywordBytes };
  } catch {
    return undefined;
  }
}

function write(file: string, t: AutomatonTables): void {
  try {
    const header = Buffer.from(JSON.stringify({ classes: t.classes, firstAcceptingRow: t.firstAcceptingRow, maxKeywordBytes: t.maxKeywordBytes, outputs: t.outputs.map((o) => o ?? null), rows: t.delta.length }));
    const out = Buffer.alloc(4 + header.length + 256 + t.delta.length * 4);
    out.writeUInt32LE(header.length, 0);
    header.copy(out, 4);
    Buffer.from(t.classOf).copy(out, 4 + header.length);
    const at = 4 + header.length + 256;
    for (let i = 0; i < t.delta.length; i++) out.writeInt32LE(t.delta[i]!, at + i * 4);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, out, { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs the next run the build.
  }
}
