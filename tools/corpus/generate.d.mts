// Types for generate.mjs (plain Node ESM), for the TypeScript tests that import it.
export interface CorpusLabel {
  file: string;
  line: number;
  /** First and last line of a multi-line item (a PEM block, a service-account JSON); absent for one line. */
  span?: [number, number];
  type: 'secret' | 'decoy';
  kind: string;
  provider?: string;
  /** Decoys: the secret kind the decoy is made to look like. */
  resembles?: string;
  /** Decoys in example files (kind "example-file"): the decoy kind the value would have elsewhere. */
  as?: string;
  /** The generator's format id of the file (js, env, k8s, keyfile, ...). */
  format?: string;
}

export interface CorpusLabels {
  version: number;
  seed: string;
  files: number;
  bytes: number;
  secrets: number;
  decoys: number;
  labels: CorpusLabel[];
}

export interface GeneratedCorpus {
  dir: string;
  corpusDir: string;
  labelsFile: string;
  files: number;
  bytes: number;
  secrets: number;
  decoys: number;
  /** Count per "secret:<kind>" and "decoy:<kind>". */
  kinds: Record<string, number>;
}

export const LABELS_VERSION: number;
export const DEFAULT_SEED: string;
export const FORMAT_IDS: string[];
export function generateCorpus(options: { out: string; files?: number; seed?: string; perProject?: number; force?: boolean }): GeneratedCorpus;
