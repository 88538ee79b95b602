// Pool worker: compiles the rules once from plain data, then scans batches of files. Grammars load lazily,
// once per worker, the first time a file needs them.
import { workerData } from 'node:worker_threads';
import { enableLinearFallback, primeRegexRisks, type RegexRisk } from '../match/safe-regex.js';
import type { RuleSource } from '../rules/compile.js';
import type { SourceFile } from '../types.js';
import { RuleSet } from './rule-set.js';
import { warmSyntax } from './warm.js';
import { compactBatch, scanSource, type BatchResult, type FileOutcome, type FileScanOptions } from './scan-file.js';

export interface WorkerInit {
  sources: RuleSource[];
  options: FileScanOptions;
  /** The main thread's regex classes, so compiling the rules here needs no regex parser. */
  regexRisks: Record<string, RegexRisk>;
}

const init = workerData as WorkerInit;
enableLinearFallback();
primeRegexRisks(init.regexRisks);
const ruleSet = RuleSet.build(init.sources);

export interface WorkerTask {
  files: SourceFile[];
  /** Languages to get syntax rules ready for before scanning (see warm.ts): the scan will likely need them. */
  warm?: string[];
}

export default async function scanBatch({ files, warm }: WorkerTask): Promise<BatchResult> {
  // Up front, so the cost is not stuck at the end of the scan; meanwhile the main thread reads on.
  if (warm) await warmSyntax(warm);
  const out: FileOutcome[] = [];
  for (const file of files) out.push(await scanSource(file, ruleSet, init.options));
  return compactBatch(out);
}
