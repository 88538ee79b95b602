// Finding copies: every k-gram of the scanned file is looked up in the indexes (the scanned side is not
// winnowed, so each fingerprint the index kept can be hit), and hits are chained into runs that advance through
// the scanned file and the indexed source together. A run is a copy when the tokens its k-grams cover reach the
// threshold; scattered hits of common shapes never chain that far.
import type { IndexedSource, LicenseIndex } from './index-file.js';
import { buildLexicon, canLex, type GrammarTokens, type Lexicon } from './lexer.js';
import type { TokenStream } from './tokens.js';
import { familySalt, K, kgramHashes, W } from './winnow.js';

/** How far apart (in tokens) two hits of one run may be, on either side: room for a small edit between them. */
const GAP = 2 * W;

export interface CopyMatch {
  index: LicenseIndex;
  source: IndexedSource;
  /** Tokens of the scanned file: the first, and one past the last. */
  firstToken: number;
  endToken: number;
  /** 0-based lines of the indexed source the run matches. */
  sourceStartLine: number;
  sourceEndLine: number;
  /** Tokens of the scanned file covered by matching k-grams. */
  tokens: number;
}

interface Run {
  source: number;
  firstI: number;
  lastI: number;
  lastToken: number;
  covered: number;
  startLine: number;
  endLine: number;
}

/** Bits in the membership filter: with tens of thousands of fingerprints, about 2% of misses get past it. */
const FILTER_BITS = 20;

/**
 * Several indexes searched together. Nearly every k-gram of a scanned file is in none of them, so a bitmap of
 * the fingerprints' top bits answers most lookups before any index is searched.
 */
export class IndexGroup {
  private readonly filter = new Uint32Array((1 << FILTER_BITS) / 32);
  private readonly all = new Set<number>();

  private readonly lexicons = new Map<string, Lexicon | undefined>();

  private readonly families: ReadonlySet<string>;

  constructor(readonly indexes: readonly LicenseIndex[]) {
    for (const index of indexes) index.hashes((h) => this.add(h));
    this.families = new Set(indexes.flatMap((i) => i.sources.map((s) => s.family)));
  }

  /** Whether any index holds code of this language family: if none does, a file of it holds no copy. */
  covers(family: string): boolean {
    return this.families.has(family);
  }

  /** The quick lexer's table for a family, from the grammar tokens the indexes carry. */
  lexicon(family: string): Lexicon | undefined {
    if (!this.lexicons.has(family)) {
      const tokens = this.indexes.map((i) => i.grammar[family]).filter((t): t is GrammarTokens => t !== undefined);
      const merged = tokens.length === 0 ? undefined : { anonymous: [...new Set(tokens.flatMap((t) => t.anonymous))], named: [...new Set(tokens.flatMap((t) => t.named))] };
      this.lexicons.set(family, merged && canLex(family) ? buildLexicon(merged, family) : undefined);
    }
    return this.lexicons.get(family);
  }

  private add(hash: number): void {
    const bit = hash >>> (32 - FILTER_BITS);
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
    this.all.add(hash);
  }

  /**
   * Whether these k-grams (of the quick lexer) could be part of a copy: two of them are fingerprints of one
   * indexed file, close together and in the same order there. A copy long enough to report spans at least two
   * fingerprints (one per window); stray shapes a file shares with the indexes are single or far apart.
   */
  mayHoldCopy(hashes: Uint32Array): boolean {
    const hits: Array<{ at: number; index: LicenseIndex; source: number; token: number }> = [];
    for (let at = 0; at < hashes.length; at++) {
      const h = hashes[at]!;
      if (!this.mayContain(h) || !this.all.has(h)) continue;
      for (const index of this.indexes) {
        index.forEach(h, (source, token) => {
          hits.push({ at, index, source, token });
        });
      }
    }
    for (let j = 1; j < hits.length; j++) {
      const b = hits[j]!;
      for (let i = j - 1; i >= 0 && b.at - hits[i]!.at <= 2 * GAP; i--) {
        const a = hits[i]!;
        if (a.at < b.at && a.index === b.index && a.source === b.source && b.token > a.token && b.token - a.token <= 2 * GAP) return true;
      }
    }
    return false;
  }

  mayContain(hash: number): boolean {
    const bit = hash >>> (32 - FILTER_BITS);
    return (this.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/** The copies in `stream` of code from the indexes, longest first, none overlapping another by more than half. */
export function findCopies(stream: TokenStream, family: string, group: IndexGroup, minTokens: number): CopyMatch[] {
  const all = kgramHashes(stream.hashes, stream.length, familySalt(family), K);
  // Positions whose k-gram may be indexed; the rest cannot start or extend a run.
  const candidates: number[] = [];
  for (let i = 0; i < all.length; i++) if (group.mayContain(all[i]!)) candidates.push(i);
  const found: CopyMatch[] = [];
  if (candidates.length === 0) return found;
  for (const index of group.indexes) {
    const open = new Map<number, Run[]>();
    const done: Run[] = [];
    let retired = 0;
    for (const i of candidates) {
      index.forEach(all[i]!, (source, token, startLine, endLine) => {
        if (index.sources[source]!.family !== family) return;
        const runs = open.get(source) ?? open.set(source, []).get(source)!;
        let best: Run | undefined;
        let bestDrift = Infinity;
        for (const run of runs) {
          if (i - run.lastI > GAP || i === run.lastI || token <= run.lastToken || token - run.lastToken > GAP) continue;
          const drift = Math.abs(token - run.lastToken - (i - run.lastI));
          if (drift < bestDrift) [best, bestDrift] = [run, drift];
        }
        if (best) {
          best.covered += Math.min(K, i - best.lastI);
          best.lastI = i;
          best.lastToken = token;
          best.startLine = Math.min(best.startLine, startLine);
          best.endLine = Math.max(best.endLine, endLine);
        } else {
          runs.push({ source, firstI: i, lastI: i, lastToken: token, covered: K, startLine, endLine });
        }
      });
      // Runs left behind can no longer grow.
      if (i - retired > GAP) {
        for (const runs of open.values()) retire(runs, i, done);
        retired = i;
      }
    }
    for (const runs of open.values()) done.push(...runs);
    for (const run of done) {
      if (run.covered < minTokens) continue;
      found.push({
        index,
        source: index.sources[run.source]!,
        firstToken: run.firstI,
        endToken: run.lastI + K,
        sourceStartLine: run.startLine,
        sourceEndLine: run.endLine,
        tokens: run.covered,
      });
    }
  }
  found.sort((a, b) => b.tokens - a.tokens || a.firstToken - b.firstToken);
  const kept: CopyMatch[] = [];
  for (const m of found) {
    const overlapsKept = kept.some((k) => Math.min(k.endToken, m.endToken) - Math.max(k.firstToken, m.firstToken) > (m.endToken - m.firstToken) / 2);
    if (!overlapsKept) kept.push(m);
  }
  return kept.sort((a, b) => a.firstToken - b.firstToken);
}

function retire(runs: Run[], i: number, done: Run[]): void {
  let w = 0;
  for (const run of runs) {
    if (i - run.lastI > GAP) done.push(run);
    else runs[w++] = run;
  }
  runs.length = w;
}
