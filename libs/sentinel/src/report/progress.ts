// A one-line progress bar for long scans, on stderr so stdout stays a clean report. It draws only on a TTY, at
// most once per interval (a scan ticks thousands of times a second), and not at all for scans shorter than one
// interval. done() wipes the line so the report that follows starts on a clean line.

/** The part of a stream the bar uses: what process.stderr offers, and what a test can fake. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface Progress {
  /** Records n more units done (default 1). */
  tick(n?: number): void;
  /** Clears the bar; later ticks do nothing. */
  done(): void;
}

export interface ProgressOptions {
  /** Word after the counts (default "files"). */
  unit?: string;
  /** Minimum milliseconds between redraws (default 100: about ten a second). */
  intervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

const NO_PROGRESS: Progress = { tick() {}, done() {} };

/** Carriage return, then the line, then "erase to end of line" so a shorter line leaves no tail behind. */
const CLEAR_TO_EOL = '\x1b[K';

export function createProgress(stream: ProgressStream, total: number, options: ProgressOptions = {}): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  const unit = options.unit ?? 'files';
  const interval = options.intervalMs ?? 100;
  const now = options.now ?? Date.now;
  let count = 0;
  let lastDraw = now();
  let drawn = false;
  let finished = false;

  const line = (): string => {
    const counts = total > 0 ? `${Math.min(count, total)}/${total} ${unit}` : `${count} ${unit}`;
    if (total <= 0) return `scanning ${counts}`;
    const ratio = Math.min(1, count / total);
    const percent = `${Math.floor(ratio * 100)}%`.padStart(4);
    const columns = stream.columns ?? 80;
    // Room left for the bar after "scanning [] counts percent", capped so it does not stretch across wide screens.
    const width = Math.min(30, columns - counts.length - percent.length - 14);
    if (width < 5) return `scanning ${counts} ${percent}`;
    const full = Math.round(ratio * width);
    return `scanning [${'█'.repeat(full)}${'░'.repeat(width - full)}] ${counts} ${percent}`;
  };

  return {
    tick(n = 1) {
      if (finished) return;
      count += n;
      const t = now();
      if (t - lastDraw < interval) return;
      lastDraw = t;
      drawn = true;
      stream.write(`\r${line()}${CLEAR_TO_EOL}`);
    },
    done() {
      if (finished) return;
      finished = true;
      if (drawn) stream.write(`\r${CLEAR_TO_EOL}`);
    },
  };
}
