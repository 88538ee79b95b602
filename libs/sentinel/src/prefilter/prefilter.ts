// Stage 3: one pass over a file decides which rules can match at all. A rule is a candidate when the file
// contains one of its keywords (case-insensitive). Most files match no keyword and are never parsed.
import { KeywordAutomaton } from './aho-corasick.js';

export interface PrefilterRule {
  keywords: readonly string[];
}

export class Prefilter {
  private readonly automaton: KeywordAutomaton;
  /** keyword id → indices of the rules that declared it. */
  private readonly keywordRules: number[][];
  private readonly ruleCount: number;

  constructor(rules: readonly PrefilterRule[]) {
    const ids = new Map<string, number>();
    const keywordRules: number[][] = [];
    rules.forEach((rule, ruleIndex) => {
      for (const kw of rule.keywords) {
        const lower = kw.toLowerCase();
        let id = ids.get(lower);
        if (id === undefined) {
          id = ids.size;
          ids.set(lower, id);
          keywordRules.push([]);
        }
        keywordRules[id]!.push(ruleIndex);
      }
    });
    this.automaton = new KeywordAutomaton([...ids.keys()]);
    this.keywordRules = keywordRules;
    this.ruleCount = rules.length;
  }

  /** Indices of the rules whose keywords occur in the text, ascending. */
  candidates(text: string): number[] {
    const hit = new Uint8Array(this.ruleCount);
    const seenKeyword = new Uint8Array(this.keywordRules.length);
    let remaining = this.ruleCount;
    this.automaton.scan(text, (kw) => {
      if (seenKeyword[kw]) return false;
      seenKeyword[kw] = 1;
      for (const r of this.keywordRules[kw]!) {
        if (!hit[r]) {
          hit[r] = 1;
          remaining--;
        }
      }
      return remaining === 0; // every rule is a candidate: no need to read further
    });
    const result: number[] = [];
    for (let i = 0; i < hit.length; i++) if (hit[i]) result.push(i);
    return result;
  }
}
