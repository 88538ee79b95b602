// The audit log: one JSON record per run appended to .warden/audit.jsonl, each carrying the SHA-256 of the line
// before it, and .warden/audit.head holding the count and the hash of the last line. Editing, inserting or
// deleting a record (the last one included) breaks the chain, and `warden audit verify` says where.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const GENESIS = '0'.repeat(64);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface AuditRecord {
  run: string;
  time: string;
  ticket: string;
  provider: string;
  backend: string;
  branch?: string;
  outcome: 'committed' | 'blocked-by-gate' | 'blocked-by-agent' | 'failed';
  reason?: string;
  egress: { allowed: string[]; denied: Array<{ host: string; port: number; time: string; reason?: string }> };
  /** Findings counted by rule: never code, never a secret value. */
  findings: Record<string, number>;
  /** Secrets Shield kept out of the sandbox: counts by category and their places (file, line), never values. */
  shield?: { counts: Record<string, number>; places: Array<{ file: string; line: number; category: string }> };
}

function headFile(file: string): string {
  return file.replace(/\.jsonl$/, '') + '.head';
}

export async function appendAudit(file: string, record: AuditRecord): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  const prev = lines.length === 0 ? GENESIS : sha256(lines[lines.length - 1]!);
  const line = JSON.stringify({ ...record, prev });
  await appendFile(file, `${line}\n`);
  await writeFile(headFile(file), `${JSON.stringify({ count: lines.length + 1, last: sha256(line) })}\n`);
}

/** Problems with the log, one line each; empty when the chain holds. */
export async function verifyAudit(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return [`${file}: no audit log`];
  const lines = text.split('\n').filter(Boolean);
  const problems: string[] = [];
  let expected = GENESIS;
  lines.forEach((line, i) => {
    let prev: unknown;
    try {
      prev = (JSON.parse(line) as { prev?: unknown }).prev;
    } catch {
      problems.push(`record ${i + 1}: not JSON`);
    }
    if (prev !== expected) problems.push(`record ${i + 1}: does not follow record ${i} (edited, inserted or deleted)`);
    expected = sha256(line);
  });
  const head = await readFile(headFile(file), 'utf8').then((t) => JSON.parse(t) as { count: number; last: string }, () => undefined);
  if (!head) problems.push(`${path.basename(headFile(file))}: missing`);
  else if (head.count !== lines.length || head.last !== (lines.length ? sha256(lines[lines.length - 1]!) : GENESIS)) {
    problems.push(`the log ends at record ${lines.length}, but the head says ${head.count}: records were removed or added at the end`);
  }
  return problems;
}
