// How each provider's CLI is started inside the sandbox: the command line, where the prompt goes, which of the
// caller's settings it needs, and which API hosts its egress allowlist adds. The runner, not the agent, owns
// git, so every prompt says not to run it.
import { PROVIDER_HOSTS } from '@warden/sandbox';

export type ProviderName = 'claude' | 'codex' | 'opencode' | 'cursor' | 'command' | 'script';
export const PROVIDERS: readonly ProviderName[] = ['claude', 'codex', 'opencode', 'cursor', 'command', 'script'];

export interface ProviderLaunch {
  command: string;
  args: string[];
  stdin?: string;
  /** The caller's variables the provider reads (never a credential unless the user names it). */
  envNames: string[];
  /** Values the runner sets: no telemetry, and a placeholder key where the real one must not enter. */
  set?: Record<string, string>;
  hosts: readonly string[];
}


export function launchFor(provider: ProviderName, prompt: string, options: { command?: string; scriptFile?: string; agentFile?: string }): ProviderLaunch {
  switch (provider) {
    case 'claude':
      return {
        command: 'claude',
        // Edits are accepted and the shell allowed: the sandbox, not Claude Code's prompts, is the boundary.
        args: ['-p', '--permission-mode', 'acceptEdits', '--allowedTools', 'Bash,Read,Write,Edit,MultiEdit,Glob,Grep,LS', '--output-format', 'stream-json', '--verbose'],
        stdin: prompt,
        envNames: ['ANTHROPIC_BASE_URL', 'ANTHROPIC_MODEL', 'ANTHROPIC_SMALL_FAST_MODEL', 'CLAUDE_CODE_USE_BEDROCK', 'CLAUDE_CODE_USE_VERTEX'],
        // The key stays outside: a placeholder (Shield's gateway, issue #8, adds the real one on the way out),
        // unless the user passes ANTHROPIC_API_KEY by name.
        set: { ANTHROPIC_API_KEY: 'sk-ant-warden-placeholder', DISABLE_TELEMETRY: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1' },
        hosts: PROVIDER_HOSTS.claude ?? [],
      };
    case 'codex':
      return { command: 'codex', args: ['exec', '--sandbox', 'workspace-write', '--skip-git-repo-check', prompt], envNames: ['OPENAI_BASE_URL', 'CODEX_HOME'], hosts: PROVIDER_HOSTS.codex ?? [] };
    case 'opencode':
      return { command: 'opencode', args: ['run', prompt], envNames: ['OPENCODE_CONFIG'], hosts: PROVIDER_HOSTS.opencode ?? [] };
    case 'cursor':
      return { command: 'cursor-agent', args: ['-p', prompt, '--output-format', 'text'], envNames: [], hosts: PROVIDER_HOSTS.cursor ?? [] };
    case 'command':
      if (!options.command) throw new Error('provider "command" needs --command "<agent command line>"');
      // The prompt on stdin; a command that takes it as an argument names it as "$WARDEN_PROMPT" (quoted, so
      // the shell never interprets the ticket's text).
      return { command: '/bin/sh', args: ['-c', options.command], stdin: prompt, envNames: [], set: { WARDEN_PROMPT: prompt }, hosts: [] };
    case 'script':
      if (!options.scriptFile || !options.agentFile) throw new Error('provider "script" needs --script FILE (a YAML list of steps)');
      return { command: process.execPath, args: [options.agentFile, options.scriptFile], envNames: [], hosts: [] };
  }
}

/** The agent's BLOCKED: reply, from plain output or Claude Code's stream-json result. */
export function blockedReason(output: string): string | undefined {
  for (const line of output.split('\n')) {
    const plain = /^\s*BLOCKED:\s*(.*)$/.exec(line);
    if (plain) return plain[1]!.trim() || 'no reason given';
    if (line.startsWith('{')) {
      try {
        const event = JSON.parse(line) as { type?: string; result?: unknown };
        const m = event.type === 'result' && typeof event.result === 'string' ? /^\s*BLOCKED:\s*(.*)/m.exec(event.result) : null;
        if (m) return m[1]!.trim() || 'no reason given';
      } catch {
        // not JSON after all
      }
    }
  }
  return undefined;
}
