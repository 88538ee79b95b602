// Timing of whole child processes: wall time with process.hrtime around the child, user and system CPU time from
// GNU time (/usr/bin/time -f) when it is installed. Output goes to files, never through a pipe, so a chatty tool
// is not slowed by the harness reading it.
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './util.mjs';

const GNU_TIME = '/usr/bin/time';
let gnuTimeWorks;

/** Whether /usr/bin/time is GNU time and accepts -f/-o (checked once). */
export function hasGnuTime() {
  if (gnuTimeWorks === undefined) {
    gnuTimeWorks = false;
    if (existsSync(GNU_TIME)) {
      const r = spawnSync(GNU_TIME, ['-f', '%U %S', '-o', '/dev/null', 'true'], { timeout: 10_000 });
      gnuTimeWorks = !r.error && r.status === 0;
    }
  }
  return gnuTimeWorks;
}

// The process group of the child being timed, so an interrupt or a time-out ends the tool and everything it
// started (GNU time's child included), and nothing else.
let currentGroup = null;
let interruptHooked = false;

function hookInterrupt() {
  if (interruptHooked) return;
  interruptHooked = true;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      if (currentGroup !== null) {
        try {
          process.kill(-currentGroup, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      process.exit(130);
    });
  }
}

function spawnTimed(file, argv, { cwd, env, stdio, timeoutMs }) {
  hookInterrupt();
  return new Promise((resolvePromise) => {
    const t0 = process.hrtime.bigint();
    let timedOut = false;
    let child;
    try {
      child = spawn(file, argv, { cwd, env, stdio, detached: true });
    } catch (error) {
      resolvePromise({ error, wall: 0 });
      return;
    }
    currentGroup = child.pid ?? null;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      currentGroup = null;
      resolvePromise({ error, wall: Number(process.hrtime.bigint() - t0) / 1e9 });
    });
    child.once('exit', (status, signal) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      clearTimeout(timer);
      currentGroup = null;
      resolvePromise({ status, signal, timedOut, wall });
    });
  });
}

/**
 * Run `cmd args` once. Resolves to { wall, user, sys, maxRssMB, status, stdoutFile, stderrFile }.
 * Rejects when the command cannot start, is killed by its time limit, or exits with a status not in okStatus.
 */
export async function runOnce({ cmd, args, cwd, env, timeoutMs, okStatus = [0], workDir, label, out: expectFile }) {
  mkdirSync(workDir, { recursive: true });
  // A tool that crashes may still exit with a status that means "findings" (Node exits 1 on an uncaught error):
  // when the tool writes a report, the run only counts if this run wrote it.
  if (expectFile) rmSync(expectFile, { force: true });
  const stdoutFile = join(workDir, `${label}.stdout`);
  const stderrFile = join(workDir, `${label}.stderr`);
  const timeFile = join(workDir, `${label}.time`);
  rmSync(timeFile, { force: true });
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const timed = hasGnuTime();
  const [file, argv] = timed ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  let r;
  try {
    r = await spawnTimed(file, argv, { cwd, env: env ?? process.env, stdio: ['ignore', out, err], timeoutMs });
  } finally {
    closeSync(out);
    closeSync(err);
  }
  if (r.error) throw new Error(`${label}: could not start ${cmd}: ${r.error.message}`);
  if (r.timedOut) throw new Error(`${label}: timed out after ${(timeoutMs / 1000).toFixed(timeoutMs < 10_000 ? 1 : 0)} s`);
  if (r.signal) throw new Error(`${label}: killed by ${r.signal}`);
  if (timed && r.status === 127 && /cannot run|No such file/i.test(readTail(stderrFile))) {
    throw new Error(`${label}: could not start ${cmd}`);
  }
  if (!okStatus.includes(r.status)) {
    const tail = readTail(stderrFile) || readTail(stdoutFile);
    throw new Error(`${label}: exit ${r.status}${tail ? `: ${tail}` : ''}`);
  }
  if (expectFile && !existsSync(expectFile)) {
    const tail = readTail(stderrFile) || readTail(stdoutFile);
    throw new Error(`${label}: exit ${r.status} and no report written${tail ? `: ${tail}` : ''}`);
  }
  let user = null;
  let sys = null;
  let maxRssMB = null;
  if (timed && existsSync(timeFile)) {
    // GNU time prints "Command exited with non-zero status N" before the format line when the status is not 0.
    const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
    const m = lines[lines.length - 1].match(/^([\d.]+) ([\d.]+) (\d+)$/);
    if (m) {
      user = Number(m[1]);
      sys = Number(m[2]);
      maxRssMB = Number(m[3]) / 1024;
    }
  }
  return { wall: r.wall, user, sys, maxRssMB, status: r.status, stdoutFile, stderrFile };
}

/** First meaningful error-looking line of a file, for messages. */
function readTail(file) {
  try {
    const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const hit = lines.find((l) => /error|fatal|cannot|not found|invalid|unknown/i.test(l));
    return (hit ?? lines[lines.length - 1] ?? '').slice(0, 300);
  } catch {
    return '';
  }
}

/**
 * Warm-up runs (not counted) then `runs` measured runs. Returns the per-run figures, the medians, and the last
 * run's result (whose output files the caller parses for findings).
 */
export async function measure(spec, { runs, warmup, fastRuns = 0 }) {
  const samples = [];
  let last;
  for (let i = 0; i < warmup; i++) last = await runOnce({ ...spec, label: `${spec.label}.warmup` });
  // A sub-second tool is at the mercy of scheduling noise: when the warm-up took under a second, take at least
  // fastRuns measured runs (they cost little).
  if (warmup > 0 && last && last.wall < 1 && runs < fastRuns) runs = fastRuns;
  for (let i = 0; i < runs; i++) {
    last = await runOnce({ ...spec, label: spec.label });
    samples.push(last);
  }
  const cpu = samples.map((s) => (s.user === null ? null : s.user + s.sys));
  return {
    runs: samples.map((s) => ({ wall: s.wall, user: s.user, sys: s.sys, maxRssMB: s.maxRssMB, status: s.status })),
    wall: median(samples.map((s) => s.wall)),
    cpu: median(cpu),
    maxRssMB: median(samples.map((s) => s.maxRssMB)),
    last,
  };
}
