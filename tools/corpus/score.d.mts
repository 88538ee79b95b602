// Types for score.mjs (plain Node ESM), for the TypeScript tests that import it.
import type { CorpusLabel, CorpusLabels } from './generate.mjs';

export interface ScoredFinding {
  file: string;
  line: number;
  ruleId?: string;
}

export interface Metrics {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface KindScore extends Metrics {
  kind: string;
  providers: string[];
  secrets: number;
  decoys: number;
}

export interface Score {
  totals: { secrets: number; decoys: number; findings: number; findingLines: number; duplicates: number };
  overall: Metrics;
  falsePositives: { decoy: number; unlabeled: number };
  byKind: KindScore[];
  byDecoy: Array<{ kind: string; decoys: number; fp: number; rate: number | null }>;
  byFormat: Array<{ format: string; secrets: number; tp: number; fn: number; fp: number; recall: number | null }>;
  falsePositivesByRule: Record<string, number>;
  misses: Array<{ file: string; line: number; kind: string; provider?: string; format?: string }>;
  falseHits: Array<{ file: string; line: number; type: 'decoy' | 'unlabeled'; kind?: string; resembles?: string; format?: string; ruleIds: string[] }>;
}

export function normalizeFile(file: string, root?: string): string;
export function score(labels: CorpusLabels | CorpusLabel[], findings: ScoredFinding[], options?: { root?: string }): Score;
export function summaryLine(s: Score): string;
export function formatScore(s: Score, options?: { title?: string; maxList?: number; allKinds?: boolean }): string;
