// `warden gate --base A --head B`: the merge gate, a thin shell over runGate. Prints the report, writes SARIF and a
// Markdown summary where asked (and to $GITHUB_STEP_SUMMARY on GitHub Actions), and GitHub annotations.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getReporter, loadConfig, runGate, WardenError, type GateResult, type ReportOptions } from '@warden/sentinel';
import { parse } from '../args.js';
import { EXIT, type CliIO } from '../io.js';
import { VERSION } from '../version.js';
import { gitToplevel } from './git.js';

export const GATE_USAGE = 'warden gate --base REV [--head REV] [--sarif FILE] [--markdown FILE] [options]';

const HELP = `Usage: ${GATE_USAGE}

Scans a change (the commits from the merge base of REV and --head, default HEAD) and fails on findings in the
lines it adds; findings on other lines of the changed files are shown as context (warden.json gate.context).
An agent's change (head branch matching gate.agentBranches, default agent/**, or a commit with a Warden-Run:
trailer) is held to a stricter policy: every finding blocks, and so does any change to a protected path
(CI workflows, git hooks, CODEOWNERS, warden.json, registry settings: gate.protectedPaths).

  --base REV          the target branch or commit (default on CI: origin/$GITHUB_BASE_REF, or GitLab's
                      $CI_MERGE_REQUEST_DIFF_BASE_SHA)
  --head REV          the change's last commit (default HEAD)
  --head-ref BRANCH   the head branch's name when --head is a commit (default $GITHUB_HEAD_REF or
                      $CI_MERGE_REQUEST_SOURCE_BRANCH_NAME)
  --agent             apply the agent policy whatever the branch and trailers say
  --sarif FILE        also write SARIF 2.1.0 (for code scanning)
  --markdown FILE     also write a Markdown summary (on GitHub Actions it is appended to $GITHUB_STEP_SUMMARY too)
  --annotations       print GitHub annotations (default on GitHub Actions); --no-annotations turns them off
  --format FORMAT     the report: text (default), json, sarif, markdown, junit, github
  --output FILE       write the report to FILE instead of stdout
  --config FILE       warden.json to use
  --license-index FILE  also look for code copied from this corpus (repeatable)

Exit codes: 0 the change may merge; 1 it is blocked; 2 usage or configuration error.`;

const OPTIONS = {
  base: { type: 'string' },
  head: { type: 'string' },
  'head-ref': { type: 'string' },
  agent: { type: 'boolean' },
  sarif: { type: 'string' },
  markdown: { type: 'string' },
  annotations: { type: 'boolean' },
  'no-annotations': { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string' },
  'license-index': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function gateCommand(args: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parse(args, OPTIONS, GATE_USAGE);
  if (v.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.clean;
  }
  if (positionals.length > 0) throw new WardenError(`unexpected argument "${positionals[0]}". Usage: ${GATE_USAGE}`);
  const env = io.env;
  const base =
    v.base ??
    (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined) ??
    (env.CI_MERGE_REQUEST_DIFF_BASE_SHA || undefined);
  if (!base) throw new WardenError(`--base is required outside a pull or merge request job. Usage: ${GATE_USAGE}`);
  const report = getReporter(v.format ?? 'text');
  const root = await gitToplevel(io.cwd);
  const config = await loadConfig(v.config ? path.resolve(io.cwd, v.config) : undefined, root);

  const result = await runGate({
    root,
    base,
    head: v.head ?? 'HEAD',
    config,
    headRef: v['head-ref'] ?? (env.GITHUB_HEAD_REF || env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || undefined),
    agent: v.agent,
    licenseIndexes: v['license-index']?.map((f) => path.resolve(io.cwd, f)),
  });
  const options: ReportOptions = { color: Boolean(io.stdout.isTTY) && !env.NO_COLOR, verbose: false, failOn: result.failOn, toolVersion: VERSION, root, title: 'Warden gate' };

  // Annotations are workflow commands GitHub reads from stdout: not mixed into a JSON or SARIF report there.
  const stdoutIsText = v.output !== undefined || report.name === 'text';
  const annotations = v['no-annotations'] ? false : (v.annotations ?? (env.GITHUB_ACTIONS === 'true' && stdoutIsText));
  const annotated = annotations && report.name !== 'github' ? getReporter('github').render(result.scan, options) : '';
  if (annotated.trim() !== '') io.stdout.write(annotated);
  if (result.agent) io.stderr.write(`warden: agent change (${result.agent}): every finding blocks, and protected paths are checked\n`);
  const rendered = report.render(result.scan, options);
  if (v.output) await write(path.resolve(io.cwd, v.output), rendered);
  else io.stdout.write(rendered.endsWith('\n') || rendered === '' ? rendered : `${rendered}\n`);

  const markdown = getReporter('markdown').render(result.scan, options);
  if (v.markdown) await write(path.resolve(io.cwd, v.markdown), markdown);
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, `${summaryHeading(result)}\n\n${markdown}\n`);
  if (v.sarif) await write(path.resolve(io.cwd, v.sarif), getReporter('sarif').render(result.scan, options));

  const ruleErrors = result.scan.notices.filter((n) => n.code === 'rule-error');
  if (ruleErrors.length > 0) {
    io.stderr.write(`warden: ${ruleErrors[0]!.message}\n`);
    return EXIT.usage;
  }
  return result.blocking.length > 0 ? EXIT.findings : EXIT.clean;
}

function summaryHeading(result: GateResult): string {
  const verdict = result.blocking.length > 0 ? `blocked by ${result.blocking.length} finding(s)` : 'passed';
  return `### Warden gate: ${verdict}${result.agent ? ` (agent change: ${result.agent})` : ''}`;
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
