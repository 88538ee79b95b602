// The worker pool for large scans, with a watchdog: a batch that overruns its time is aborted (piscina then
// terminates that worker), its files are retried one by one, and a file that overruns on its own is reported
// as not fully scanned. A pathological file can cost time, never the scan.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { SourceFile } from '../types.js';
import type { BatchResult, FileOutcome } from './scan-file.js';
import type { WorkerInit, WorkerTask } from './worker.js';

/** The compiled worker. From sources (tests run the TypeScript directly) it is the built copy in dist/. */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return fileURLToPath(new URL('./worker.js', import.meta.url));
  const built = here.replace(/([/\\])src([/\\])engine([/\\])pool\.ts$/, '$1dist$2engine$3worker.js');
  if (!existsSync(built)) throw new Error(`the worker pool needs a build first (missing ${built}); run npm run build`);
  return built;
}

export interface PoolOptions {
  threads: number;
  timeBudgetMs: number;
  /** When rules can hang without checking the budget, batches hold one file so the watchdog can name it. */
  interruptible: boolean;
}

const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 128;
/** Slack on top of the per-file budget before the watchdog steps in (start-up, grammar loading, GC). */
const WATCHDOG_SLACK_MS = 2_000;

export function batchFiles(files: readonly SourceFile[], interruptible: boolean): SourceFile[][] {
  if (!interruptible) return files.map((f) => [f]);
  const batches: SourceFile[][] = [];
  let current: SourceFile[] = [];
  let bytes = 0;
  for (const f of files) {
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + f.size > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(f);
    bytes += f.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export class ScanPool {
  private readonly pool: Piscina;

  constructor(
    init: WorkerInit,
    private readonly options: PoolOptions,
  ) {
    this.pool = new Piscina({
      filename: workerFile(),
      workerData: init,
      minThreads: options.threads,
      maxThreads: options.threads,
      idleTimeout: 1_000,
      // Structured clone is cheap next to scanning; each worker keeps its own compiled rules and grammars.
      concurrentTasksPerWorker: 1,
      // An idle worker waits without blocking its event loop, so grammars it was asked to warm keep loading.
      atomics: 'async',
    });
  }

  /** Scans files in batches. `warm` names languages a worker should get syntax rules ready for first (warm.ts). */
  async scan(
    files: readonly SourceFile[],
    onBatch: (result: BatchResult) => void,
    { warm }: { warm?: readonly string[] } = {},
  ): Promise<void> {
    const batches = batchFiles(files, this.options.interruptible);
    const lost = (file: SourceFile): BatchResult => ({ outcomes: [this.killed(file)], quietFiles: 0, quietBytes: 0 });
    await Promise.all(
      batches.map(async (batch) => {
        const result = await this.runWithWatchdog({ files: batch, warm: warm && [...warm] });
        if (result) return onBatch(result);
        if (batch.length === 1) return onBatch(lost(batch[0]!));
        // The batch overran: retry file by file so only the culprit is lost.
        for (const file of batch) onBatch((await this.runWithWatchdog({ files: [file] })) ?? lost(file));
      }),
    );
  }

  private async runWithWatchdog(task: WorkerTask): Promise<BatchResult | undefined> {
    const controller = new AbortController();
    const limit = this.options.timeBudgetMs * task.files.length + WATCHDOG_SLACK_MS;
    const timer = setTimeout(() => controller.abort(), limit);
    try {
      return (await this.pool.run(task, { signal: controller.signal })) as BatchResult;
    } catch (err) {
      if (controller.signal.aborted) return undefined;
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  private killed(file: SourceFile): FileOutcome {
    return {
      path: file.path,
      bytes: file.size,
      findings: [],
      notices: [
        {
          level: 'error',
          code: 'time-budget',
          file: file.path,
          message: `not scanned: a rule ran past the ${this.options.timeBudgetMs} ms time budget and its worker was stopped`,
        },
      ],
      prefilterHit: true,
      parsed: false,
      incomplete: true,
      rulesRun: [],
    };
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
