// @warden/nx:agent: `nx run app:agent --prompt "..."`. The run itself (worktree, sandbox, egress proxy, Shield,
// gate, commit to agent/*) belongs to @warden/agent (issue #7); this executor maps its options onto that API and
// refuses clearly while the runner is not installed, never running an agent without its sandbox.
import path from 'node:path';
import type { ExecutorContext } from '@nx/devkit';

export interface AgentExecutorOptions {
  prompt?: string;
  /** github:owner/repo#123 or jira:PROJ-42. */
  ticket?: string;
  ticketFile?: string;
  repo?: string;
  provider?: string;
  command?: string;
  sandbox?: 'bwrap' | 'docker' | 'podman' | 'none';
  egressAllow?: string[];
  report?: string;
  keep?: boolean;
  /** For provider "script": the YAML steps. */
  script?: string;
  timeout?: number;
}

interface AgentApi {
  runAgent(options: Omit<AgentExecutorOptions, 'timeout'> & { repo: string; timeoutMs?: number; onOutput?: (t: string) => void; onWarning?: (t: string) => void }): Promise<{ ok: boolean; outcome: string; reason?: string; branch?: string; run: string }>;
}

export default async function agentExecutor(options: AgentExecutorOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  if (!options.prompt && !options.ticketFile && !options.ticket) {
    process.stderr.write('warden: give the agent a ticket: --prompt "...", --ticketFile FILE or --ticket github:owner/repo#N\n');
    return { success: false };
  }
  let agent: AgentApi;
  try {
    // A variable specifier: the package is optional until issue #7 ships it.
    const name = '@warden/agent';
    agent = (await import(name)) as AgentApi;
  } catch {
    process.stderr.write('warden: agent runs need @warden/agent, which is not installed (npm i -D @warden/agent)\n');
    return { success: false };
  }
  const { timeout, ...rest } = options;
  const resolve = (p: string | undefined) => (p === undefined ? undefined : path.resolve(context.root, p));
  const result = await agent.runAgent({
    ...rest,
    repo: resolve(options.repo) ?? context.root,
    ticketFile: resolve(options.ticketFile),
    script: resolve(options.script),
    report: resolve(options.report),
    ...(timeout ? { timeoutMs: timeout * 1000 } : {}),
    onOutput: (text) => process.stderr.write(text),
    onWarning: (text) => process.stderr.write(`${text}\n`),
  });
  process.stdout.write(`warden: run ${result.run}: ${result.outcome}${result.branch && result.ok ? ` on ${result.branch}` : ''}${result.reason ? ` (${result.reason})` : ''}\n`);
  return { success: result.ok };
}
