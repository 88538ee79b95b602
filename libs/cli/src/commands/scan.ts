// `warden scan`: parse flags into ScanOptions, run the engine, render with a reporter, choose the exit code.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  blockingFindings,
  createProgress,
  getReporter,
  loadConfig,
  scan,
  SEVERITIES,
  CATEGORIES,
  WardenError,
  writeBaseline,
  type Category,
  type Progress,
  type ScanResult,
  type Severity,
  type TargetSpec,
} from '@warden/sentinel';
import { int, list, parse, size } from '../args.js';
import { EXIT, type CliIO } from '../io.js';
import { VERSION } from '../version.js';
import { gitToplevel } from './git.js';

export const SCAN_USAGE = 'warden scan [paths... | -] [--staged | --base REV [--head REV]] [options]';

export const SCAN_HELP = `Usage: ${SCAN_USAGE}

Scans files for hardcoded secrets, injection, insecure crypto and copyleft code.

Targets (default: the current directory)
  paths...                 files, directories and globs
  -                        read one file from stdin (name it with --stdin-filename)
  --staged                 the staged content of the files in the git index
  --base REV [--head REV]  files changed between REV and HEAD (or --head); findings only on added or changed lines
  --keep-context           with --base: also report findings on lines the change did not touch

Rules
  --category LIST          only these categories: secret, injection, crypto, license
  --rule LIST              only these rule ids (globs such as secret.* allowed)
  --disable LIST           turn these rule ids off
  --rules DIR              use the rules in DIR instead of the built-in packs (repeatable)
  --config FILE            warden.json to use (default: looked up from the scan root)
  --license-index FILE     also look for code copied from the corpus indexed in FILE (built with
                           "warden license index"; repeatable); this scan looks for copies even of plain paths

Output
  --format FORMAT          text (default), json, sarif, markdown, junit
  --output FILE            write the report to FILE instead of stdout
  --fail-on SEVERITY       exit 1 on findings at or above: info, low, medium, high, critical
  --strict                 also exit 1 when a file could not be fully scanned
  --verbose                list skipped files and suppressed findings
  --color / --no-color     force colours on or off (default: on a TTY, unless NO_COLOR is set)

Baselines
  --baseline FILE          findings whose fingerprints are in FILE do not block
  --write-baseline FILE    write the current findings' fingerprints to FILE and exit 0

Limits
  --max-file-size SIZE     skip larger files (default 1MiB)
  --max-syntax-file-size SIZE
                           run syntax rules only on files up to SIZE; larger ones get text rules (default 128KiB)
  --time-budget MS         per-file time budget (default from config, 10000)
  --workers N              worker threads (0 = in-process)
  --no-gitignore           do not honour .gitignore files
  --debug                  show stack traces for internal errors

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or configuration error.`;

const OPTIONS = {
  staged: { type: 'boolean' },
  base: { type: 'string' },
  head: { type: 'string' },
  'stdin-filename': { type: 'string' },
  'keep-context': { type: 'boolean' },
  category: { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  rules: { type: 'string', multiple: true },
  config: { type: 'string' },
  'license-index': { type: 'string', multiple: true },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  strict: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'max-file-size': { type: 'string' },
  'max-syntax-file-size': { type: 'string' },
  'time-budget': { type: 'string' },
  workers: { type: 'string' },
  'no-gitignore': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new WardenError(`${flag}: "${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

async function readStdin(io: CliIO): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

export async function scanCommand(args: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parse(args, OPTIONS, SCAN_USAGE);
  if (v.help) {
    io.stdout.write(SCAN_HELP + '\n');
    return EXIT.clean;
  }
  const modes = [v.staged, v.base !== undefined, positionals.includes('-')].filter(Boolean).length;
  if (modes > 1) throw new WardenError('choose one target: paths, -, --staged, or --base/--head');
  if (v.head !== undefined && v.base === undefined) throw new WardenError('--head needs --base');
  if ((v.staged || v.base !== undefined) && positionals.length > 0) {
    throw new WardenError('paths cannot be combined with --staged or --base');
  }

  const categories = list(v.category)?.map((c) => oneOf(c, CATEGORIES, '--category')!) as Category[] | undefined;
  const format = getReporter(v.format ?? 'text');

  let root = io.cwd;
  let target: TargetSpec;
  if (v.staged) {
    root = await gitToplevel(io.cwd);
    target = { kind: 'staged' };
  } else if (v.base !== undefined) {
    root = await gitToplevel(io.cwd);
    target = { kind: 'range', base: v.base, head: v.head ?? 'HEAD' };
  } else if (positionals.includes('-')) {
    if (positionals.length > 1) throw new WardenError('- (stdin) cannot be combined with other paths');
    target = { kind: 'stdin', filename: v['stdin-filename'] ?? 'stdin', content: await readStdin(io) };
  } else {
    target = { kind: 'paths', paths: positionals.length > 0 ? positionals : ['.'] };
  }

  const config = await loadConfig(v.config ? path.resolve(io.cwd, v.config) : undefined, root);
  const failOn: Severity = oneOf(v['fail-on'], SEVERITIES, '--fail-on') ?? config.config.failOn;
  const color = v['no-color'] ? false : v.color ? true : Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && !v.output;

  let progress: Progress | undefined;
  let reported = 0;
  const result: ScanResult = await scan({
    target,
    root,
    config,
    rules: v.rules?.map((r) => path.resolve(io.cwd, r)),
    categories,
    enable: list(v.rule),
    disable: list(v.disable),
    baseline: v.baseline ? path.resolve(io.cwd, v.baseline) : undefined,
    licenseIndexes: v['license-index']?.map((f) => path.resolve(io.cwd, f)),
    maxFileSize: size(v['max-file-size'], '--max-file-size'),
    maxSyntaxFileSize: size(v['max-syntax-file-size'], '--max-syntax-file-size'),
    timeBudgetMs: int(v['time-budget'], '--time-budget', 1),
    workers: int(v.workers, '--workers'),
    keepContext: v['keep-context'],
    gitignore: !v['no-gitignore'],
    onProgress: (done, total) => {
      // Outcomes arrive in batches: advance by what finished since the last call, not by one.
      progress ??= total >= 500 ? createProgress(io.stderr, total) : { tick() {}, done() {} };
      progress.tick(done - reported);
      reported = done;
      if (done === total) progress.done();
    },
  });
  progress?.done();

  if (v['write-baseline']) {
    const file = path.resolve(io.cwd, v['write-baseline']);
    const kept = result.findings.filter((f) => !f.suppressed || f.suppressed.kind === 'baseline');
    await mkdir(path.dirname(file), { recursive: true });
    await writeBaseline(file, kept);
    io.stderr.write(`warden: wrote ${kept.length} fingerprint(s) to ${path.relative(io.cwd, file) || file}\n`);
    return EXIT.clean;
  }

  const rendered = format.render(result, { color, verbose: Boolean(v.verbose), failOn, toolVersion: VERSION, root });
  if (v.output) {
    const file = path.resolve(io.cwd, v.output);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, rendered);
    const blocking = blockingFindings(result, failOn).length;
    io.stderr.write(
      `warden: ${result.findings.length} finding(s), ${blocking} at or above ${failOn}; ${result.stats.filesScanned} files scanned; report written to ${path.relative(io.cwd, file) || file}\n`,
    );
  } else {
    io.stdout.write(rendered.endsWith('\n') ? rendered : rendered + '\n');
  }

  // A rule file that does not load is a configuration error: the rest of the scan ran, but the run fails.
  const ruleErrors = result.notices.filter((n) => n.code === 'rule-error');
  if (ruleErrors.length > 0) {
    const more = ruleErrors.length > 1 ? ` (and ${ruleErrors.length - 1} more rule errors)` : '';
    io.stderr.write(`warden: ${ruleErrors[0]!.message}${more}\n`);
    return EXIT.usage;
  }
  if (blockingFindings(result, failOn).length > 0) return EXIT.findings;
  if (v.strict && (result.incomplete.length > 0 || result.notices.some((n) => n.level === 'error'))) return EXIT.findings;
  return EXIT.clean;
}
