// The baseline: findings accepted as they stand, so a gate can start on an existing codebase and fail only on
// new findings. The file holds fingerprints (plus rule id and file, for people reading a diff of it), never a
// secret value, a snippet or a line number: fingerprints survive code moving, line numbers would not.
//
// Counting: a fingerprint is rule + file + normalised matched text, so the same secret pasted twice in one file
// gives the same fingerprint twice. The baseline keeps one entry per occurrence, and applying it suppresses at
// most that many findings with the fingerprint: two accepted copies and a third new one leave one reported.
// Which copy stays reported cannot be known from a fingerprint; findings are taken in the order given (the
// engine's file/line order), so the last copies in the file are the ones reported.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { parseWithSchema } from '../config/issues.js';
import { parseJsonText } from '../config/json.js';
import { displayPath, readProblem } from '../config/load.js';
import type { Finding } from '../types.js';

export const BASELINE_VERSION = 1;

const entrySchema = z.object({
  fingerprint: z.string().min(1),
  ruleId: z.string().min(1),
  file: z.string(),
});

const baselineSchema = z.object({
  version: z.literal(BASELINE_VERSION),
  createdAt: z.string().optional(),
  findings: z.array(entrySchema),
});

export type BaselineEntry = z.infer<typeof entrySchema>;
export type Baseline = z.infer<typeof baselineSchema>;

/**
 * The baseline for a set of findings: every finding not already suppressed inline or by an allowlist (those
 * carry their own reason and need no baseline), including ones the previous baseline suppressed, so rewriting a
 * baseline keeps what is still there and drops what was fixed. Sorted, so the file diffs cleanly.
 */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings
    .filter((f) => f.suppressed === undefined || f.suppressed.kind === 'baseline')
    .map((f): BaselineEntry => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file }))
    .sort(compareEntries);
  return { version: BASELINE_VERSION, findings: entries };
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  // Plain code-unit order, not localeCompare: the file must not depend on the machine's locale.
  return cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function serializeBaseline(baseline: Baseline): string {
  const lines = baseline.findings.map((e) => `    ${JSON.stringify(e)}`);
  // One entry per line: a new finding is a one-line diff.
  const head = [`  "version": ${baseline.version},`];
  if (baseline.createdAt !== undefined) head.push(`  "createdAt": ${JSON.stringify(baseline.createdAt)},`);
  const body = lines.length === 0 ? '  "findings": []' : `  "findings": [\n${lines.join(',\n')}\n  ]`;
  return `{\n${head.join('\n')}\n${body}\n}\n`;
}

/** Writes the baseline for `findings` (see createBaseline) atomically, creating the directory; returns it. */
export async function writeBaseline(path: string, findings: readonly Finding[]): Promise<Baseline> {
  const baseline = createBaseline(findings);
  await mkdir(dirname(path), { recursive: true });
  // Write then rename, so an interrupted write never leaves a truncated baseline behind.
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, serializeBaseline(baseline), 'utf8');
  await rename(tmp, path);
  return baseline;
}

/** Reads and validates a baseline file; every problem is a ConfigError naming the file. */
export async function readBaseline(path: string): Promise<Baseline> {
  const shown = displayPath(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigError(shown, `baseline ${readProblem(e)}`);
  }
  return parseBaseline(text, shown);
}

export function parseBaseline(text: string, file: string): Baseline {
  const raw = parseJsonText(text, file);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(file, 'not a Warden baseline: expected a JSON object with "version" and "findings"');
  }
  const version = (raw as { version?: unknown }).version;
  if (version === undefined) {
    throw new ConfigError(file, 'not a Warden baseline: no "version" (write one with `warden scan --write-baseline FILE`)');
  }
  if (typeof version === 'number' && version > BASELINE_VERSION) {
    throw new ConfigError(
      file,
      `baseline version ${version} was written by a newer Warden; this one reads version ${BASELINE_VERSION}`,
      'version',
    );
  }
  return parseWithSchema(baselineSchema, raw, file);
}

export interface BaselineResult {
  /** Findings newly marked suppressed. */
  suppressed: number;
  /** Baseline entries no finding used: fixed since (meaningful only when the whole tree was scanned). */
  stale: number;
}

/**
 * Marks findings whose fingerprint the baseline holds as suppressed ({ kind: 'baseline' }), at most as many per
 * fingerprint as the baseline lists. Findings already suppressed (inline, allowlist) are left alone and use no
 * baseline entry.
 */
export function applyBaseline(findings: Finding[], baseline: Baseline): BaselineResult {
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + 1);
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppressed) continue;
    const left = remaining.get(f.fingerprint);
    if (!left) continue;
    remaining.set(f.fingerprint, left - 1);
    f.suppressed = { kind: 'baseline' };
    suppressed++;
  }
  let stale = 0;
  for (const n of remaining.values()) stale += n;
  return { suppressed, stale };
}
