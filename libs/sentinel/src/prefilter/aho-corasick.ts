// A case-insensitive Aho-Corasick automaton compiled to a dense DFA over bytes, so the scan loop is one table
// lookup per byte. Bytes that occur in no keyword share one class, so the table is state × (distinct keyword
// bytes + 1) rather than state × 256: with hundreds of keywords that keeps it small enough for the CPU cache. It runs on a file's raw UTF-8 bytes: a file that contains no keyword is
// never decoded into a string at all. ASCII letters match in either case; other characters match exactly.

const ALPHABET = 256;

/** Byte → byte with ASCII upper case folded to lower case. */
const FOLD = new Uint8Array(ALPHABET).map((_, b) => (b >= 65 && b <= 90 ? b | 32 : b));

function keywordBytes(keyword: string): Uint8Array {
  return Uint8Array.from(Buffer.from(keyword, 'utf8'), (b) => FOLD[b]!);
}

export class KeywordAutomaton {
  /** Transition table holding row offsets (state × classes), so the scan loop needs no multiplication. */
  private readonly delta: Int32Array;
  /** Indexed by row offset: 1 where the state ends a keyword. */
  private readonly acceptingRow: Uint8Array;
  /** Byte → its class (ASCII case folded; 0 for bytes in no keyword). */
  private readonly classOf: Uint8Array;
  private readonly classes: number;
  /** For each state, the keyword ids that end there (including via failure links). */
  private readonly outputs: Array<number[] | undefined>;
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

    // Byte classes: one per distinct (folded) byte used by a keyword, 0 for everything else.
    const classOf = new Uint8Array(ALPHABET);
    let classes = 1;
    for (const edges of goto) for (const b of edges.keys()) if (classOf[b] === 0) classOf[b] = classes++;
    for (let b = 0; b < ALPHABET; b++) classOf[b] = classOf[FOLD[b]!]!;

    const states = goto.length;
    const delta = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    // Class → one representative byte, to walk the keyword trie by class.
    const byteOfClass = new Int32Array(classes).fill(-1);
    for (let b = 0; b < ALPHABET; b++) if (classOf[b] !== 0 && byteOfClass[classOf[b]!] === -1) byteOfClass[classOf[b]!] = FOLD[b]!;
    const step = (state: number, c: number): number | undefined => (c === 0 ? undefined : goto[state]!.get(byteOfClass[c]!));
    // Breadth-first: a state's failure target is always resolved before the state itself.
    const queue: number[] = [];
    for (let c = 0; c < classes; c++) {
      const t = step(0, c) ?? 0;
      delta[c] = t;
      if (t !== 0) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      const inherited = out[f];
      if (inherited) out[s] = [...(out[s] ?? []), ...inherited];
      for (let c = 0; c < classes; c++) {
        const t = step(s, c);
        if (t !== undefined) {
          fail[t] = delta[f * classes + c]!;
          delta[s * classes + c] = t;
          queue.push(t);
        } else {
          delta[s * classes + c] = delta[f * classes + c]!;
        }
      }
    }
    // Turn state numbers into row offsets once, now that the table is complete.
    for (let i = 0; i < delta.length; i++) delta[i] = delta[i]! * classes;
    this.classOf = classOf;
    this.classes = classes;
    this.delta = delta;
    this.outputs = out;
    this.acceptingRow = new Uint8Array(states * classes);
    out.forEach((o, state) => {
      if (o) this.acceptingRow[state * classes] = 1;
    });
  }

  /**
   * Every distinct keyword in the bytes, each reported once, in order of first occurrence. A state's keywords
   * are handled the first time the state is reached; after that the state costs nothing, so a keyword that
   * occurs thousands of times in a file ("token") is no slower than one that occurs once.
   */
  distinctKeywords(bytes: Uint8Array): number[] {
    const { delta, outputs, classOf, classes } = this;
    // A copy of acceptingRow that this scan clears as it goes: a state's keywords are reported once.
    const live = (this.liveScratch ??= Uint8Array.from(this.acceptingRow));
    const touched: number[] = [];
    const found: number[] = [];
    let row = 0;
    for (let i = 0, n = bytes.length; i < n; i++) {
      row = delta[row + classOf[bytes[i]!]!]!;
      if (live[row] === 1) {
        live[row] = 0;
        touched.push(row);
        for (const id of outputs[row / classes]!) found.push(id);
      }
    }
    for (const r of touched) live[r] = 1;
    return found;
  }

  private liveScratch: Uint8Array | undefined;

}
