// A case-insensitive Aho-Corasick automaton over ASCII, compiled to a dense DFA (state × 128 table) so the
// scan loop is one array lookup per character. Built once per rule set; one pass per file.

const ALPHABET = 128;

export class KeywordAutomaton {
  private readonly delta: Int32Array;
  /** For each state, the keyword ids that end there (including via failure links). */
  private readonly outputs: Array<number[] | undefined>;
  /** Keywords with non-ASCII characters cannot live in the table; they are checked with includes(). */
  private readonly wide: Array<{ id: number; lower: string }> = [];
  readonly keywordCount: number;

  constructor(keywords: readonly string[]) {
    this.keywordCount = keywords.length;
    const goto: Array<Map<number, number>> = [new Map()];
    const out: Array<number[] | undefined> = [undefined];
    keywords.forEach((kw, id) => {
      const lower = kw.toLowerCase();
      if ([...lower].some((ch) => ch.charCodeAt(0) >= ALPHABET)) {
        this.wide.push({ id, lower });
        return;
      }
      let s = 0;
      for (let i = 0; i < lower.length; i++) {
        const c = lower.charCodeAt(i);
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
  }

  /**
   * Calls `onMatch(keywordId)` for every keyword found (possibly more than once); stops early when it returns
   * true. Returns false when stopped early.
   */
  scan(text: string, onMatch: (keywordId: number) => boolean | void): boolean {
    const delta = this.delta;
    const outputs = this.outputs;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c |= 32;
      else if (c >= ALPHABET) c = 0;
      s = delta[s * ALPHABET + c]!;
      const hits = outputs[s];
      if (hits !== undefined) {
        for (const id of hits) if (onMatch(id) === true) return false;
      }
    }
    if (this.wide.length > 0) {
      const lower = text.toLowerCase();
      for (const { id, lower: kw } of this.wide) if (lower.includes(kw) && onMatch(id) === true) return false;
    }
    return true;
  }
}
