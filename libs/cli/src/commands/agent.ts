// `warden agent run` and `warden audit verify`: thin shells over @warden/agent.
import path from 'node:path';
import { PROVIDERS, runAgent, TicketQueue, verifyAudit, type ProviderName, type Ticket } from '@warden/agent';
import { WardenError } from '@warden/sentinel';
import { list, parse } from '../args.js';
import { EXIT, type CliIO } from '../io.js';
import { gitToplevel } from './git.js';

export const AGENT_USAGE =
  'warden agent run (--prompt TEXT | --ticket-file FILE | --ticket github:OWNER/REPO#N | --ticket jira:KEY-N | --from-queue) [--provider claude|codex|opencode|cursor|command|script] [--command CMD] [--script FILE] [--sandbox bwrap|docker|podman|none] [--egress-allow HOSTS] [--repo DIR] [--report FILE] [--keep] [--push REMOTE] [--pr]';

const OPTIONS = {
  prompt: { type: 'string' },
  'ticket-file': { type: 'string' },
  ticket: { type: 'string' },
  provider: { type: 'string' },
  command: { type: 'string' },
  script: { type: 'string' },
  sandbox: { type: 'string' },
  'egress-allow': { type: 'string', multiple: true },
  'egress-private': { type: 'string', multiple: true },
  'pass-env': { type: 'string', multiple: true },
  repo: { type: 'string' },
  base: { type: 'string' },
  report: { type: 'string' },
  keep: { type: 'boolean' },
  'keep-failed': { type: 'boolean' },
  timeout: { type: 'string' },
  'from-queue': { type: 'boolean' },
  push: { type: 'string' },
  pr: { type: 'boolean' },
  'github-repo': { type: 'string' },
  queue: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function agentCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'run') {
    io.stdout.write(`Usage: ${AGENT_USAGE}\n`);
    return sub === undefined || sub === '--help' || sub === '-h' ? EXIT.usage : (() => { throw new WardenError(`unknown agent subcommand "${sub}". Usage: ${AGENT_USAGE}`); })();
  }
  const { values: v } = parse(rest, OPTIONS, AGENT_USAGE);
  if (v.help) {
    io.stdout.write(`Usage: ${AGENT_USAGE}\n`);
    return EXIT.clean;
  }
  if (v.provider && !(PROVIDERS as readonly string[]).includes(v.provider)) throw new WardenError(`--provider: "${v.provider}" is not one of ${PROVIDERS.join(', ')}`);
  if (v.sandbox && !['bwrap', 'docker', 'podman', 'none'].includes(v.sandbox)) throw new WardenError(`--sandbox: "${v.sandbox}" is not one of bwrap, docker, podman, none`);
  if (!v.prompt && !v['ticket-file'] && !v['from-queue'] && !v.ticket) throw new WardenError(`give the agent a ticket: --prompt "...", --ticket-file FILE or --from-queue. Usage: ${AGENT_USAGE}`);
  const repo = await gitToplevel(path.resolve(io.cwd, v.repo ?? '.'));
  let queue: TicketQueue | undefined;
  let claimed: Ticket | undefined;
  if (v['from-queue']) {
    queue = new TicketQueue(v.queue ? path.resolve(io.cwd, v.queue) : path.join(repo, '.warden', 'queue.db'));
    claimed = queue.claim(`runner-${process.pid}`);
    if (!claimed) {
      queue.close();
      io.stdout.write('warden: the queue has no ticket to claim\n');
      return EXIT.clean;
    }
    io.stdout.write(`warden: claimed ticket ${claimed.id}: ${claimed.title}\n`);
  }
  let report;
  try {
    report = await runAgent({
      repo,
      prompt: claimed && !claimed.ref ? `${claimed.title}\n\n${claimed.body}` : v.prompt,
      ticket: v.ticket ?? (claimed?.ref || undefined),
      ticketFile: v['ticket-file'] ? path.resolve(io.cwd, v['ticket-file']) : undefined,
      provider: v.provider as ProviderName | undefined,
      command: v.command,
      script: v.script ? path.resolve(io.cwd, v.script) : undefined,
      sandbox: v.sandbox as 'bwrap' | 'docker' | 'podman' | 'none' | undefined,
      egressAllow: list(v['egress-allow']),
      egressPrivate: list(v['egress-private']),
      passEnv: list(v['pass-env']),
      base: v.base,
      report: v.report ? path.resolve(io.cwd, v.report) : undefined,
      keep: v.keep,
      keepFailed: v['keep-failed'],
      push: v.push,
      pr: v.pr,
      githubRepo: v['github-repo'],
      timeoutMs: v.timeout ? Number(v.timeout) * 1000 : undefined,
      onOutput: (text) => io.stderr.write(text),
      onWarning: (text) => io.stderr.write(`${text}\n`),
    });
  } catch (err) {
    if (claimed) queue!.finish(claimed.id, 'failed');
    throw new WardenError((err as Error).message);
  } finally {
    if (claimed && report) queue!.finish(claimed.id, report.ok ? 'done' : report.outcome === 'failed' ? 'failed' : 'blocked', report.run);
    queue?.close();
  }
  for (const f of report.findings) io.stdout.write(`${f.file}:${f.line}  ${f.severity}  ${f.ruleId}  ${f.message}\n`);
  for (const d of report.egress.denied) io.stdout.write(`egress denied: ${d.host}:${d.port} (${d.reason ?? 'denied'})\n`);
  const where = report.branch ? ` on ${report.branch}` : '';
  const verdicts: Record<string, string> = {
    committed: `committed ${report.commit?.slice(0, 12)}${where} (Warden-Run: ${report.run}); review and merge it yourself`,
    'blocked-by-gate': `blocked by the gate: ${report.reason}; nothing committed`,
    'blocked-by-agent': `the agent said BLOCKED: ${report.reason}; nothing committed`,
    failed: `failed: ${report.reason}; nothing committed`,
  };
  io.stdout.write(`warden: run ${report.run} ${verdicts[report.outcome]}\n`);
  if (report.pushed) io.stdout.write(`warden: pushed ${report.pushed}\n`);
  if (report.pullRequest) io.stdout.write(`warden: opened ${report.pullRequest}\n`);
  return report.ok ? EXIT.clean : EXIT.findings;
}

export async function auditCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'verify') throw new WardenError('usage: warden audit verify [--file .warden/audit.jsonl]');
  const { values } = parse(rest, { file: { type: 'string' } }, 'warden audit verify [--file FILE]');
  const file = values.file ? path.resolve(io.cwd, values.file) : path.join(await gitToplevel(io.cwd), '.warden', 'audit.jsonl');
  const problems = await verifyAudit(file);
  for (const p of problems) io.stdout.write(`✗ ${p}\n`);
  if (problems.length === 0) io.stdout.write(`✓ ${path.relative(io.cwd, file) || file}: the chain holds\n`);
  return problems.length === 0 ? EXIT.clean : EXIT.findings;
}

export const QUEUE_USAGE = 'warden queue add --title TITLE (--body TEXT | --file FILE) [--ref REF] | list [--json] | claim [--runner NAME] [--json]  [--queue FILE]';

export async function queueCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  const { values: v } = parse(
    rest,
    { title: { type: 'string' }, body: { type: 'string' }, file: { type: 'string' }, ref: { type: 'string' }, runner: { type: 'string' }, json: { type: 'boolean' }, queue: { type: 'string' } },
    QUEUE_USAGE,
  );
  if (!['add', 'list', 'claim'].includes(sub ?? '')) throw new WardenError(`usage: ${QUEUE_USAGE}`);
  const file = v.queue ? path.resolve(io.cwd, v.queue) : path.join(await gitToplevel(io.cwd), '.warden', 'queue.db');
  const queue = new TicketQueue(file);
  try {
    if (sub === 'add') {
      if (!v.title) throw new WardenError(`queue add needs --title. Usage: ${QUEUE_USAGE}`);
      const body = v.body ?? (v.file ? await (await import('node:fs/promises')).readFile(path.resolve(io.cwd, v.file), 'utf8') : '');
      const t = queue.add({ title: v.title, body, ...(v.ref ? { ref: v.ref } : {}) });
      io.stdout.write(v.json ? `${JSON.stringify(t)}\n` : `warden: queued ticket ${t.id}: ${t.title}\n`);
    } else if (sub === 'list') {
      const tickets = queue.list();
      if (v.json) io.stdout.write(`${JSON.stringify(tickets, null, 2)}\n`);
      else for (const t of tickets) io.stdout.write(`${String(t.id).padStart(4)}  ${t.status.padEnd(8)}  ${t.title}${t.claimed_by ? `  (${t.claimed_by})` : ''}\n`);
    } else {
      const t = queue.claim(v.runner ?? `runner-${process.pid}`);
      if (v.json) io.stdout.write(`${JSON.stringify(t ?? null)}\n`);
      else io.stdout.write(t ? `warden: claimed ticket ${t.id}: ${t.title}\n` : 'warden: the queue has no ticket to claim\n');
      if (!t) return EXIT.findings;
    }
    return EXIT.clean;
  } finally {
    queue.close();
  }
}
