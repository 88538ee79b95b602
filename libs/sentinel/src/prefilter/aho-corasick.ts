// A case-insensitive Aho-Corasick automaton compiled to a dense DFA over bytes, so the scan loop is one table
// lookup per byte. Bytes that occur in no keyword share one class, so the table is state × (distinct keyword
// bytes + 1) rather than state × 256: with hundreds of keywords that keeps it small enough for the CPU cache. It runs on a file's raw UTF-8 bytes: a file that contains no keyword is
// never decoded into a string at all. ASCII letters match in either case; other characters match exactly.

const ALPHABET = 256;
/** Below this many bytes per segment, one plain walk is as fast as four interleaved ones. */
const INTERLEAVE_MIN_SEGMENT = 512;

/** Byte → byte with ASCII upper case folded to lower case. */
const FOLD = new Uint8Array(ALPHABET).map((_, b) => (b >= 65 && b <= 90 ? b | 32 : b));

function keywordBytes(keyword: string): Uint8Array {
  return Uint8Array.from(Buffer.from(keyword, 'utf8'), (b) => FOLD[b]!);
}

/** A built automaton's tables, as the disk cache (cache.ts) stores them. */
export interface AutomatonTables {
  classOf: Uint8Array;
  classes: number;
  delta: Int32Array;
  outputs: Array<number[] | undefined>;
  firstAcceptingRow: number;
  maxKeywordBytes: number;
}

export class KeywordAutomaton {
  /** Transition table holding row offsets (state × classes), so the scan loop needs no multiplication. */
  private readonly delta: Int32Array;
  /** Accepting states are numbered last: a row at or past this offset ends a keyword. */
  private readonly firstAcceptingRow: number;
  /** Scratch flags (state → reported in this scan), cleared after every scan. */
  private readonly seen: Uint8Array;
  /** Byte → its class (ASCII case folded; 0 for bytes in no keyword). */
  private readonly classOf: Uint8Array;
  private readonly classes: number;
  /** For each state, the keyword ids that end there (including via failure links). */
  private readonly outputs: Array<number[] | undefined>;
  readonly keywordCount: number;
  /** The longest keyword's length in bytes: how far segments of an interleaved walk overlap. */
  private readonly maxKeywordBytes: number;

  /** The tables, to store; an automaton made from them (`tables` below) is the same automaton. */
  tables(): AutomatonTables {
    return { classOf: this.classOf, classes: this.classes, delta: this.delta, outputs: this.outputs, firstAcceptingRow: this.firstAcceptingRow, maxKeywordBytes: this.maxKeywordBytes };
  }

  constructor(keywords: readonly string[], tables?: AutomatonTables) {
    this.keywordCount = keywords.length;
    if (tables) {
      this.classOf = tables.classOf;
      this.classes = tables.classes;
      this.delta = tables.delta;
      this.outputs = tables.outputs;
      this.firstAcceptingRow = tables.firstAcceptingRow;
      this.maxKeywordBytes = tables.maxKeywordBytes;
      this.seen = new Uint8Array(tables.delta.length / tables.classes);
      this.warmUp(keywords);
      return;
    }
    const goto: Array<Map<number, number>> = [new Map()];
    const out: Array<number[] | undefined> = [undefined];
    let maxKeywordBytes = 1;
    keywords.forEach((kw, id) => {
      const bytes = keywordBytes(kw);
      if (bytes.length === 0) return;
      maxKeywordBytes = Math.max(maxKeywordBytes, bytes.length);
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
    // Breadth-first, so a state's failure target is complete before the state itself: a row starts as a copy of
    // its failure state's row, then the state's own trie edges override it.
    const queue: number[] = [];
    for (const [b, t] of goto[0]!) {
      delta[classOf[b]!] = t;
      queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      const inherited = out[f];
      if (inherited) out[s] = [...(out[s] ?? []), ...inherited];
      delta.copyWithin(s * classes, f * classes, f * classes + classes);
      for (const [b, t] of goto[s]!) {
        const c = classOf[b]!;
        fail[t] = delta[f * classes + c]!;
        delta[s * classes + c] = t;
        queue.push(t);
      }
    }
    // Renumber the states breadth-first, so the shallow states a scan spends nearly all its time in share cache
    // lines, and put the accepting states last, so the scan loop tells a keyword end by one comparison with a
    // constant instead of a second table lookup per byte.
    const order = [0];
    const seen = new Uint8Array(states);
    seen[0] = 1;
    for (let i = 0; i < order.length; i++) {
      const s = order[i]!;
      for (let c = 0; c < classes; c++) {
        const t = delta[s * classes + c]!;
        if (seen[t] === 0) {
          seen[t] = 1;
          order.push(t);
        }
      }
    }
    const renumbered = [...order.filter((s) => !out[s]), ...order.filter((s) => out[s])];
    const newId = new Int32Array(states);
    renumbered.forEach((s, i) => (newId[s] = i));
    // Rows are stored as offsets (state × classes), so the scan loop needs no multiplication.
    const rows = new Int32Array(renumbered.length * classes);
    const outputs: number[][] = [];
    renumbered.forEach((s, i) => {
      for (let c = 0; c < classes; c++) rows[i * classes + c] = newId[delta[s * classes + c]!]! * classes;
      if (out[s]) outputs[i] = out[s]!;
    });
    this.classOf = classOf;
    this.classes = classes;
    this.delta = rows;
    this.outputs = outputs;
    this.firstAcceptingRow = (renumbered.length - outputs.filter(Boolean).length) * classes;
    this.seen = new Uint8Array(renumbered.length);
    this.maxKeywordBytes = maxKeywordBytes;
    this.warmUp(keywords);
  }

  /**
   * Walks a short and a long sample holding keywords in every segment before any real input, so the JIT has
   * type feedback for every branch. Without it, the optimized walk of the first large file deoptimizes at a
   * branch it had never seen (the tail after the interleaved loop), and does so again on every later file.
   */
  private warmUp(keywords: readonly string[]): void {
    const keyword = keywords.find((k) => k.length > 0) ?? '';
    const filler = ' '.repeat(INTERLEAVE_MIN_SEGMENT + this.maxKeywordBytes);
    const long = Buffer.from([0, 1, 2, 3].map((i) => `${filler}${keyword}${' '.repeat(i)}`).join(''), 'utf8');
    this.distinctKeywords(Buffer.from(keyword, 'utf8'));
    this.distinctKeywords(long);
  }

  /**
   * Every distinct keyword in the bytes, each reported once (in no particular order). A state's keywords are
   * handled the first time the state is reached; after that the state costs one flag test, so a keyword that
   * occurs thousands of times in a file ("token") is no slower than one that occurs once.
   *
   * One DFA walk is a chain of dependent loads, bounded by memory latency rather than by work, so a larger
   * input is cut into four segments walked in one interleaved loop: the CPU overlaps the four chains. Each
   * segment after the first starts `overlap` bytes early, in the start state, so a keyword straddling a cut is
   * still seen whole; one seen twice is reported once.
   */
  distinctKeywords(bytes: Uint8Array): number[] {
    const { delta, classOf, firstAcceptingRow: accepting } = this;
    const found: number[] = [];
    const touched: number[] = [];
    const n = bytes.length;
    const quarter = Math.floor(n / 4);
    const overlap = this.maxKeywordBytes - 1;
    if (quarter < INTERLEAVE_MIN_SEGMENT || quarter <= overlap) {
      let row = 0;
      for (let i = 0; i < n; i++) {
        row = delta[row + classOf[bytes[i]!]!]!;
        if (row >= accepting) this.report(row, found, touched);
      }
    } else {
      let p0 = 0;
      let p1 = quarter - overlap;
      let p2 = 2 * quarter - overlap;
      let p3 = 3 * quarter - overlap;
      let r0 = 0;
      let r1 = 0;
      let r2 = 0;
      let r3 = 0;
      // Segments 1–3 walk their early start first; then all four walk `quarter` bytes side by side.
      for (let j = 0; j < overlap; j++) {
        r1 = delta[r1 + classOf[bytes[p1++]!]!]!;
        r2 = delta[r2 + classOf[bytes[p2++]!]!]!;
        r3 = delta[r3 + classOf[bytes[p3++]!]!]!;
        if (r1 >= accepting) this.report(r1, found, touched);
        if (r2 >= accepting) this.report(r2, found, touched);
        if (r3 >= accepting) this.report(r3, found, touched);
      }
      for (let j = 0; j < quarter; j++) {
        r0 = delta[r0 + classOf[bytes[p0++]!]!]!;
        r1 = delta[r1 + classOf[bytes[p1++]!]!]!;
        r2 = delta[r2 + classOf[bytes[p2++]!]!]!;
        r3 = delta[r3 + classOf[bytes[p3++]!]!]!;
        if (r0 >= accepting || r1 >= accepting || r2 >= accepting || r3 >= accepting) {
          if (r0 >= accepting) this.report(r0, found, touched);
          if (r1 >= accepting) this.report(r1, found, touched);
          if (r2 >= accepting) this.report(r2, found, touched);
          if (r3 >= accepting) this.report(r3, found, touched);
        }
      }
      // The last segment also takes what the division left over.
      for (; p3 < n; p3++) {
        r3 = delta[r3 + classOf[bytes[p3]!]!]!;
        if (r3 >= accepting) this.report(r3, found, touched);
      }
    }
    for (const s of touched) this.seen[s] = 0;
    return found;
  }

  private report(row: number, found: number[], touched: number[]): void {
    const state = row / this.classes;
    if (this.seen[state] === 1) return;
    this.seen[state] = 1;
    touched.push(state);
    for (const id of this.outputs[state]!) found.push(id);
  }
}
