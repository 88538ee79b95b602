// One interface for every way of containing an agent: bubblewrap, a container engine, or none (by name only).

export interface SandboxSpec {
  /** The agent's checkout: writable, its working directory. */
  worktree: string;
  /** The per-run home: writable. */
  home: string;
  /**
   * A folder of the run's own (bridge script, proxy socket), outside the worktree. The folders of a run and
   * their parents must be passable (o+x) for the sandbox's unprivileged user.
   */
  runDir: string;
  /** The egress proxy: a unix socket (bwrap bridges it in) and/or a TCP port on 127.0.0.1 (none backend). */
  proxy: { socket?: string; port?: number };
  /** The environment, already scrubbed (see env.ts); the backend adds the proxy variables. */
  env: Record<string, string>;
  command: string;
  args: string[];
  /** Folders that appear empty inside (the parent repository: the agent works on its worktree only). */
  hidden?: string[];
  /** Folders to show read-only inside although a mount hides them (the agent CLI's own install). */
  readOnly?: string[];
  /** Like readOnly, but skipped when the sandbox's user cannot reach them (a repository in a root-only folder). */
  readOnlyIfReachable?: string[];
  /** Written to the agent's stdin, then closed. */
  stdin?: string;
  timeoutMs: number;
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
}

export interface SandboxResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

export interface SandboxBackend {
  readonly name: 'bwrap' | 'docker' | 'podman' | 'none';
  /** Whether the backend can run here, and if not, why, in one line. */
  available(): Promise<{ ok: true } | { ok: false; reason: string }>;
  run(spec: SandboxSpec): Promise<SandboxResult>;
}

/** The proxy's address inside the sandbox, where the bridge listens. */
export const INSIDE_PROXY_PORT = 3128;
