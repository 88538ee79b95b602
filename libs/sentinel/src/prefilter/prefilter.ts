// Stage 3: one pass over a file decides which rules can match at all. A rule is a candidate when the file
// contains one of its keywords (ASCII case-insensitive), or with keyword groups, one keyword of every group (a
// taint rule's source words and its sink words: a file with sinks but no source is not worth parsing). Most
// files match no keyword: they are never decoded, never parsed. Extra "markers" (the inline-suppression
// directive) ride along in the same pass.
import type { KeywordAutomaton } from './aho-corasick.js';
import { cachedAutomaton } from './cache.js';

/** At most this many groups per rule: a group is a bit in a 32-bit mask. */
export const MAX_KEYWORD_GROUPS = 8;

export interface PrefilterRule {
  /** One list per group; the rule is a candidate when every group has a keyword in the file. */
  keywordGroups: readonly (readonly string[])[];
}

export interface PrefilterHits {
  /** Indices of the rules whose keywords occur, ascending. */
  rules: number[];
  /** Indices of the markers that occur. */
  markers: number[];
}

export class Prefilter {
  private readonly automaton: KeywordAutomaton;
  /**
   * keyword id → pairs (rule index, group bit) flattened; markers are encoded as rule index -1 - markerIndex.
   */
  private readonly keywordTargets: number[][];
  /** Per rule, the mask with every group's bit set. */
  private readonly fullMask: Uint32Array;
  /** Rules without keywords (manifest rules, which name their files instead): candidates in every file. */
  private readonly always: readonly number[];
  private readonly hitRule: Uint32Array;
  private readonly hitMarker: Uint8Array;

  constructor(rules: readonly PrefilterRule[], markers: readonly string[] = []) {
    const ids = new Map<string, number>();
    const targets: number[][] = [];
    const add = (kw: string, target: number, bit: number) => {
      const lower = kw.toLowerCase();
      let id = ids.get(lower);
      if (id === undefined) {
        id = ids.size;
        ids.set(lower, id);
        targets.push([]);
      }
      targets[id]!.push(target, bit);
    };
    this.fullMask = new Uint32Array(rules.length);
    this.always = rules.flatMap((rule, ruleIndex) => (rule.keywordGroups.every((g) => g.length === 0) ? [ruleIndex] : []));
    rules.forEach((rule, ruleIndex) => {
      const groups = rule.keywordGroups.slice(0, MAX_KEYWORD_GROUPS);
      this.fullMask[ruleIndex] = (1 << groups.length) - 1;
      groups.forEach((group, g) => group.forEach((kw) => add(kw, ruleIndex, 1 << g)));
    });
    markers.forEach((m, i) => add(m, -1 - i, 1));
    this.automaton = cachedAutomaton([...ids.keys()]);
    this.keywordTargets = targets;
    this.hitRule = new Uint32Array(rules.length);
    this.hitMarker = new Uint8Array(markers.length);
  }

  /** Rule and marker hits in a file's bytes (UTF-8). */
  scanBytes(bytes: Uint8Array): PrefilterHits {
    const rules: number[] = [];
    const markers: number[] = [];
    const keywords = this.automaton.distinctKeywords(bytes);
    if (keywords.length === 0) return { rules: [...this.always], markers };
    // Scratch arrays reused across files; reset only where this file set them.
    const { hitRule, hitMarker, fullMask } = this;
    for (const kw of keywords) {
      const t = this.keywordTargets[kw]!;
      for (let i = 0; i < t.length; i += 2) {
        const target = t[i]!;
        if (target >= 0) hitRule[target]! |= t[i + 1]!;
        else hitMarker[-1 - target] = 1;
      }
    }
    for (let i = 0; i < hitRule.length; i++) if (hitRule[i] !== 0 && hitRule[i] === fullMask[i]) rules.push(i);
    if (this.always.length > 0) {
      rules.push(...this.always);
      rules.sort((a, b) => a - b);
    }
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
