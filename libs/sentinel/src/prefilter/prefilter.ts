// Stage 3: one pass over a file decides which rules can match at all. A rule is a candidate when the file
// contains one of its keywords (ASCII case-insensitive). Most files match no keyword: they are never decoded,
// never parsed. Extra "markers" (the inline-suppression directive) ride along in the same pass.
import { KeywordAutomaton } from './aho-corasick.js';

export interface PrefilterRule {
  keywords: readonly string[];
}

export interface PrefilterHits {
  /** Indices of the rules whose keywords occur, ascending. */
  rules: number[];
  /** Indices of the markers that occur. */
  markers: number[];
}

export class Prefilter {
  private readonly automaton: KeywordAutomaton;
  /** keyword id → indices of the rules that declared it (markers are encoded as -1 - markerIndex). */
  private readonly keywordTargets: number[][];
  private readonly ruleCount: number;
  private readonly markerCount: number;
  private readonly hitRule: Uint8Array;
  private readonly hitMarker: Uint8Array;

  constructor(rules: readonly PrefilterRule[], markers: readonly string[] = []) {
    const ids = new Map<string, number>();
    const targets: number[][] = [];
    const add = (kw: string, target: number) => {
      const lower = kw.toLowerCase();
      let id = ids.get(lower);
      if (id === undefined) {
        id = ids.size;
        ids.set(lower, id);
        targets.push([]);
      }
      targets[id]!.push(target);
    };
    rules.forEach((rule, ruleIndex) => rule.keywords.forEach((kw) => add(kw, ruleIndex)));
    markers.forEach((m, i) => add(m, -1 - i));
    this.automaton = new KeywordAutomaton([...ids.keys()]);
    this.keywordTargets = targets;
    this.ruleCount = rules.length;
    this.markerCount = markers.length;
    this.hitRule = new Uint8Array(this.ruleCount);
    this.hitMarker = new Uint8Array(this.markerCount);
  }

  /** Rule and marker hits in a file's bytes (UTF-8). */
  scanBytes(bytes: Uint8Array): PrefilterHits {
    const rules: number[] = [];
    const markers: number[] = [];
    const keywords = this.automaton.distinctKeywords(bytes);
    if (keywords.length === 0) return { rules, markers };
    // Scratch arrays reused across files; reset only where this file set them.
    const { hitRule, hitMarker } = this;
    for (const kw of keywords) {
      for (const t of this.keywordTargets[kw]!) {
        if (t >= 0) hitRule[t] = 1;
        else hitMarker[-1 - t] = 1;
      }
    }
    for (let i = 0; i < hitRule.length; i++) if (hitRule[i]) rules.push(i);
    for (let i = 0; i < hitMarker.length; i++) if (hitMarker[i]) markers.push(i);
    hitRule.fill(0);
    hitMarker.fill(0);
    return { rules, markers };
  }

  /** Indices of the rules whose keywords occur in the text, ascending. */
  candidates(text: string): number[] {
    return this.scanBytes(Buffer.from(text, 'utf8')).rules;
  }
}
