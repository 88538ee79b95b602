// `warden hook claude | codex | cursor`: Warden inside a coding agent's loop. The client runs it before each
// tool call and before each prompt is sent, with the event as JSON on stdin; a refusal goes back to the model
// as the tool's result, so it corrects itself at once. answerHook is the whole decision, shared by the command
// and the warm daemon (hook-daemon/). It fails closed: anything that goes wrong denies the call with a one-line
// reason. Each decision is audited as metadata (client, event, tool, outcome, rule ids): inside an agent run
// into the run's hook log, which the runner folds into the run's record; elsewhere into the repository's
// .warden/audit.jsonl.
import { appendFile, open, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { appendAudit, type HookDecision } from '@warden/agent/audit';
import { createSecretDetector, loadConfig, scan, isBlocking, PROTECTED_PATH_RULE, protectedPattern, type Finding, type LoadedConfig, type Severity } from '@warden/sentinel';
import { EXIT, type CliIO } from '../io.js';
import { shellFiles } from './shell-files.js';

interface ClaudeEvent {
  hook_event_name?: string;
  cwd?: string;
  tool_name?: string;
  tool_input?: Record<string, unknown>;
  prompt?: string;
}

/** An allow may carry a warning for the user (reads: "warn"); a deny always says why, and by which rules. */
type Decision = { allow: true; warning?: string; rules?: string[] } | { allow: false; reason: string; rules: string[] };

/** Where the hook runs and under which policy. */
interface HookContext {
  cwd: string;
  root: string;
  config: LoadedConfig;
  /** Inside a Warden agent run (WARDEN_RUN): the runner owns git, protected paths are off limits. */
  inRun: boolean;
}

/** What a client asks, in one shape for every client. */
type Ask =
  | { kind: 'prompt'; text: string }
  | { kind: 'write'; file: string; content: string }
  /** A notebook cell's new source (NotebookEdit): scanned as a file of the cell's language, all of it new. */
  | { kind: 'cell'; file: string; source: string; language: 'py' | 'md' }
  | { kind: 'edit'; file: string; edits: Array<{ old_string?: string; new_string?: string; replace_all?: boolean }> }
  | { kind: 'patch'; patch: string }
  | { kind: 'bash'; command: string }
  /** content: what the client says it will send (Cursor), else the file on disk. */
  | { kind: 'read'; file: string; content?: string }
  /** After the edit (Cursor): the file as it is, findings on the lines the edit wrote. */
  | { kind: 'edited'; file: string; added: string[] }
  | { kind: 'other' };

/** One hook call: the client, its event JSON as read from stdin, and the caller's surroundings. */
export interface HookRequest {
  client: 'claude' | 'codex' | 'cursor';
  input: string;
  cwd: string;
  /** WARDEN_RUN: inside a Warden agent run. */
  run?: string;
  /** WARDEN_HOOK_LOG: the run's hook log, where decisions go instead of the repository's audit log. */
  hookLog?: string;
}

/** What the client reads back. */
export interface HookReply {
  stdout: string;
  stderr: string;
}

interface Surroundings {
  run?: string;
  hookLog?: string;
  /** Called when the decision came too late (the CLI exits; the hook daemon carries on). */
  onLate?: () => void;
}

/** The answer to one hook call, in the client's format. Never throws: a failure is a deny. */
export async function answerHook(request: HookRequest, onLate?: () => void): Promise<HookReply> {
  const env: Surroundings = { run: request.run, hookLog: request.hookLog, onLate };
  return request.client === 'cursor' ? cursorAnswer(request.input, request.cwd, env) : claudeAnswer(request.input, request.cwd, request.client, env);
}

/** `warden hook claude|codex|cursor`, in this process. */
export async function agentHookCommand(io: CliIO, client: HookRequest['client']): Promise<number> {
  const input = await readStdin(io);
  const reply = await answerHook({ client, input, cwd: io.cwd, run: io.env.WARDEN_RUN, hookLog: io.env.WARDEN_HOOK_LOG }, () => setTimeout(() => process.exit(), 200).unref());
  io.stdout.write(reply.stdout);
  if (reply.stderr) io.stderr.write(reply.stderr);
  return EXIT.clean;
}

/** Claude Code and Codex: the same event and answer shapes. */
async function claudeAnswer(input: string, callerCwd: string, client: 'claude' | 'codex', env: Surroundings): Promise<HookReply> {
  let event: ClaudeEvent = {};
  let decision: Decision;
  try {
    event = JSON.parse(input) as ClaudeEvent;
    const cwd = event.cwd ?? callerCwd;
    const root = await repositoryRoot(cwd);
    decision = await judge(askOfClaude(event), cwd, root, { client, event: event.hook_event_name ?? 'unknown', tool: event.tool_name }, env);
  } catch (err) {
    decision = failed(err);
  }
  return { stdout: `${JSON.stringify(answer(event, decision))}\n`, stderr: '' };
}

interface CursorEvent {
  hook_event_name?: string;
  workspace_roots?: string[];
  cwd?: string;
  command?: string;
  file_path?: string;
  content?: string;
  prompt?: string;
  edits?: Array<{ old_string?: string; new_string?: string }>;
}

/**
 * Cursor (hooks.json version 1): beforeSubmitPrompt answers { continue }, beforeShellExecution and
 * beforeReadFile answer { permission, userMessage, agentMessage }. afterFileEdit comes after the edit, so it
 * can only report: its findings go to stderr and the audit log, and the git hook and the gate stop them.
 */
async function cursorAnswer(input: string, callerCwd: string, env: Surroundings): Promise<HookReply> {
  let event: CursorEvent = {};
  let decision: Decision;
  let stderr = '';
  try {
    event = JSON.parse(input) as CursorEvent;
    const cwd = event.cwd ?? event.workspace_roots?.[0] ?? callerCwd;
    const root = await repositoryRoot(cwd);
    const ask: Ask =
      event.hook_event_name === 'beforeSubmitPrompt'
        ? { kind: 'prompt', text: event.prompt ?? '' }
        : event.hook_event_name === 'beforeShellExecution'
          ? { kind: 'bash', command: event.command ?? '' }
          : event.hook_event_name === 'beforeReadFile'
            ? { kind: 'read', file: event.file_path ?? '', ...(typeof event.content === 'string' ? { content: event.content } : {}) }
            : event.hook_event_name === 'afterFileEdit'
              ? { kind: 'edited', file: event.file_path ?? '', added: (event.edits ?? []).map((e) => e.new_string ?? '') }
              : { kind: 'other' };
    decision = await judge(ask, cwd, root, { client: 'cursor', event: event.hook_event_name ?? 'unknown' }, env);
    if (ask.kind === 'edited' && decision.allow && decision.warning) stderr = `${decision.warning}\n`;
  } catch (err) {
    decision = failed(err);
  }
  const out =
    event.hook_event_name === 'afterFileEdit'
      ? {}
      : event.hook_event_name === 'beforeSubmitPrompt'
        ? decision.allow
          ? { continue: true }
          : { continue: false, userMessage: decision.reason }
        : decision.allow
          ? { permission: 'allow', ...(decision.warning ? { userMessage: decision.warning } : {}) }
          : { permission: 'deny', userMessage: decision.reason, agentMessage: decision.reason };
  return { stdout: `${JSON.stringify(out)}\n`, stderr };
}

/**
 * The repository around cwd: the nearest folder with a .git (a folder, or a file in worktrees and submodules),
 * as `git rev-parse --show-toplevel` finds it, without starting git on every tool call.
 */
async function repositoryRoot(cwd: string): Promise<string | undefined> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (await stat(path.join(dir, '.git')).then(() => true, () => false)) return realpath(dir).catch(() => dir);
    if (dir === path.dirname(dir)) return undefined;
  }
}

function failed(err: unknown): Decision {
  return { allow: false, reason: `warden: the hook failed (${(err as Error).message.split('\n')[0]}), so the call is denied`, rules: ['hook.failed'] };
}

/**
 * The decision, once it is in the audit log. A decision that cannot be logged denies (fail closed). Outside a
 * git repository there is no log to write, and nothing is logged.
 */
async function audited(decision: Decision, root: string | undefined, about: Pick<HookDecision, 'client' | 'event' | 'tool'>, runLog: string | undefined): Promise<Decision> {
  const entry: HookDecision = { time: new Date().toISOString(), ...about, outcome: decision.allow ? (decision.warning ? 'warn' : 'allow') : 'deny', rules: decision.rules ?? [] };
  if (runLog) await appendFile(runLog, `${JSON.stringify(entry)}\n`);
  else if (root) await appendAudit(path.join(root, '.warden', 'audit.jsonl'), { kind: 'hook', ...entry });
  return decision;
}

function answer(event: ClaudeEvent, decision: Decision): Record<string, unknown> {
  if (event.hook_event_name === 'UserPromptSubmit') return decision.allow ? {} : { decision: 'block', reason: decision.reason };
  return {
    hookSpecificOutput: {
      hookEventName: 'PreToolUse',
      permissionDecision: decision.allow ? 'allow' : 'deny',
      ...(decision.allow ? (decision.warning ? { permissionDecisionReason: decision.warning } : {}) : { permissionDecisionReason: decision.reason }),
    },
  };
}

/** Claude Code's and Codex's PreToolUse and UserPromptSubmit events (Codex follows Claude Code's shapes). */
function askOfClaude(event: ClaudeEvent): Ask {
  if (event.hook_event_name === 'UserPromptSubmit') return { kind: 'prompt', text: event.prompt ?? '' };
  const input = event.tool_input ?? {};
  const file = String(input.file_path ?? '');
  switch (event.tool_name) {
    case 'Write':
      return { kind: 'write', file, content: String(input.content ?? '') };
    case 'NotebookEdit':
      if (input.edit_mode === 'delete') return { kind: 'other' };
      return { kind: 'cell', file: String(input.notebook_path ?? ''), source: String(input.new_source ?? ''), language: input.cell_type === 'markdown' ? 'md' : 'py' };
    case 'Edit':
      return { kind: 'edit', file, edits: [input as { old_string?: string; new_string?: string; replace_all?: boolean }] };
    case 'MultiEdit':
      return { kind: 'edit', file, edits: (input.edits as Array<{ old_string?: string; new_string?: string }>) ?? [] };
    case 'Bash':
    case 'shell':
    case 'local_shell':
      return { kind: 'bash', command: Array.isArray(input.command) ? (input.command as string[]).join(' ') : String(input.command ?? '') };
    case 'apply_patch': {
      // Codex sends the patch envelope in tool_input.command (a string, or argv whose last word is the patch);
      // older builds used input or patch.
      const candidates = [input.command, input.input, input.patch].flatMap((v) => (Array.isArray(v) ? [v.at(-1)] : [v]));
      const body = candidates.find((v): v is string => typeof v === 'string' && v.includes('*** Begin Patch'));
      return { kind: 'patch', patch: body ?? '' };
    }
    case 'Read':
      return { kind: 'read', file };
    default:
      return { kind: 'other' };
  }
}

/**
 * The decision, audited, within agentHooks.timeoutMs (fail closed: a hook that hangs, on a lock or a slow disk,
 * denies; its leftover work is cut short). The config is read first: one that cannot be read denies too.
 */
async function judge(ask: Ask, cwd: string, root: string | undefined, about: Pick<HookDecision, 'client' | 'event' | 'tool'>, env: Surroundings): Promise<Decision> {
  const config = await loadConfig(undefined, root ?? cwd);
  const ctx: HookContext = { cwd, root: root ?? cwd, config, inRun: Boolean(env.run) };
  const limit = config.config.agentHooks.timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Decision>((resolve) => {
    timer = setTimeout(() => {
      env.onLate?.();
      resolve({ allow: false, reason: `warden: the hook did not decide within ${limit} ms, so the call is denied`, rules: ['hook.timeout'] });
    }, limit);
  });
  const decided = (async () => {
    let decision = await decide(ask, ctx);
    // After the fact (Cursor's afterFileEdit) nothing can be refused: the findings are reported instead.
    if (ask.kind === 'edited' && !decision.allow) {
      decision = { allow: true, warning: decision.reason.replace('Warden blocked this change to', 'Warden found problems in the edit to'), rules: decision.rules };
    }
    return audited(decision, root, about, env.hookLog);
  })();
  try {
    return await Promise.race([decided, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function decide(ask: Ask, ctx: HookContext): Promise<Decision> {
  switch (ask.kind) {
    case 'prompt':
      return secretsIn(ask.text, 'the prompt', "Pass it in an environment variable instead, or run the agent through Warden's Shield gateway (warden shield gateway).");
    case 'write':
      return fileChange(ctx, ask.file, async () => ask.content);
    case 'cell': {
      if (!ask.file) return { allow: true };
      const guarded = protectedWrite(ctx, [ask.file], 'a change to');
      if (!guarded.allow) return guarded;
      // The cell alone, named after the notebook so messages point at it, with the extension of its language.
      return fileChange(ctx, `${ask.file}.cell.${ask.language}`, async () => ask.source, undefined, true);
    }
    case 'edit':
      return fileChange(ctx, ask.file, async (current) => ask.edits.reduce(applyEdit, current));
    case 'patch':
      return patch(ctx, ask.patch);
    case 'bash':
      return bash(ctx, ask.command);
    case 'read':
      return read(ctx, ask.file, ask.content);
    case 'edited':
      return fileChange(ctx, ask.file, async (current) => current, new Set(ask.added.flatMap((t) => t.split('\n'))));
    default:
      return { allow: true };
  }
}

/** Protected paths (gate.protectedPaths) are off limits in agent runs, and elsewhere when agentHooks.protectedPaths says so. */
function protectedWrite(ctx: HookContext, files: string[], how: string): Decision {
  if (!ctx.inRun && !ctx.config.config.agentHooks.protectedPaths) return { allow: true };
  for (const file of files) {
    const rel = relativePath(ctx, file);
    const pattern = protectedPattern(rel, ctx.config.config.gate.protectedPaths);
    if (pattern) {
      return {
        allow: false,
        reason: `Warden blocked ${how} ${rel}: it is a protected path (${pattern}): CI, git hooks, CODEOWNERS, warden.json and registry settings are changed by people, not agents. Leave it as it is and say in your reply what should change there.`,
        rules: [PROTECTED_PATH_RULE.id],
      };
    }
  }
  return { allow: true };
}

function relativePath(ctx: HookContext, file: string): string {
  return path.relative(ctx.root, path.resolve(ctx.cwd, file)).split(path.sep).join('/');
}

/**
 * A Codex apply_patch body (*** Begin Patch / *** Add File / *** Update File / @@ hunks): each file as it will
 * be, checked like a write. A hunk that no longer matches the file is checked by its added lines alone.
 */
async function patch(ctx: HookContext, body: string): Promise<Decision> {
  const files: Array<{ file: string; add: boolean; hunks: string[][] }> = [];
  const touched: string[] = [];
  for (const line of body.split('\n')) {
    const head = /^\*\*\* (Add|Update|Delete) File: (.+)$/.exec(line) ?? /^\*\*\* Move to: (.+)$/.exec(line);
    if (head) touched.push(head[2]?.trim() ?? head[1]!.trim());
    if (head?.[1] === 'Add' || head?.[1] === 'Update') files.push({ file: head[2]!.trim(), add: head[1] === 'Add', hunks: [[]] });
    else if (head || /^\*\*\* (End Patch|Begin Patch)/.test(line)) continue;
    else if (line.startsWith('@@')) files.at(-1)?.hunks.push([]);
    else files.at(-1)?.hunks.at(-1)?.push(line);
  }
  const guarded = protectedWrite(ctx, touched, 'a patch to');
  if (!guarded.allow) return guarded;
  for (const f of files) {
    const decision = await fileChange(ctx, f.file, async (current) => {
      if (f.add) return f.hunks.flat().map((l) => l.slice(1)).join('\n');
      let text = current;
      for (const hunk of f.hunks) {
        const before = hunk.filter((l) => !l.startsWith('+')).map((l) => l.slice(1)).join('\n');
        const after = hunk.filter((l) => !l.startsWith('-')).map((l) => l.slice(1)).join('\n');
        text = before && text.includes(before) ? text.replace(before, () => after) : `${text}\n${after}`;
      }
      return text;
    });
    if (!decision.allow) return decision;
  }
  return { allow: true };
}

function applyEdit(current: string, edit: { old_string?: string; new_string?: string; replace_all?: boolean }): string {
  const from = edit.old_string ?? '';
  if (from === '') return current + (edit.new_string ?? '');
  return edit.replace_all ? current.split(from).join(edit.new_string ?? '') : current.replace(from, () => edit.new_string ?? '');
}

/** The file as it will be after the tool runs, scanned with every pack; findings on the lines it changes deny. */
async function fileChange(ctx: HookContext, filePath: string, next: (current: string) => Promise<string>, written?: Set<string>, virtual = false): Promise<Decision> {
  if (!filePath) return { allow: true };
  if (!written && !virtual) {
    const guarded = protectedWrite(ctx, [filePath], 'a change to');
    if (!guarded.allow) return guarded;
  }
  const { root, config } = ctx;
  const abs = path.resolve(ctx.cwd, filePath);
  const rel = relativePath(ctx, filePath);
  const current = virtual ? '' : await readFile(abs, 'utf8').catch(() => '');
  const after = await next(current);
  // The lines the tool changes: those not in the file before it, or (after the fact) the lines it wrote.
  const before = new Set(current.split('\n'));
  const isChanged = written ? (line: string) => line.trim() !== '' && written.has(line) : (line: string) => !before.has(line);
  const changed = new Set(after.split('\n').flatMap((line, i) => (isChanged(line) ? [i + 1] : [])));
  const result = await scan({ target: { kind: 'stdin', filename: rel, content: Buffer.from(after) }, root, config, workers: 0 });
  const failOn: Severity = config.config.agentHooks.failOn ?? config.config.failOn;
  const blocking = result.findings.filter((f) => isBlocking(f, failOn) && rangeTouches(f, changed));
  if (blocking.length === 0) return { allow: true };
  return {
    allow: false,
    reason: `Warden blocked this change to ${rel}:\n${blocking.map((f) => describe(rel, f)).join('\n')}\nFix these and write the file again (or suppress one with "warden-ignore: <rule-id> -- <reason>").`,
    rules: [...new Set(blocking.map((f) => f.ruleId))],
  };
}

function rangeTouches(f: Finding, changed: Set<number>): boolean {
  for (let line = f.start.line; line <= f.end.line; line++) if (changed.has(line)) return true;
  return false;
}

function describe(file: string, f: Finding): string {
  const cwe = f.cwe.length ? ` (${f.cwe.map((c) => `CWE-${c}`).join(', ')})` : '';
  const secret = f.secret ? ` [${f.secret.redacted}]` : '';
  return `- ${file}:${f.start.line} ${f.ruleId}${cwe}: ${f.message}${secret}${f.fix ? ` Fix: ${f.fix}` : ''}`;
}

async function secretsIn(text: string, where: string, wayOut: string): Promise<Decision> {
  const detector = await createSecretDetector();
  const spans = detector.find(text);
  if (spans.length === 0) return { allow: true };
  const kinds = [...new Set(spans.map((s) => s.provider ?? s.ruleId))].join(', ');
  return { allow: false, reason: `Warden blocked ${where}: it carries a secret (${kinds}). ${wayOut}`, rules: [...new Set(spans.map((s) => s.ruleId))] };
}

const RUNNER_GIT = /\bgit\b[^|;&]*\b(commit|push|config\s+[^|;&]*core\.hooksPath)\b|--no-verify\b|\.git\/hooks\//;

async function bash(ctx: HookContext, command: string): Promise<Decision> {
  const secret = await secretsIn(command, 'this command', 'Read it from an environment variable instead of writing it into the command.');
  if (!secret.allow) return secret;
  // In a Warden agent run the runner owns git: the agent does not commit, push, skip hooks or touch them.
  if ((ctx.inRun || ctx.config.config.agentHooks.runnerGit) && RUNNER_GIT.test(command)) {
    return { allow: false, reason: 'Warden blocked this command: in an agent run the runner owns git (no commit, push, --no-verify or hook changes). Leave your changes in the files.', rules: ['agent.runner-owns-git'] };
  }
  const files = shellFiles(command);
  const guarded = protectedWrite(ctx, files.writes, 'a command that writes');
  if (!guarded.allow) return guarded;
  // `cat .env` is the Read tool's way around: a command that prints or sends a file with live secrets is judged
  // as that read would be.
  let warned: Decision | undefined;
  for (const file of files.reads.slice(0, 20)) {
    const decision = await read(ctx, file, undefined, 'a command that reads');
    if (!decision.allow) return decision;
    if (decision.warning) warned ??= decision;
  }
  return warned ?? { allow: true };
}

/** Reading a file with live secrets sends them to the model: denied, warned or allowed as agentHooks.reads says. */
async function read(ctx: HookContext, filePath: string, content?: string, how = 'reading'): Promise<Decision> {
  const { reads, allowRead } = ctx.config.config.agentHooks;
  if (!filePath || reads === 'allow') return { allow: true };
  const rel = relativePath(ctx, filePath);
  if (protectedPattern(rel, allowRead)) return { allow: true };
  const text = content ?? (await head(path.resolve(ctx.cwd, filePath), ctx.config.config.maxFileSize));
  if (text === undefined) return { allow: true };
  const detector = await createSecretDetector();
  const spans = detector.find(text, rel);
  if (spans.length === 0) return { allow: true };
  const rules = [...new Set(spans.map((s) => s.ruleId))];
  const why = `it holds live secrets (${[...new Set(spans.map((s) => s.provider ?? s.ruleId))].join(', ')}), which would be sent to the model.`;
  const wayOut = `Run the agent through Warden's Shield gateway (warden shield gateway), which replaces them with placeholders, or list the file in agentHooks.allowRead in warden.json.`;
  if (reads === 'warn') return { allow: true, warning: `Warden: ${how} ${rel}: ${why} ${wayOut}`, rules };
  return { allow: false, reason: `Warden blocked ${how} ${rel}: ${why} ${wayOut}`, rules };
}

/** A file's first `limit` bytes as text (a 2 GB log is not read whole for one hook call); undefined if unreadable. */
async function head(file: string, limit: number): Promise<string | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const buffer = Buffer.alloc(Math.min(limit, (await handle.stat()).size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

async function readStdin(io: CliIO): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}
