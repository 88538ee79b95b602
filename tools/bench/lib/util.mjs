// Small helpers shared by the benchmark scripts: paths, a bounded directory walk, statistics, formatting.
import process from 'node:process';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, lstatSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const BENCH_DIR = join(REPO_ROOT, '.bench');

/** Walk a tree and return every regular file (symlinks are not followed). Bounded by maxFiles. */
export function walkFiles(root, { maxFiles = 2_000_000 } = {}) {
  const out = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) {
        out.push(full);
        if (out.length >= maxFiles) throw new Error(`more than ${maxFiles} files under ${root}: refusing to go on`);
      }
    }
  }
  out.sort();
  return out;
}

/** Number of files and total bytes of a list of files. */
export function sizeOf(files) {
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += lstatSync(f).size;
    } catch {
      // a file that vanished counts as empty
    }
  }
  return { files: files.length, bytes };
}

/** Absolute path of an executable on PATH, or null. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** First line of `cmd args` stdout, or null when it cannot run. */
export function firstLine(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000, ...opts });
  if (r.error || r.status !== 0) return null;
  return (r.stdout || r.stderr || '').split('\n')[0].trim() || null;
}

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export const MB = 1e6;

export function fmtNum(x, digits = 2) {
  if (x === null || x === undefined || !Number.isFinite(x)) return '-';
  return x.toFixed(digits);
}

export function fmtInt(x) {
  if (x === null || x === undefined || !Number.isFinite(x)) return '-';
  return Math.round(x).toLocaleString('en-US');
}

/** Render rows (arrays of strings) as an aligned plain-text table; `right` marks right-aligned columns. */
export function table(header, rows, right = []) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((cell, i) => {
        const s = String(cell ?? '');
        return right.includes(i) ? s.padStart(widths[i]) : s.padEnd(widths[i]);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** One line of an error, for a peer that failed: no stack, no multi-line noise. */
export function errorLine(err) {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n').find((l) => l.trim().length > 0)?.trim().slice(0, 300) ?? 'unknown error';
}
