// The agent-hooks section (issue #11): one `warden hook claude` call, Node start-up included, on a Write of a
// 300-line TypeScript file, as Claude Code makes it before every tool call. Target: under 150 ms p50 with the
// daemon warm. Beside it, in the same process: Node's own start-up (the floor), the same call with the daemon
// off, a denied write, and the first call of all (no daemon yet, which starts one).
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from './util.mjs';

const WARDEN = join(REPO_ROOT, 'libs/cli/bin/warden.js');
const TARGET_P50_MS = 150;

/** A 300-line TypeScript module of the ordinary kind: types, a class, handlers with parameterized queries. */
export function typescriptModule(lines = 300) {
  const out = ["import type { Request, Response } from 'express';", "import { createHash, randomUUID } from 'node:crypto';", "import { pool } from './db.js';", ''];
  let n = 0;
  while (out.length < lines - 6) {
    n++;
    out.push(
      `export interface Order${n} {`,
      '  id: string;',
      `  total: number;`,
      '  items: Array<{ sku: string; quantity: number }>;',
      '}',
      '',
      `export async function listOrders${n}(req: Request, res: Response): Promise<void> {`,
      '  const customer = String(req.query.customer ?? "");',
      `  const { rows } = await pool.query('SELECT id, total FROM orders WHERE customer = $1 LIMIT ${n * 10}', [customer]);`,
      `  res.json(rows.map((r: Order${n}) => ({ ...r, etag: createHash('sha256').update(r.id).digest('hex') })));`,
      '}',
      '',
      `export function newOrder${n}(items: Order${n}['items']): Order${n} {`,
      '  const total = items.reduce((sum, i) => sum + i.quantity, 0);',
      '  return { id: randomUUID(), total, items };',
      '}',
      '',
    );
  }
  while (out.length < lines) out.push('');
  return `${out.slice(0, lines).join('\n')}\n`;
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function timed(command, args, { cwd, env, input }) {
  const start = performance.now();
  const r = spawnSync(command, args, { cwd, env, input, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${[command, ...args].join(' ')} exited ${r.status}: ${(r.stderr || '').split('\n')[0]}`);
  return { ms, stdout: r.stdout };
}

function series(runs, once) {
  const times = [];
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const r = once();
    times.push(r.ms);
    stdout = r.stdout;
  }
  times.sort((a, b) => a - b);
  return { runs, p50: quantile(times, 0.5), p90: quantile(times, 0.9), min: times[0], max: times.at(-1), stdout };
}

export async function runAgentHooksBench({ log, runs = 20 }) {
  const tmp = mkdtempSync(join(tmpdir(), 'warden-bench-hooks-'));
  const repo = join(tmp, 'repo');
  // Its own TMPDIR: a daemon of its own, started by the first call, gone seconds after the last.
  const env = { ...process.env, TMPDIR: join(tmp, 'tmp'), WARDEN_HOOK_DAEMON_IDLE_MS: '3000', NO_COLOR: '1' };
  mkdirSync(env.TMPDIR);
  try {
    mkdirSync(join(repo, 'src'), { recursive: true });
    writeFileSync(join(repo, 'package.json'), '{ "name": "bench-app", "license": "MIT" }\n');
    spawnSync('git', ['init', '-q'], { cwd: repo });
    const content = typescriptModule();
    const write = JSON.stringify({ cwd: repo, hook_event_name: 'PreToolUse', tool_name: 'Write', tool_input: { file_path: join(repo, 'src/orders.ts'), content } });
    const risky = content.replace("'SELECT id, total FROM orders WHERE customer = $1 LIMIT 10', [customer]", '"SELECT id, total FROM orders WHERE customer = \'" + customer + "\'"');
    const denied = JSON.stringify({ cwd: repo, hook_event_name: 'PreToolUse', tool_name: 'Write', tool_input: { file_path: join(repo, 'src/orders.ts'), content: risky } });
    const hook = (input, extra = {}) => () => timed(process.execPath, [WARDEN, 'hook', 'claude'], { cwd: repo, env: { ...env, ...extra }, input });

    log(`> agent hooks: warden hook claude on a Write of a ${content.split('\n').length - 1}-line TypeScript file, ${runs} runs each`);
    const first = hook(write)();
    // Wait for the daemon the first call started (bounded).
    const socketDir = join(env.TMPDIR, `warden-${process.getuid?.() ?? 0}`);
    for (let i = 0; i < 100; i++) {
      let sockets = [];
      try {
        sockets = readdirSync(socketDir).filter((f) => f.endsWith('.sock'));
      } catch {
        // not there yet
      }
      if (sockets.length) break;
      await sleep(50);
    }
    // One call through the new daemon, not counted: its first request loads the grammars and compiles the rules.
    hook(write)();
    const nodeFloor = series(runs, () => timed(process.execPath, ['-e', ''], { cwd: repo, env }));
    const warm = series(runs, hook(write));
    const warmDenied = series(runs, hook(denied));
    const own = series(Math.max(3, Math.floor(runs / 4)), hook(write, { WARDEN_HOOK_DAEMON: '0' }));
    if (!warm.stdout.includes('"permissionDecision":"allow"')) throw new Error(`the clean write was not allowed: ${warm.stdout.trim()}`);
    if (!warmDenied.stdout.includes('"permissionDecision":"deny"')) throw new Error(`the risky write was not denied: ${warmDenied.stdout.trim()}`);
    return { runs, lines: content.split('\n').length - 1, firstMs: first.ms, nodeFloor, warm, warmDenied, own, targetP50Ms: TARGET_P50_MS, pass: warm.p50 < TARGET_P50_MS };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function renderAgentHooks(r) {
  const row = (name, s, note = '') => `  ${name.padEnd(50)} ${s.p50.toFixed(0).padStart(5)} ms p50  ${s.p90.toFixed(0).padStart(5)} ms p90  (${s.runs} runs)${note}`;
  return [
    `Agent hooks (one call, Node start-up included; ${r.lines}-line TypeScript file)`,
    row('node -e "" (start-up alone, the floor)', r.nodeFloor),
    row('allowed write, daemon warm', r.warm, `  ${(r.warm.p50 / r.nodeFloor.p50).toFixed(1)}x the floor`),
    row('denied write (SQL injection), daemon warm', r.warmDenied),
    row('allowed write, daemon off (WARDEN_HOOK_DAEMON=0)', r.own, `  ${(r.own.p50 / r.warm.p50).toFixed(1)}x the warm call`),
    `  ${'first call of all (no daemon yet; starts one)'.padEnd(50)} ${r.firstMs.toFixed(0).padStart(5)} ms`,
    `  target: under ${r.targetP50Ms} ms p50 with the daemon warm: ${r.pass ? 'PASS' : 'FAIL'} (${r.warm.p50.toFixed(0)} ms)`,
  ].join('\n');
}
