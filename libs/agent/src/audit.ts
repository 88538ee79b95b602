// The audit log: one JSON record per run (and per agent-hook decision outside runs) appended to
// .warden/audit.jsonl, each carrying the SHA-256 of the line before it, and .warden/audit.head holding the count
// and the hash of the last line. Editing, inserting or deleting a record (the last one included) breaks the
// chain, and `warden audit verify` says where. Appends read only the head, so a long log costs nothing, and
// take a lock file, so hooks the client runs in parallel keep the chain whole.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
  /** Warden's hooks inside the agent's loop during the run: each decision, metadata only. */
  hooks?: HookDecision[];
}

/** One decision of `warden hook claude|codex|cursor`: who asked, about what, the outcome and the rules behind it. */
export interface HookDecision {
  time: string;
  client: string;
  /** The client's event (PreToolUse, UserPromptSubmit, beforeShellExecution, ...). */
  event: string;
  tool?: string;
  /** warn: reported after the fact (Cursor's afterFileEdit), where a hook cannot refuse. */
  outcome: 'allow' | 'deny' | 'warn';
  rules: string[];
}

/** A hook decision made outside an agent run, logged on its own. */
export interface HookAuditRecord extends HookDecision {
  kind: 'hook';
}

function headFile(file: string): string {
  return file.replace(/\.jsonl$/, '') + '.head';
}

export async function appendAudit(file: string, record: AuditRecord | HookAuditRecord): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const release = await lock(`${file}.lock`);
  try {
    const head = await readFile(headFile(file), 'utf8').then((t) => JSON.parse(t) as { count: number; last: string }, () => undefined);
    let count: number;
    let prev: string;
    if (head && typeof head.count === 'number' && typeof head.last === 'string') {
      ({ count, last: prev } = head);
    } else {
      // No head yet (a new log, or one from before heads): the chain's end from the lines themselves.
      const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean);
      count = lines.length;
      prev = lines.length === 0 ? GENESIS : sha256(lines[lines.length - 1]!);
    }
    const line = JSON.stringify({ ...record, prev });
    await appendFile(file, `${line}\n`);
    await writeFile(headFile(file), `${JSON.stringify({ count: count + 1, last: sha256(line) })}\n`);
  } finally {
    await release();
  }
}

/** An exclusive lock file; one left by a crashed writer is taken over after 10 s. Waits at most 5 s. */
async function lock(file: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 500; attempt++) {
    try {
      await (await open(file, 'wx')).close();
      return () => rm(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = await stat(file).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > 10_000) await rm(file, { force: true });
      else await new Promise((r) => setTimeout(r, 10));
    }
  }
  throw new Error(`the audit log is locked (${path.basename(file)}); remove the lock file if no Warden is running`);
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
