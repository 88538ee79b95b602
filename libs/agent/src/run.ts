// One agent run, end to end: ticket → worktree on agent/<slug>-<id> → egress proxy → sandboxed agent →
// (outside the sandbox) the Sentinel gate with the agent policy → a commit with a Warden-Run trailer, or none →
// audit record → cleanup. The runner owns git; the agent only edits files.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildEnvironment,
  chooseBackend,
  createWorktree,
  DEFAULT_EGRESS_HOSTS,
  git,
  pruneDanglingWorktrees,
  removeWorktree,
  startEgressProxy,
  type BackendName,
  PROVIDER_HOSTS,
  type EgressProxy,
  type Worktree,
} from '@warden/sandbox';
import { createSecretDetector, loadConfig, runGate, type Finding } from '@warden/sentinel';
import { createSession, startGateway, type Gateway, type GatewayProvider, type ShieldSession } from '@warden/shield';
import { appendAudit, type AuditRecord, type HookDecision } from './audit.js';
import { rehydrateWorktree, tokenizeWorktree, type ShieldedPlace } from './shield.js';
import { blockedReason, launchFor, type ProviderName } from './providers.js';
import { readScript, SCRIPTED_AGENT_SOURCE } from './scripted.js';
import { pushBranch, openPullRequest } from './publish.js';
import { cleanTicket, frameTicket, ticketTitle } from './ticket.js';
import { openTicket, ticketPrompt } from './tickets/index.js';

/** Providers whose API the Shield gateway speaks: where their key and base URL live. */
const GATEWAYS: Partial<Record<ProviderName, { provider: GatewayProvider; keyVar: string; baseVar: string; upstream: string }>> = {
  claude: { provider: 'anthropic', keyVar: 'ANTHROPIC_API_KEY', baseVar: 'ANTHROPIC_BASE_URL', upstream: 'https://api.anthropic.com' },
  codex: { provider: 'openai', keyVar: 'OPENAI_API_KEY', baseVar: 'OPENAI_BASE_URL', upstream: 'https://api.openai.com' },
};

export interface RunOptions {
  /** The repository (default: the current directory's). */
  repo: string;
  prompt?: string;
  ticketFile?: string;
  provider?: ProviderName;
  /** For provider "command": the agent command line. */
  command?: string;
  /** For provider "script": the YAML steps. */
  script?: string;
  sandbox?: BackendName;
  /** Hosts added to the egress allowlist. */
  egressAllow?: string[];
  /** Allowed hosts that may resolve to private or loopback addresses (a gateway on this machine, an on-premises tracker). */
  egressPrivate?: string[];
  /** Caller variables to pass although they look like credentials. */
  passEnv?: string[];
  base?: string;
  report?: string;
  keep?: boolean;
  /** Push the committed branch to this remote (opt-in). */
  push?: string;
  /** Open a draft pull request for it (implies push); GitHub, with GITHUB_TOKEN or GH_TOKEN. */
  pr?: boolean;
  /** owner/name for the pull request, when the remote's URL does not say. */
  githubRepo?: string;
  /** Shield the run (tokenized worktree, provider gateway). Default true. */
  shield?: boolean;
  /** A remote ticket (github:owner/repo#123, jira:PROJ-42): fetched, claimed, and told the outcome. */
  ticket?: string;
  /** Keep a commit the gate blocked, on the local agent branch only. */
  keepFailed?: boolean;
  timeoutMs?: number;
  onOutput?: (text: string) => void;
  onWarning?: (text: string) => void;
}

export interface RunReport {
  run: string;
  ok: boolean;
  outcome: AuditRecord['outcome'];
  reason?: string;
  branch?: string;
  commit?: string;
  pushed?: string;
  pullRequest?: string;
  provider: string;
  backend: string;
  egress: AuditRecord['egress'];
  /** Secrets Shield kept out of the sandbox: counts by category, and where they were (never what). */
  shield?: { counts: Record<string, number>; places: ShieldedPlace[] };
  findings: Array<Pick<Finding, 'ruleId' | 'severity' | 'file' | 'message'> & { line: number }>;
  /** Decisions of Warden's hooks inside the agent's loop (claude and codex providers). */
  hooks?: HookDecision[];
}

export async function runAgent(options: RunOptions): Promise<RunReport> {
  const repo = (await git(options.repo, ['rev-parse', '--show-toplevel'])).trim();
  const settings = (await loadConfig(undefined, repo)).config.agent;
  const remote = options.ticket ? await openTicket(options.ticket, process.env, settings.jira) : undefined;
  const ticket = remote ? ticketPrompt(remote.ticket) : (options.prompt ?? (options.ticketFile ? await readFile(options.ticketFile, 'utf8') : undefined));
  if (!ticket?.trim()) throw new Error('give the agent a ticket: --prompt "...", --ticket-file FILE or --ticket github:owner/repo#N');
  const provider = options.provider ?? (options.script ? 'script' : 'claude');
  const backendName = options.sandbox ?? settings.sandbox;
  const backend = await chooseBackend(backendName);
  if (backendName === 'none') options.onWarning?.('warden: --sandbox none: the agent runs unconfined, as you, with only its environment scrubbed');

  const run = randomBytes(6).toString('hex');
  // A remote ticket is claimed before any work: of two runners on one ticket, one runs and the other stops here.
  await remote?.claim(run);
  const runDir = path.join(tmpdir(), 'warden-runs', run);
  const io = path.join(runDir, 'io');
  const home = path.join(runDir, 'home');
  await mkdir(io, { recursive: true });
  await mkdir(home, { recursive: true });
  // The sandbox's unprivileged user passes through these folders.
  for (const dir of [path.dirname(runDir), runDir]) await chmod(dir, 0o711);
  await writeFile(path.join(runDir, 'run.lock'), String(process.pid));
  await pruneDanglingWorktrees(repo);

  let worktree: Worktree | undefined;
  let proxy: EgressProxy | undefined;
  let session: ShieldSession | undefined;
  let gateway: Gateway | undefined;
  let gatewayHosts: string[] = [];
  let committed = false;
  const report: RunReport = { run, ok: false, outcome: 'failed', provider, backend: backendName, egress: { allowed: [], denied: [] }, findings: [] };
  try {
    worktree = await createWorktree(repo, { path: path.join(runDir, 'worktree'), slug: ticketTitle(ticket), base: options.base, id: run.slice(0, 6) });
    report.branch = worktree.branch;

    let agentFile: string | undefined;
    let scriptFile: string | undefined;
    if (provider === 'script') {
      if (!options.script) throw new Error('provider "script" needs --script FILE');
      agentFile = path.join(io, 'scripted-agent.mjs');
      scriptFile = path.join(io, 'script.json');
      await writeFile(agentFile, SCRIPTED_AGENT_SOURCE);
      await writeFile(scriptFile, JSON.stringify(await readScript(options.script)));
    }
    const launch = launchFor(provider, frameTicket(ticket), { command: options.command, scriptFile, agentFile });

    // Shield: no real secret inside the sandbox, and the provider reached only through the gateway.
    if (options.shield !== false) {
      session = await createSession();
      const places = await tokenizeWorktree(worktree.path, session);
      report.shield = { counts: {}, places };
      const api = GATEWAYS[provider];
      const realKey = api ? process.env[api.keyVar] : undefined;
      if (api && realKey) {
        gateway = await startGateway({ provider: api.provider, upstream: process.env[api.baseVar] || api.upstream, apiKey: realKey, session, rehydrate: false });
        const port = new URL(gateway.url).port;
        // By name: the proxy refuses IP literals; localhost may resolve to loopback because it is named below.
        launch.set = { ...launch.set, [api.baseVar]: `http://localhost:${port}${api.provider === 'openai' ? '/v1' : ''}`, [api.keyVar]: 'sk-warden-gateway-placeholder' };
        launch.envNames = launch.envNames.filter((n) => n !== api.baseVar);
        launch.hosts = [];
        gatewayHosts = ['localhost'];
      }
    }
    proxy = await startEgressProxy({
      allow: [
        ...DEFAULT_EGRESS_HOSTS,
        ...launch.hosts,
        ...settings.availableProviders.flatMap((p) => PROVIDER_HOSTS[p] ?? []),
        ...settings.ticketHosts,
        ...(await npmRegistryHosts(repo)),
        ...settings.extraEgressHosts,
        ...(options.egressAllow ?? []),
        ...gatewayHosts,
        ...(remote ? [remote.ticket.host] : []),
      ],
      privateHosts: [...settings.privateEgressHosts, ...(options.egressPrivate ?? []), ...gatewayHosts],
      listen: backendName === 'bwrap' ? { path: path.join(io, 'proxy.sock') } : { port: 0 },
    });
    const explicit = options.passEnv ?? [];
    const set = Object.fromEntries(Object.entries(launch.set ?? {}).filter(([name]) => !explicit.includes(name)));
    const env = buildEnvironment({ caller: process.env, home, providerNames: launch.envNames, explicit, set, proxyUrl: 'port' in proxy.address ? `http://127.0.0.1:${proxy.address.port}` : undefined });

    // Warden's own hooks inside the agent's loop (issue #11): in the per-run home, so nothing lands in the
    // worktree, and with WARDEN_RUN set, so the hook also refuses the git operations the runner owns.
    // A container has no Warden in it: there the gate at the end is the only check, and the user is told so.
    const inContainer = backendName === 'docker' || backendName === 'podman';
    const hookInstall = inContainer ? [] : await installRunHooks(provider, home);
    if (inContainer && (provider === 'claude' || provider === 'codex')) {
      options.onWarning?.(`warden: with --sandbox ${backendName}, Warden's hooks do not run inside the agent's loop (the container has no Warden); the gate decides at the end`);
    }
    env.WARDEN_RUN = run;
    if (hookInstall.length) env.WARDEN_HOOK_LOG = path.join(io, 'hooks.jsonl');

    // The agent's CLI by absolute path, its install shown read-only: it may live where the sandbox hides
    // (a home folder, /tmp), and the PATH inside must not decide which program runs.
    const resolved = await resolveCommand(launch.command, env.PATH ?? '');
    let output = '';
    const result = await backend.run({
      worktree: worktree.path,
      home,
      runDir: io,
      proxy: 'path' in proxy.address ? { socket: proxy.address.path } : { port: proxy.address.port },
      env,
      command: resolved?.path ?? launch.command,
      args: launch.args,
      // The parent repository is hidden: its untokenized files (a .env) must not be readable from inside. Its
      // .git comes back read-only, so git in the worktree reads history but cannot commit or change hooks.
      hidden: repo === path.parse(repo).root ? [] : [repo],
      readOnly: [...(resolved ? [resolved.dir] : []), ...hookInstall],
      readOnlyIfReachable: await gitDirOf(repo),
      stdin: launch.stdin,
      timeoutMs: options.timeoutMs ?? settings.timeoutSeconds * 1000,
      onStdout: (c) => {
        output += c.toString();
        options.onOutput?.(c.toString());
      },
      onStderr: (c) => options.onOutput?.(c.toString()),
    });
    report.egress = {
      allowed: [...new Set(proxy.decisions.filter((d) => d.allowed).map((d) => d.host))],
      denied: proxy.decisions.filter((d) => !d.allowed).map(({ host, port, time, reason }) => ({ host, port, time, ...(reason ? { reason } : {}) })),
    };

    const blocked = blockedReason(output);
    if (blocked) return await finish('blocked-by-agent', blocked);
    if (result.timedOut) return await finish('failed', 'the agent ran past its time limit');
    if (result.exitCode !== 0) return await finish('failed', `the agent exited with ${result.exitCode ?? result.signal}`);

    // Outside the sandbox: the real values back, then what changed, checked by the gate with the agent policy,
    // then committed or not.
    if (session) await rehydrateWorktree(worktree.path, session);
    await git(worktree.path, ['add', '-A']);
    if ((await git(worktree.path, ['diff', '--cached', '--name-only'])).trim() === '') return await finish('failed', 'the agent changed nothing');
    await git(worktree.path, ['-c', 'user.name=Warden agent', '-c', 'user.email=agent@warden.invalid', 'commit', '--no-verify', '-q', '-m', `${ticketTitle(ticket).slice(0, 72)}\n\nWarden-Run: ${run}`]);
    committed = true;
    const gate = await runGate({ root: worktree.path, base: worktree.base, head: 'HEAD', agent: true });
    report.findings = gate.scan.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.start.line, message: f.message }));
    if (gate.blocking.length > 0) {
      if (!options.keepFailed) {
        committed = false;
        await git(repo, ['update-ref', '-d', `refs/heads/${worktree.branch}`]).catch(() => undefined);
      }
      return await finish('blocked-by-gate', `${gate.blocking.length} finding(s) block the change`);
    }
    report.commit = (await git(worktree.path, ['rev-parse', 'HEAD'])).trim();
    report.ok = true;
    const pushTo = options.push ?? (options.pr ? 'origin' : undefined);
    if (pushTo) {
      await pushBranch(repo, worktree.branch, pushTo);
      report.pushed = `${pushTo}/${worktree.branch}`;
      if (options.pr) {
        const base = (await git(repo, ['symbolic-ref', '--quiet', '--short', `refs/remotes/${pushTo}/HEAD`]).catch(() => '')).trim().replace(`${pushTo}/`, '') || 'main';
        report.pullRequest = await openPullRequest({
          repo, branch: worktree.branch, base, remote: pushTo, title: ticketTitle(ticket).slice(0, 120),
          body: `Opened by \`warden agent run\` (Warden-Run: ${run}). The change passed Warden's gate with the agent policy; a person must review it before it merges.\n\n${cleanTicket(ticket).slice(0, 4000)}`,
          ...(options.githubRepo ? { slug: options.githubRepo } : {}),
          token: process.env.GITHUB_TOKEN || process.env.GH_TOKEN,
          api: process.env.WARDEN_GITHUB_API,
        });
      }
    }
    return await finish('committed');
  } catch (err) {
    report.ok = false;
    return await finish('failed', (err as Error).message.split('\n')[0]);
  } finally {
    await proxy?.close();
    await gateway?.close();
    session?.destroy();
    if (!options.keep && worktree) await removeWorktree(repo, worktree, { deleteBranch: !committed });
    if (!options.keep) await rm(runDir, { recursive: true, force: true }).catch(() => undefined);
    else await rm(path.join(runDir, 'run.lock'), { force: true });
  }

  async function finish(outcome: AuditRecord['outcome'], reason?: string): Promise<RunReport> {
    report.outcome = outcome;
    if (reason) report.reason = reason;
    if (session && report.shield) report.shield.counts = Object.fromEntries(Object.entries(session.counts()).filter(([, n]) => n > 0));
    const hooks = await readHookLog(path.join(io, 'hooks.jsonl'));
    if (hooks) report.hooks = hooks;
    const findings: Record<string, number> = {};
    for (const f of report.findings) findings[f.ruleId] = (findings[f.ruleId] ?? 0) + 1;
    await appendAudit(path.join(repo, '.warden', 'audit.jsonl'), {
      run,
      time: new Date().toISOString(),
      ticket: ticketTitle(ticket!).slice(0, 120),
      provider,
      backend: backendName,
      ...(report.branch && (committed || outcome === 'committed') ? { branch: report.branch } : {}),
      outcome,
      ...(reason ? { reason } : {}),
      egress: report.egress,
      findings,
      ...(report.shield ? { shield: report.shield } : {}),
      ...(hooks ? { hooks } : {}),
    });
    if (remote) {
      try {
        await remote.comment(await outcomeComment(report));
      } catch (err) {
        options.onWarning?.(`warden: could not comment on ${remote.ticket.ref}: ${(err as Error).message}`);
      }
    }
    if (options.report) await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
    return report;
  }
}

/** The registries the project's .npmrc names (registry= and @scope:registry=), so installs keep working. */
async function npmRegistryHosts(repo: string): Promise<string[]> {
  const text = await readFile(path.join(repo, '.npmrc'), 'utf8').catch(() => '');
  const hosts: string[] = [];
  for (const m of text.matchAll(/^\s*(?:@[^:\s]+:)?registry\s*=\s*(\S+)/gm)) {
    try {
      hosts.push(new URL(m[1]!).hostname);
    } catch {
      // not a URL: nothing to allow
    }
  }
  return hosts;
}

/** A command's real file (symlinks followed, as a node_modules/.bin entry is) and the folder to show with it. */
async function resolveCommand(command: string, searchPath: string): Promise<{ path: string; dir: string } | undefined> {
  const { access, realpath } = await import('node:fs/promises');
  const candidates = command.includes('/') ? [command] : searchPath.split(':').filter(Boolean).map((d) => path.join(d, command));
  for (const candidate of candidates) {
    try {
      await access(candidate, 1);
      const real = await realpath(candidate);
      return { path: real, dir: path.dirname(real) };
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * What the ticket is told: the outcome, the branch, the pull request, and for a blocked change the rules and
 * places, never code. Anything secret-shaped in the text (an agent's BLOCKED reason could quote one) is
 * redacted before it is posted.
 */
async function outcomeComment(report: RunReport): Promise<string> {
  const lines = [`Warden agent run \`${report.run}\` (${report.provider}, ${report.backend} sandbox): ${report.outcome.replace(/-/g, ' ')}.`];
  if (report.outcome === 'committed') lines.push(`Branch: \`${report.branch}\`${report.pullRequest ? `; pull request: ${report.pullRequest}` : ' (not pushed: review it in the repository)'}.`);
  if (report.reason) lines.push(`Reason: ${report.reason}`);
  if (report.outcome === 'blocked-by-gate') for (const f of report.findings) lines.push(`- ${f.ruleId} (${f.severity}) at ${f.file}:${f.line}`);
  const text = lines.join('\n');
  const detector = await createSecretDetector();
  const spans = detector.find(text).sort((a, b) => b.start - a.start);
  return spans.reduce((t, s) => `${t.slice(0, s.start)}[redacted]${t.slice(s.end)}`, text);
}

/**
 * The hook decisions logged inside the sandbox. The agent could write to that file too, so each line is
 * rebuilt from known fields of known types (metadata only) and anything else is dropped.
 */
async function readHookLog(file: string): Promise<HookDecision[] | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const short = (v: unknown) => (typeof v === 'string' ? v.slice(0, 80) : undefined);
  const decisions: HookDecision[] = [];
  for (const line of text.split('\n').slice(0, 10_000)) {
    let d: Partial<Record<keyof HookDecision, unknown>>;
    try {
      d = JSON.parse(line) as typeof d;
    } catch {
      continue;
    }
    if ((d.outcome !== 'allow' && d.outcome !== 'deny' && d.outcome !== 'warn') || !short(d.client) || !short(d.event) || !short(d.time)) continue;
    const rules = Array.isArray(d.rules) ? d.rules.flatMap((r) => (short(r) ? [short(r)!] : [])).slice(0, 20) : [];
    decisions.push({ time: short(d.time)!, client: short(d.client)!, event: short(d.event)!, ...(short(d.tool) ? { tool: short(d.tool) } : {}), outcome: d.outcome, rules });
  }
  return decisions;
}

async function gitDirOf(repo: string): Promise<string[]> {
  const { stat } = await import('node:fs/promises');
  const dir = path.join(repo, '.git');
  return (await stat(dir).then((s) => s.isDirectory(), () => false)) ? [dir] : [];
}

/**
 * For claude and codex: their user-level hook settings in the run's home, calling this Warden by absolute path.
 * Returns the folders the sandbox must show read-only for that (Warden's install).
 */
async function installRunHooks(provider: ProviderName, home: string): Promise<string[]> {
  if (provider !== 'claude' && provider !== 'codex') return [];
  const { mkdir: makeDir, realpath } = await import('node:fs/promises');
  const cli = await realpath(process.argv[1] ?? '').catch(() => undefined);
  if (!cli) return [];
  const command = `'${process.execPath}' '${cli}' hook ${provider}`;
  const hooks = {
    hooks: {
      PreToolUse: [{ matcher: provider === 'claude' ? 'Write|Edit|MultiEdit|NotebookEdit|Bash|Read' : 'shell|local_shell|apply_patch|Bash', hooks: [{ type: 'command', command }] }],
      UserPromptSubmit: [{ hooks: [{ type: 'command', command }] }],
    },
  };
  const file = provider === 'claude' ? path.join(home, '.claude', 'settings.json') : path.join(home, '.codex', 'hooks.json');
  await makeDir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(hooks, null, 2)}\n`);
  // Codex builds before hooks were on by default read them only with this feature flag.
  if (provider === 'codex') await writeFile(path.join(home, '.codex', 'config.toml'), '[features]\ncodex_hooks = true\n', { flag: 'wx' }).catch(() => undefined);
  return wardenInstall(cli);
}

/**
 * The folders Warden runs from: the CLI's package, and every node_modules folder above it with the real folders
 * of the @warden packages in it (workspace links point outside node_modules). Only these, not the project
 * around them, are shown inside the sandbox.
 */
async function wardenInstall(cli: string): Promise<string[]> {
  const fs = await import('node:fs/promises');
  const dirs = new Set<string>();
  let dir = path.dirname(cli);
  while (!(await fs.access(path.join(dir, 'package.json')).then(() => true, () => false)) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  dirs.add(dir);
  for (let up = dir; up !== path.dirname(up); up = path.dirname(up)) {
    const modules = path.join(up, 'node_modules');
    if (!(await fs.access(modules).then(() => true, () => false))) continue;
    dirs.add(modules);
    for (const name of await fs.readdir(path.join(modules, '@warden')).catch(() => [] as string[])) {
      dirs.add(await fs.realpath(path.join(modules, '@warden', name)));
    }
  }
  return [...dirs];
}
