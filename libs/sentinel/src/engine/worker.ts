// Pool worker: compiles the rules once from plain data, then scans batches of files. Grammars load lazily,
// once per worker, the first time a file needs them.
import { workerData } from 'node:worker_threads';
import { enableLinearFallback } from '../match/safe-regex.js';
import type { RuleSource } from '../rules/compile.js';
import type { SourceFile } from '../types.js';
import { RuleSet } from './rule-set.js';
import { compactBatch, scanSource, type BatchResult, type FileOutcome, type FileScanOptions } from './scan-file.js';

export interface WorkerInit {
  sources: RuleSource[];
  options: FileScanOptions;
}

const init = workerData as WorkerInit;
enableLinearFallback();
const ruleSet = RuleSet.build(init.sources);

export default async function scanBatch(files: SourceFile[]): Promise<BatchResult> {
  const out: FileOutcome[] = [];
  for (const file of files) out.push(await scanSource(file, ruleSet, init.options));
  return compactBatch(out);
}
