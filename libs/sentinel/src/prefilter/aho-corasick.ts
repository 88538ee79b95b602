// A case-insensitive Aho-Corasick automaton compiled to a dense DFA over bytes (state × 256 table), so the scan
// loop is one table lookup per byte. It runs on a file's raw UTF-8 bytes: a file that contains no keyword is
// never decoded into a string at all. ASCII letters match in either case; other characters match exactly.

const ALPHABET = 256;

/** Byte → byte with ASCII upper case folded to lower case. */
const FOLD = new Uint8Array(ALPHABET).map((_, b) => (b >= 65 && b <= 90 ? b | 32 : b));

function keywordBytes(keyword: string): Uint8Array {
  return Uint8Array.from(Buffer.from(keyword, 'utf8'), (b) => FOLD[b]!);
}

export class KeywordAutomaton {
  private readonly delta: Int32Array;
  /** For each state, the keyword ids that end there (including via failure links). */
  private readonly outputs: Array<number[] | undefined>;
  private readonly accepting: Uint8Array;
  readonly keywordCount: number;

  constructor(keywords: readonly string[]) {
    this.keywordCount = keywords.length;
    const goto: Array<Map<number, number>> = [new Map()];
    const out: Array<number[] | undefined> = [undefined];
    keywords.forEach((kw, id) => {
      const bytes = keywordBytes(kw);
      if (bytes.length === 0) return;
      let s = 0;
      for (const c of bytes) {
        let next = goto[s]!.get(c);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          out.push(undefined);
          goto[s]!.set(c, next);
        }
        s = next;
      }
      (out[s] ??= []).push(id);
    });

    const states = goto.length;
    const delta = new Int32Array(states * ALPHABET);
    const fail = new Int32Array(states);
    // Breadth-first: a state's failure target is always resolved before the state itself.
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[0]!.get(c) ?? 0;
      delta[c] = t;
      if (t !== 0) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      const inherited = out[f];
      if (inherited) out[s] = [...(out[s] ?? []), ...inherited];
      for (let c = 0; c < ALPHABET; c++) {
        const t = goto[s]!.get(c);
        if (t !== undefined) {
          fail[t] = delta[f * ALPHABET + c]!;
          delta[s * ALPHABET + c] = t;
          queue.push(t);
        } else {
          delta[s * ALPHABET + c] = delta[f * ALPHABET + c]!;
        }
      }
    }
    this.delta = delta;
    this.outputs = out;
    this.accepting = Uint8Array.from(out, (o) => (o ? 1 : 0));
  }

  /**
   * Calls `onMatch(keywordId)` for every keyword occurrence in the UTF-8 bytes; stops early when it returns
   * true. Returns false when stopped early.
   */
  scanBytes(bytes: Uint8Array, onMatch: (keywordId: number) => boolean | void): boolean {
    const { delta, outputs, accepting } = this;
    const fold = FOLD;
    let s = 0;
    for (let i = 0, n = bytes.length; i < n; i++) {
      s = delta[(s << 8) | fold[bytes[i]!]!]!;
      if (accepting[s] === 1) {
        for (const id of outputs[s]!) if (onMatch(id) === true) return false;
      }
    }
    return true;
  }

  /** The same over a string (encoded to UTF-8 first). */
  scan(text: string, onMatch: (keywordId: number) => boolean | void): boolean {
    return this.scanBytes(Buffer.from(text, 'utf8'), onMatch);
  }
}
