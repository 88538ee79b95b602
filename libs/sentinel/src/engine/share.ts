// How an in-process scan shares its files with the worker pool. Two queues: files not yet read, and files the
// main thread read whose syntax rules still need a parse. The main thread reads from the front of the first
// queue, deferring parses; workers scan batches from its far end completely (only in a tree large enough to be
// worth it), and take the main thread's parse work once enough has piled up to be worth starting them for.
// When nothing is left to read, the main thread parses too. Every file is scanned exactly once, by whichever
// thread takes it first.
import type { SourceFile } from '../types.js';
import type { ScanPool } from './pool.js';
import type { RuleSet } from './rule-set.js';
import { compactBatch, scanSource, type BatchResult, type FileOutcome, type FileScanOptions } from './scan-file.js';
import { warmSyntax } from './warm.js';

/**
 * Files per text task a worker takes from the far end of the list: a share of what is left, within bounds.
 * Large tasks early keep a worker busy between the main thread's visits to the event loop; small ones late let
 * every thread finish at about the same time (a task once taken is not given back).
 */
const TEXT_BATCH_SHARE = 1 / 16;
const TEXT_BATCH_MIN = 16;
const TEXT_BATCH_MAX = 256;
/** Text tasks queued per worker, so a worker finishing one has the next at hand. */
const TASKS_PER_WORKER = 2;
/**
 * Parsing goes to workers once this much source needing a parse has piled up (parsing runs at a few MB/s, so
 * this is roughly what booting workers costs); less in all is parsed on the main thread.
 */
const PARSE_START_BYTES = 512 * 1024;
const PARSE_START_FILES = 32;
/** Once workers parse, they take it in groups this small, so no thread is left holding a long tail. */
const PARSE_BATCH_BYTES = 128 * 1024;
const PARSE_BATCH_FILES = 4;
/** The main thread lets pool messages (and grammar loading) through at least this often. */
const YIELD_MS = 4;

export interface ShareInput {
  files: readonly SourceFile[];
  ruleSet: RuleSet;
  fileOptions: FileScanOptions;
  /** Workers may be used at all. */
  usePool: boolean;
  /** Workers also take text work (a large tree). */
  share: boolean;
  workers: number;
  startPool: () => Promise<ScanPool>;
  collect: (batch: BatchResult) => void;
  /** Languages whose syntax rules will likely run: warmed up front (see warm.ts). */
  warmLanguages: readonly string[];
}

export async function shareWork(input: ShareInput): Promise<void> {
  const { files, ruleSet, fileOptions, usePool, collect } = input;
  const warming = new Set<string>();
  // Grammars load asynchronously (web-tree-sitter compiles them off the main thread), and the rest of the
  // warm-up runs whenever the main thread lets the event loop in.
  const warm = (lang: string) => {
    if (warming.has(lang)) return;
    warming.add(lang);
    void warmSyntax([lang]);
  };
  // With workers sharing the tree, parsing is theirs from the start (the main thread parses only once nothing
  // is left to read), so it is they who warm up.
  if (!input.share) input.warmLanguages.forEach(warm);
  let workerWarm: readonly string[] | undefined = input.share ? input.warmLanguages : undefined;

  const running = new Set<Promise<void>>();
  let pool: ScanPool | undefined;
  let tasks = 0;
  let next = 0; // the main thread's place in `files`
  let end = files.length; // files from here on were taken by workers
  const toParse: SourceFile[] = [];
  let toParseBytes = 0;
  let parsingInPool = input.share;

  const run = (into: ScanPool, batch: SourceFile[]) => {
    tasks++;
    // The first tasks carry the grammars to warm (one per worker, as each takes a task; loading is idempotent).
    if (tasks > input.workers) workerWarm = undefined;
    const task: Promise<void> = into.scan(batch, collect, { warm: workerWarm }).finally(() => {
      running.delete(task);
      tasks--;
      dispatch();
    });
    running.add(task);
  };

  const takeParseBatch = (): SourceFile[] => {
    const batch: SourceFile[] = [];
    let bytes = 0;
    while (toParse.length > 0 && batch.length < PARSE_BATCH_FILES && (batch.length === 0 || bytes < PARSE_BATCH_BYTES)) {
      const f = toParse.shift()!;
      bytes += f.size;
      toParseBytes -= f.size;
      batch.push(f);
    }
    return batch;
  };

  /** Keeps every worker supplied: parse work first (it is the slow kind), then text from the far end. */
  function dispatch(): void {
    if (!pool) return;
    while (tasks < input.workers * TASKS_PER_WORKER) {
      if (parsingInPool && toParse.length > 0) {
        run(pool, takeParseBatch());
      } else if (input.share && end - next > TEXT_BATCH_MIN * 2) {
        const size = Math.min(TEXT_BATCH_MAX, Math.max(TEXT_BATCH_MIN, Math.floor((end - next) * TEXT_BATCH_SHARE)));
        run(pool, files.slice(end - size, end));
        end -= size;
      } else {
        return;
      }
    }
  }

  function defer(file: SourceFile, outcome: FileOutcome): void {
    toParse.push({ ...file, size: outcome.bytes });
    toParseBytes += outcome.bytes;
    if (!parsingInPool) {
      warm(outcome.deferred!);
      if (toParseBytes < PARSE_START_BYTES && toParse.length < PARSE_START_FILES) return;
      parsingInPool = true;
      if (!pool) {
        void input.startPool().then((p) => {
          pool = p;
          dispatch();
        });
        return;
      }
    }
    dispatch();
  }

  if (input.share) {
    pool = await input.startPool();
    dispatch();
  }
  const pause = () => new Promise((resolve) => setImmediate(resolve));

  let lastPause = performance.now();
  /** Lets pool messages in (a worker's task finishing, so it gets the next) if YIELD_MS have passed. */
  const breathe = async () => {
    if (performance.now() - lastPause < YIELD_MS) return;
    await pause();
    lastPause = performance.now();
  };
  for (; next < end; next++) {
    const file = files[next]!;
    const outcome = await scanSource(file, ruleSet, fileOptions, { deferSyntax: usePool });
    if (outcome.deferred) defer(file, outcome);
    else collect(compactBatch([outcome]));
    if ((pool || warming.size > 0) && performance.now() - lastPause >= YIELD_MS) {
      await pause();
      lastPause = performance.now();
    }
  }
  // Nothing left to read: the main thread parses alongside the workers until the queue is empty, largest files
  // first, so the last ones to finish are small and no thread is left waiting on one big file.
  toParse.sort((a, b) => b.size - a.size);
  while (toParse.length > 0 || running.size > 0) {
    const file = toParse.shift();
    if (file) {
      toParseBytes -= file.size;
      collect(compactBatch([await scanSource(file, ruleSet, fileOptions, pool ? { breathe } : {})]));
      if (pool) await pause();
    } else {
      await Promise.race(running);
    }
  }
}
