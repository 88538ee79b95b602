// @warden/nx:agent: `nx run app:agent --prompt "..."`. The run itself (worktree, sandbox, egress proxy, Shield,
// gate, commit to agent/*) belongs to @warden/agent (issue #7); this executor maps its options onto that API and
// refuses clearly while the runner is not installed, never running an agent without its sandbox.
import type { ExecutorContext } from '@nx/devkit';

export interface AgentExecutorOptions {
  prompt?: string;
  ticketFile?: string;
  repo?: string;
  provider?: string;
  command?: string;
  sandbox?: 'bwrap' | 'docker' | 'podman' | 'none';
  egressAllow?: string[];
  report?: string;
  keep?: boolean;
}

interface AgentApi {
  runAgent(options: AgentExecutorOptions & { repo: string; project?: string }): Promise<{ ok: boolean }>;
}

export default async function agentExecutor(options: AgentExecutorOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  if (!options.prompt && !options.ticketFile) {
    process.stderr.write('warden: give the agent a ticket: --prompt "..." or --ticketFile FILE\n');
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
  const result = await agent.runAgent({ ...options, repo: options.repo ?? context.root, ...(context.projectName ? { project: context.projectName } : {}) });
  return { success: result.ok };
}
