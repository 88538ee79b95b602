// Where each coding agent keeps its project hooks and MCP servers, and how Warden's entries are merged into
// them: pure functions over the parsed JSON, shared by `warden hook install --agents` and
// `nx g @warden/nx:init --agents`. A merge keeps every entry it did not write and returns undefined when Warden
// is already there, so installing twice changes nothing.

export type AgentClient = 'claude' | 'codex' | 'cursor';

export const AGENT_CLIENTS: readonly AgentClient[] = ['claude', 'codex', 'cursor'];

type Json = Record<string, unknown>;

/** The hook command that runs Warden for one client, e.g. `<warden> hook claude`. */
const RUNS_AGENT_HOOK = /warden(\.js)?'?\s+hook\s+(claude|codex|cursor)\b/;

interface ClientHooks {
  /** The project file, relative to the repository root. */
  file: string;
  merge(existing: Json, wardenHook: string): Json | undefined;
}

export const CLIENT_HOOKS: Record<AgentClient, ClientHooks> = {
  claude: {
    file: '.claude/settings.json',
    merge: (e, w) => mergeMatcherHooks(e, `${w} claude`, [['PreToolUse', 'Write|Edit|MultiEdit|NotebookEdit|Bash|Read'], ['UserPromptSubmit', undefined]]),
  },
  codex: {
    file: '.codex/hooks.json',
    merge: (e, w) => mergeMatcherHooks(e, `${w} codex`, [['PreToolUse', 'shell|local_shell|apply_patch|Bash'], ['UserPromptSubmit', undefined]]),
  },
  cursor: {
    file: '.cursor/hooks.json',
    merge: (e, w) => {
      const hooks = { ...((e.hooks ?? {}) as Record<string, Array<{ command: string }>>) };
      let changed = false;
      for (const event of ['beforeSubmitPrompt', 'beforeShellExecution', 'beforeReadFile', 'afterFileEdit']) {
        const list = hooks[event] ?? [];
        if (list.some((h) => RUNS_AGENT_HOOK.test(h.command))) continue;
        hooks[event] = [...list, { command: `${w} cursor` }];
        changed = true;
      }
      return changed ? { version: 1, ...e, hooks } : undefined;
    },
  },
};

/** Claude Code and Codex: `hooks.<event>` lists of `{ matcher?, hooks: [{ type: 'command', command }] }`. */
function mergeMatcherHooks(existing: Json, command: string, events: ReadonlyArray<readonly [string, string | undefined]>): Json | undefined {
  const hooks = { ...((existing.hooks ?? {}) as Record<string, Array<{ matcher?: string; hooks: Array<{ type: string; command: string }> }>>) };
  let changed = false;
  for (const [event, matcher] of events) {
    const list = hooks[event] ?? [];
    if (list.some((entry) => entry.hooks?.some((h) => RUNS_AGENT_HOOK.test(h.command)))) continue;
    hooks[event] = [...list, { ...(matcher ? { matcher } : {}), hooks: [{ type: 'command', command }] }];
    changed = true;
  }
  return changed ? { ...existing, hooks } : undefined;
}

/** The commands in a client's hook file that run Warden's agent hook (empty: Warden is not installed there). */
export function wardenHookCommands(existing: Json): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const command = (value as { command?: unknown }).command;
      if (typeof command === 'string' && RUNS_AGENT_HOOK.test(command)) found.push(command);
      Object.values(value).forEach(visit);
    }
  };
  visit(existing.hooks);
  return [...new Set(found)];
}

/** The project MCP files of the clients that read one (Codex keeps its MCP servers in the user's config). */
export const CLIENT_MCP_FILES: Partial<Record<AgentClient, string>> = { claude: '.mcp.json', cursor: '.cursor/mcp.json' };

/** Registers `warden mcp` under mcpServers.warden; undefined when a server of that name is there already. */
export function mergeMcpServer(existing: Json, server: { command: string; args: string[] }): Json | undefined {
  const servers = (existing.mcpServers ?? {}) as Json;
  if (servers.warden) return undefined;
  return { ...existing, mcpServers: { ...servers, warden: server } };
}

/** `--agents claude,codex`: the clients named, or an error naming the unknown ones. */
export function parseAgentClients(list: string): AgentClient[] {
  const names = list.split(',').map((a) => a.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(AGENT_CLIENTS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`--agents: unknown client ${unknown.join(', ')} (${AGENT_CLIENTS.join(', ')})`);
  return names as AgentClient[];
}

/** The line .gitignore needs so the hooks' local audit log (.warden/) stays out of commits; undefined if present. */
export function ignoreAuditLog(gitignore: string): string | undefined {
  if (gitignore.split('\n').some((line) => /^\/?\.warden\/?\s*$/.test(line))) return undefined;
  return `${gitignore}${gitignore && !gitignore.endsWith('\n') ? '\n' : ''}# Warden's local audit log\n/.warden/\n`;
}
