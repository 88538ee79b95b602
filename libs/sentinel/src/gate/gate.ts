// `warden gate --base A --head B`: the merge gate. A scan of the change in which only findings on lines the
// change adds block (older findings are shown as context, or hidden, or block, as configured). For an agent's
// change the stricter policy applies: every finding blocks, whatever its severity, and so does any change to a
// protected path.
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { WardenError } from '../errors.js';
import { scan, type ScanOptions } from '../engine/scan.js';
import { git } from '../targets/git-run.js';
import { isBlocking, type Finding, type RuleMeta, type ScanResult, type Severity } from '../types.js';
import { matchingAgentPattern, protectedPattern } from './policy.js';

export interface GateOptions extends Pick<ScanOptions, 'rules' | 'builtinRules' | 'categories' | 'enable' | 'disable' | 'baseline' | 'workers' | 'licenseIndexes' | 'onProgress'> {
  root: string;
  base: string;
  head?: string;
  config?: LoadedConfig | string;
  /** The head branch's name when `head` is a commit (CI passes GITHUB_HEAD_REF and the like). */
  headRef?: string;
  /** Apply the agent policy whatever the branch and trailers say. */
  agent?: boolean;
}

export interface GateResult {
  scan: ScanResult;
  /** Set when the change is an agent's: why (the branch pattern, or the trailer). */
  agent?: string;
  /** The threshold findings were judged against: `info` (everything) for an agent's change. */
  failOn: Severity;
  /** Findings that block the merge (protected-path changes included). */
  blocking: Finding[];
}

export const PROTECTED_PATH_RULE: RuleMeta = {
  id: 'gate.protected-path',
  title: 'An agent changed a protected path',
  category: 'policy',
  severity: 'high',
  confidence: 'high',
  cwe: [],
  tags: ['agent', 'policy'],
  message: 'The agent changed a protected path',
  fix: 'A person must make this change: revert it on the agent branch and make it in a reviewed change of your own.',
  description:
    'CI workflows, git hooks and hook managers, CODEOWNERS, warden.json and package registry settings decide what runs and what is trusted. An agent that changes them can switch off the guards that check it.',
  references: [],
  source: 'warden gate (agent policy)',
};

export async function runGate(options: GateOptions): Promise<GateResult> {
  const head = options.head ?? 'HEAD';
  const loaded = typeof options.config === 'object' ? options.config : await loadConfig(options.config, options.root);
  const settings = loaded.config.gate;
  const result = await scan({
    ...options,
    target: { kind: 'range', base: options.base, head },
    config: loaded,
    keepContext: settings.context !== 'hide',
  });

  const agent = options.agent ? 'named an agent change (--agent)' : await agentReason(options.root, options.base, head, options.headRef, settings.agentBranches);
  const failOn: Severity = agent ? 'info' : loaded.config.failOn;
  if (agent) {
    for (const file of await changedPaths(options.root, options.base, head)) {
      const pattern = protectedPattern(file, settings.protectedPaths);
      if (!pattern) continue;
      result.findings.push(protectedFinding(file, pattern));
    }
    if (result.findings.some((f) => f.ruleId === PROTECTED_PATH_RULE.id)) result.rules.push(PROTECTED_PATH_RULE);
  }
  // Context (findings on lines the change did not touch) is shown and does not block, unless configured to.
  if (settings.context === 'block') for (const f of result.findings) delete f.inChange;
  const blocking = result.findings.filter((f) => isBlocking(f, failOn));
  return { scan: result, ...(agent ? { agent } : {}), failOn, blocking };
}

/** Why this change counts as an agent's, or undefined. */
async function agentReason(root: string, base: string, head: string, headRef: string | undefined, patterns: readonly string[]): Promise<string | undefined> {
  const branch = headRef ?? (await branchOf(root, head));
  const pattern = matchingAgentPattern(branch, patterns);
  if (pattern) return `the head branch ${branch} matches ${pattern}`;
  const log = await git(root, ['log', '--format=%H %(trailers:key=Warden-Run,valueonly,separator=%x2C)', `${base}..${head}`]);
  if (log.code !== 0) throw new WardenError(`git log failed: ${log.stderr.split('\n')[0]}`);
  for (const line of log.stdout.toString('utf8').split('\n')) {
    const [commit, run] = [line.slice(0, 40), line.slice(41).trim()];
    if (run) return `commit ${commit.slice(0, 12)} carries the trailer Warden-Run: ${run}`;
  }
  return undefined;
}

/** The branch `head` names (`agent/x`, or HEAD's branch), if it is one. */
async function branchOf(root: string, head: string): Promise<string | undefined> {
  const r = await git(root, ['rev-parse', '--abbrev-ref', '--verify', '--quiet', head]);
  const name = r.stdout.toString('utf8').trim();
  return r.code === 0 && name !== '' && name !== 'HEAD' ? name : undefined;
}

/** Every path the change touches, deletions and both sides of a rename included. */
async function changedPaths(root: string, base: string, head: string): Promise<string[]> {
  const r = await git(root, ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', `${base}...${head}`]);
  if (r.code !== 0) throw new WardenError(`git diff failed: ${r.stderr.split('\n')[0]}`);
  return r.stdout.toString('utf8').split('\0').filter(Boolean);
}

function protectedFinding(file: string, pattern: string): Finding {
  const m = PROTECTED_PATH_RULE;
  return {
    ruleId: m.id,
    category: m.category,
    severity: m.severity,
    confidence: m.confidence,
    cwe: [],
    file,
    start: { line: 1, column: 1 },
    end: { line: 1, column: 1 },
    message: `The agent changed a protected path: ${file} (protected by ${pattern}).`,
    fix: m.fix,
    fingerprint: '',
    snippet: '',
    inChange: true,
  };
}
