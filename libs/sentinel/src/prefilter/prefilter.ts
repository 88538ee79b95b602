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
  private readonly seenKeyword: Uint8Array;

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
    this.seenKeyword = new Uint8Array(targets.length);
  }

  /** Rule and marker hits in a file's bytes (UTF-8). */
  scanBytes(bytes: Uint8Array): PrefilterHits {
    // Thousands of files, nearly all without a hit: the scratch arrays are reused, and reset only where used.
    const { hitRule, hitMarker, seenKeyword } = this;
    const seen: number[] = [];
    let remaining = this.ruleCount + this.markerCount;
    this.automaton.scanBytes(bytes, (kw) => {
      if (seenKeyword[kw]) return false;
      seenKeyword[kw] = 1;
      seen.push(kw);
      for (const t of this.keywordTargets[kw]!) {
        if (t >= 0 && !hitRule[t]) {
          hitRule[t] = 1;
          remaining--;
        } else if (t < 0 && !hitMarker[-1 - t]) {
          hitMarker[-1 - t] = 1;
          remaining--;
        }
      }
      return remaining === 0; // everything is a candidate: no need to read further
    });
    const rules: number[] = [];
    const markers: number[] = [];
    if (seen.length === 0) return { rules, markers };
    for (let i = 0; i < hitRule.length; i++) if (hitRule[i]) rules.push(i);
    for (let i = 0; i < hitMarker.length; i++) if (hitMarker[i]) markers.push(i);
    hitRule.fill(0);
    hitMarker.fill(0);
    for (const kw of seen) seenKeyword[kw] = 0;
    return { rules, markers };
  }

  /** Indices of the rules whose keywords occur in the text, ascending. */
  candidates(text: string): number[] {
    return this.scanBytes(Buffer.from(text, 'utf8')).rules;
  }
}
