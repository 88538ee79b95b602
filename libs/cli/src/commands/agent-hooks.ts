// `warden hook claude`: Warden inside Claude Code's loop. Claude Code runs it before each tool call
// (PreToolUse) and before each prompt is sent (UserPromptSubmit), with the event as JSON on stdin; a refusal
// goes back to the model as the tool's result, so it corrects itself at once. It fails closed: anything that
// goes wrong denies the call with a one-line reason.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createSecretDetector, loadConfig, scan, isBlocking, type Finding, type Severity } from '@warden/sentinel';
import { EXIT, type CliIO } from '../io.js';
import { gitOutput } from './git.js';

interface ClaudeEvent {
  hook_event_name?: string;
  cwd?: string;
  tool_name?: string;
  tool_input?: Record<string, unknown>;
  prompt?: string;
}

type Decision = { allow: true } | { allow: false; reason: string };

export async function claudeHook(io: CliIO): Promise<number> {
  let event: ClaudeEvent = {};
  let decision: Decision;
  try {
    const raw = await readStdin(io);
    event = JSON.parse(raw) as ClaudeEvent;
    decision = await decide(event, io);
  } catch (err) {
    decision = { allow: false, reason: `warden: the hook failed (${(err as Error).message.split('\n')[0]}), so the call is denied` };
  }
  io.stdout.write(`${JSON.stringify(answer(event, decision))}\n`);
  return EXIT.clean;
}

function answer(event: ClaudeEvent, decision: Decision): Record<string, unknown> {
  if (event.hook_event_name === 'UserPromptSubmit') return decision.allow ? {} : { decision: 'block', reason: decision.reason };
  return {
    hookSpecificOutput: {
      hookEventName: 'PreToolUse',
      permissionDecision: decision.allow ? 'allow' : 'deny',
      ...(decision.allow ? {} : { permissionDecisionReason: decision.reason }),
    },
  };
}

async function decide(event: ClaudeEvent, io: CliIO): Promise<Decision> {
  const cwd = event.cwd ?? io.cwd;
  const root = (await gitOutput(cwd, ['rev-parse', '--show-toplevel'])) ?? cwd;
  if (event.hook_event_name === 'UserPromptSubmit') return secretsIn(event.prompt ?? '', 'the prompt', 'Pass it in an environment variable instead, or run the agent through Warden\'s Shield gateway (warden shield gateway).');
  const input = event.tool_input ?? {};
  switch (event.tool_name) {
    case 'Write':
      return fileChange(root, cwd, String(input.file_path ?? ''), async () => String(input.content ?? ''));
    case 'Edit':
      return fileChange(root, cwd, String(input.file_path ?? ''), async (current) => applyEdit(current, input as { old_string?: string; new_string?: string; replace_all?: boolean }));
    case 'MultiEdit':
      return fileChange(root, cwd, String(input.file_path ?? ''), async (current) =>
        ((input.edits as Array<{ old_string?: string; new_string?: string; replace_all?: boolean }>) ?? []).reduce(applyEdit, current),
      );
    case 'Bash':
      return bash(String(input.command ?? ''));
    case 'Read':
      return read(root, cwd, String(input.file_path ?? ''));
    default:
      return { allow: true };
  }
}

function applyEdit(current: string, edit: { old_string?: string; new_string?: string; replace_all?: boolean }): string {
  const from = edit.old_string ?? '';
  if (from === '') return current + (edit.new_string ?? '');
  return edit.replace_all ? current.split(from).join(edit.new_string ?? '') : current.replace(from, () => edit.new_string ?? '');
}

/** The file as it will be after the tool runs, scanned with every pack; findings on the lines it changes deny. */
async function fileChange(root: string, cwd: string, filePath: string, next: (current: string) => Promise<string>): Promise<Decision> {
  if (!filePath) return { allow: true };
  const abs = path.resolve(cwd, filePath);
  const rel = path.relative(root, abs).split(path.sep).join('/');
  const current = await readFile(abs, 'utf8').catch(() => '');
  const after = await next(current);
  const before = new Set(current.split('\n'));
  const changed = new Set(after.split('\n').flatMap((line, i) => (before.has(line) ? [] : [i + 1])));
  const config = await loadConfig(undefined, root);
  const result = await scan({ target: { kind: 'stdin', filename: rel, content: Buffer.from(after) }, root, config, workers: 0 });
  const failOn: Severity = config.config.failOn;
  const blocking = result.findings.filter((f) => isBlocking(f, failOn) && rangeTouches(f, changed));
  if (blocking.length === 0) return { allow: true };
  return { allow: false, reason: `Warden blocked this change to ${rel}:\n${blocking.map((f) => describe(rel, f)).join('\n')}\nFix these and write the file again (or suppress one with "warden-ignore: <rule-id> -- <reason>").` };
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
  return { allow: false, reason: `Warden blocked ${where}: it carries a secret (${kinds}). ${wayOut}` };
}

const RUNNER_GIT = /\bgit\b[^|;&]*\b(commit|push|config\s+[^|;&]*core\.hooksPath)\b|--no-verify\b|\.git\/hooks\//;

async function bash(command: string): Promise<Decision> {
  const secret = await secretsIn(command, 'this command', 'Read it from an environment variable instead of writing it into the command.');
  if (!secret.allow) return secret;
  // In a Warden agent run the runner owns git: the agent does not commit, push, skip hooks or touch them.
  if (process.env.WARDEN_RUN && RUNNER_GIT.test(command)) return { allow: false, reason: 'Warden blocked this command: in an agent run the runner owns git (no commit, push, --no-verify or hook changes). Leave your changes in the files.' };
  return { allow: true };
}

async function read(root: string, cwd: string, filePath: string): Promise<Decision> {
  if (!filePath) return { allow: true };
  const abs = path.resolve(cwd, filePath);
  const text = await readFile(abs, 'utf8').catch(() => undefined);
  if (text === undefined) return { allow: true };
  const rel = path.relative(root, abs).split(path.sep).join('/');
  const detector = await createSecretDetector();
  if (detector.find(text, rel).length === 0) return { allow: true };
  return { allow: false, reason: `Warden blocked reading ${rel}: it holds live secrets, which would be sent to the model. Run the agent through Warden's Shield gateway (warden shield gateway), which replaces them with placeholders.` };
}

async function readStdin(io: CliIO): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}
