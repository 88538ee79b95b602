// k-gram hashing and winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for document
// fingerprinting", SIGMOD 2003). Every run of K tokens gets a hash; in every window of W consecutive k-gram
// hashes the smallest is a fingerprint. Two texts that share a run of at least K + W - 1 tokens share at least
// one fingerprint, and no shared run shorter than K can produce one.

/** Tokens per k-gram: shared runs shorter than this are noise (a call, a loop header). */
export const K = 16;
/** k-grams per window: guarantees detection of any shared run of K + W - 1 = 31 tokens. */
export const W = 16;

/** The hash of every k-gram: result[i] covers tokens i .. i+k-1. Salted by language family. */
export function kgramHashes(tokens: Uint32Array, length: number, salt: number, k = K): Uint32Array {
  const count = Math.max(0, length - k + 1);
  const out = new Uint32Array(count);
  if (count === 0) return out;
  // Polynomial rolling hash modulo 2^32; BASE^(k-1) removes the token leaving the window.
  const BASE = 0x01000193;
  let top = 1;
  for (let i = 1; i < k; i++) top = Math.imul(top, BASE);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + tokens[i]!) | 0;
  out[0] = mix(h ^ salt);
  for (let i = k; i < length; i++) {
    h = (Math.imul(h - Math.imul(tokens[i - k]!, top), BASE) + tokens[i]!) | 0;
    out[i - k + 1] = mix(h ^ salt);
  }
  return out;
}

/** A finaliser (MurmurHash3's fmix32): the rolling hash's low bits are poorly spread for taking minima. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A language family's salt, so the same shape in two languages never matches. */
export function familySalt(family: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < family.length; i++) h = Math.imul(h ^ family.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Robust winnowing: the positions of the minimum hash of each window of `w` hashes (the rightmost on ties),
 * each position once. A text shorter than one window gives its minimum.
 */
export function winnow(hashes: Uint32Array, w = W): number[] {
  const picked: number[] = [];
  if (hashes.length === 0) return picked;
  const span = Math.min(w, hashes.length);
  let min = -1;
  for (let end = span - 1; end < hashes.length; end++) {
    const start = end - span + 1;
    if (min < start) {
      // The previous minimum left the window: scan it again, rightmost minimum.
      min = start;
      for (let i = start + 1; i <= end; i++) if (hashes[i]! <= hashes[min]!) min = i;
      picked.push(min);
    } else if (hashes[end]! <= hashes[min]!) {
      min = end;
      picked.push(min);
    }
  }
  return picked;
}

/** Distinct tokens in the k-gram at `i`: repetitive runs (`a.x = b.x;` again and again) are not fingerprints. */
export function distinctTokens(tokens: Uint32Array, i: number, k = K): number {
  const seen = new Set<number>();
  for (let j = i; j < i + k; j++) seen.add(tokens[j]!);
  return seen.size;
}
