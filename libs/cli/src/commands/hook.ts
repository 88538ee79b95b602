// `warden hook pre-commit | pre-push | install`: the git hooks. pre-commit scans the staged content (the index,
// not the working tree) with the secret and license rules; pre-push runs every rule on the commits being pushed,
// through the gate, so an agent branch gets the agent policy; install writes both hooks, or extends existing
// ones, for plain git or husky. The pre-commit framework uses .pre-commit-hooks.yaml at the repository root.
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getReporter, loadConfig, runGate, WardenError } from '@warden/sentinel';
import { parse } from '../args.js';
import { EXIT, type CliIO } from '../io.js';
import { VERSION } from '../version.js';
import { gitOutput, gitToplevel } from './git.js';
import { scanCommand } from './scan.js';

export const HOOK_USAGE = 'warden hook pre-commit | pre-push | install [--force] [--agents claude,codex,cursor [--mcp]] | claude | codex | cursor';

const HELP = `Usage: ${HOOK_USAGE}

  pre-commit   scan what is staged (the index, so a fix left unstaged still blocks) with the secret and license
               rules; exit 1 blocks the commit
  pre-push     scan the commits being pushed with every rule, as the merge gate does (git passes the refs on
               stdin); an agent branch gets the agent policy
  install      write .git/hooks/pre-commit and pre-push (or the husky files in .husky/), or add a line to
               hooks that exist; running it again changes nothing

To let a finding through, fix it, or add "warden-ignore: <rule-id> -- <reason>" in a comment on its line or the
line above. Skipping the hook with --no-verify only moves the check to the merge gate.`;

const ZERO = /^0+$/;
const HOOKS = {
  'pre-commit': 'secrets and license problems in the staged content',
  'pre-push': 'every rule on the commits being pushed',
} as const;

export async function hookCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.write(HELP + '\n');
    return sub === undefined ? EXIT.usage : EXIT.clean;
  }
  if (sub === 'pre-commit') return preCommit(rest, io);
  if (sub === 'pre-push') return prePush(rest, io);
  if (sub === 'install') return install(rest, io);
  // Codex speaks Claude Code's hook protocol (PreToolUse with hookSpecificOutput.permissionDecision).
  if (sub === 'claude' || sub === 'codex' || sub === 'cursor') return (await import('./agent-hooks.js')).agentHookCommand(io, sub);
  if (sub === 'serve') {
    // The agent hooks' daemon, started by the hook client (hook-daemon/client.ts); not for people to run.
    await (await import('../hook-daemon/server.js')).serveHooks();
    return EXIT.clean;
  }
  throw new WardenError(`unknown hook "${sub}". Usage: ${HOOK_USAGE}`);
}

async function preCommit(args: string[], io: CliIO): Promise<number> {
  const code = await scanCommand(['--staged', '--category', 'secret,license', ...args], io);
  if (code === EXIT.findings) io.stderr.write('warden: commit blocked (fix the findings above, or suppress one with a reason)\n');
  return code;
}

interface PushedRef {
  localRef: string;
  localSha: string;
  remoteSha: string;
}

async function prePush(args: string[], io: CliIO): Promise<number> {
  parse(args.slice(2), {}, HOOK_USAGE); // git passes the remote's name and URL; nothing else is accepted
  const root = await gitToplevel(io.cwd);
  const refs = parsePushedRefs(await readAll(io));
  // Without the refs on stdin (another hook before this one read them), check the current branch against its
  // upstream, or nothing.
  if (refs.length === 0) {
    const upstream = await gitOutput(root, ['rev-parse', '--verify', '--quiet', '@{upstream}']);
    const head = await gitOutput(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    const branch = await gitOutput(root, ['symbolic-ref', '--quiet', 'HEAD']);
    if (upstream && head) refs.push({ localRef: branch ?? 'HEAD', localSha: head, remoteSha: upstream });
  }
  const config = await loadConfig(undefined, root);
  let blocked = 0;
  for (const ref of refs) {
    const base = await pushBase(root, ref);
    if (!base) continue;
    const result = await runGate({ root, base, head: ref.localSha, headRef: ref.localRef, config });
    const options = { color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR, verbose: false, failOn: result.failOn, toolVersion: VERSION, root };
    if (result.agent) io.stderr.write(`warden: agent change (${result.agent}): every finding blocks, and protected paths are checked\n`);
    if (result.scan.findings.length > 0 || result.blocking.length > 0) io.stdout.write(getReporter('text').render(result.scan, options) + '\n');
    if (result.blocking.length > 0) {
      blocked++;
      io.stderr.write(`warden: push of ${ref.localRef} blocked by ${result.blocking.length} finding(s)\n`);
    }
  }
  return blocked > 0 ? EXIT.findings : EXIT.clean;
}

/** git's pre-push stdin: `<local ref> <local sha> <remote ref> <remote sha>` per line. */
export function parsePushedRefs(text: string): PushedRef[] {
  const refs: PushedRef[] = [];
  for (const line of text.split('\n')) {
    const [localRef, localSha, , remoteSha] = line.trim().split(/\s+/);
    if (!localRef || !localSha || !remoteSha || ZERO.test(localSha)) continue; // a deletion pushes no code
    refs.push({ localRef, localSha, remoteSha });
  }
  return refs;
}

/**
 * Where the pushed commits start: the remote's old tip, or for a new branch the parent of its first commit no
 * remote has. Undefined when there is nothing new (or only a root commit, whose tree the pre-commit hook saw).
 */
async function pushBase(root: string, ref: PushedRef): Promise<string | undefined> {
  if (!ZERO.test(ref.remoteSha) && (await gitOutput(root, ['cat-file', '-e', `${ref.remoteSha}^{commit}`])) !== undefined) return ref.remoteSha;
  const fresh = await gitOutput(root, ['rev-list', '--reverse', ref.localSha, '--not', '--remotes']);
  const first = fresh?.split('\n')[0];
  if (!first) return undefined;
  return gitOutput(root, ['rev-parse', '--verify', '--quiet', `${first}^`]);
}

async function readAll(io: CliIO): Promise<string> {
  if ((io.stdin as { isTTY?: boolean }).isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

/** A line that runs a warden hook, however the binary is named (`warden`, `.bin/warden`, `'.../warden.js'`). */
const RUNS_WARDEN = /warden(\.js)?'?\s+hook\s+pre-(commit|push)\b/;

async function install(args: string[], io: CliIO): Promise<number> {
  const { values } = parse(args, { force: { type: 'boolean' }, agents: { type: 'string' }, mcp: { type: 'boolean' } }, HOOK_USAGE);
  const root = await gitToplevel(io.cwd);
  if (values.agents !== undefined) {
    const code = await installAgentHooks(root, values.agents, io);
    return values.mcp ? registerMcp(root, values.agents, io) : code;
  }
  const hooksPath = await gitOutput(root, ['config', '--get', 'core.hooksPath']);
  // husky 9 points core.hooksPath at .husky/_ and runs the user's scripts in .husky/: write those.
  const husky = hooksPath !== undefined && /(^|\/)\.husky\/_\/?$/.test(hooksPath);
  const dir = husky
    ? path.join(root, '.husky')
    : path.resolve(root, (await gitOutput(root, ['rev-parse', '--git-path', 'hooks'])) ?? '.git/hooks');
  await mkdir(dir, { recursive: true });
  const command = await wardenCommand(root);
  for (const [hook, what] of Object.entries(HOOKS)) {
    const file = path.join(dir, hook);
    const line = `${command} hook ${hook}${hook === 'pre-push' ? ' "$@"' : ''} || exit $?`;
    const existing = await readFile(file, 'utf8').catch(() => undefined);
    let next: string;
    let verb: string;
    if (existing === undefined) {
      next = `${husky ? '' : '#!/bin/sh\n'}# warden: ${what}\n${line}\n`;
      verb = 'wrote';
    } else if (RUNS_WARDEN.test(existing) && !values.force) {
      io.stdout.write(`warden: ${path.relative(root, file)} already runs warden: unchanged\n`);
      continue;
    } else {
      const kept = existing.split('\n').filter((l) => !RUNS_WARDEN.test(l) && l !== `# warden: ${what}`);
      while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
      next = `${kept.join('\n')}\n\n# warden: ${what}\n${line}\n`;
      verb = RUNS_WARDEN.test(existing) ? 'rewrote the warden line in' : 'added warden to';
    }
    await writeFile(file, next);
    await chmod(file, 0o755);
    io.stdout.write(`warden: ${verb} ${path.relative(root, file)}\n`);
  }
  return EXIT.clean;
}

/**
 * How a hook calls warden: the project's own install when there is one (fast: no npx), else this very binary
 * by absolute path. Hooks run from the repository root.
 */
async function wardenCommand(root: string): Promise<string> {
  const local = path.join(root, 'node_modules', '.bin', 'warden');
  if (await readFile(local).then(() => true, () => false)) return './node_modules/.bin/warden';
  const self = process.argv[1] ? path.resolve(process.argv[1]) : undefined;
  if (!self) throw new WardenError('cannot tell where the warden binary is: install it as a devDependency (npm i -D @warden/cli)');
  return `${quote(process.execPath)} ${quote(self)}`;
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `warden hook install --agents claude,codex,cursor`: Warden in each agent's own loop, merged into its project settings. */
async function installAgentHooks(root: string, agents: string, io: CliIO): Promise<number> {
  const { CLIENT_HOOKS, ignoreAuditLog, parseAgentClients } = await import('@warden/agent/clients');
  const clients = clientsOf(agents, parseAgentClients);
  const hasLocal = await readFile(path.join(root, 'node_modules', '.bin', 'warden')).then(() => true, () => false);
  // The project's own install, found from any folder of the repository; else this binary by absolute path.
  const command = hasLocal ? '"$(git rev-parse --show-toplevel)"/node_modules/.bin/warden hook' : `${quote(process.execPath)} ${quote(path.resolve(process.argv[1] ?? ''))} hook`;
  for (const client of clients) {
    const { file, merge } = CLIENT_HOOKS[client];
    await mergeJsonFile(root, file, (existing) => merge(existing, command), io, `added warden to ${file}`, `${file} already runs warden: unchanged`);
  }
  const gitignore = await readFile(path.join(root, '.gitignore'), 'utf8').catch(() => '');
  const ignored = ignoreAuditLog(gitignore);
  if (ignored !== undefined) {
    await writeFile(path.join(root, '.gitignore'), ignored);
    io.stdout.write('warden: added /.warden/ to .gitignore\n');
  }
  return EXIT.clean;
}

/** `--mcp`: register `warden mcp` with the clients that read a project MCP file (.mcp.json, .cursor/mcp.json). */
async function registerMcp(root: string, agents: string, io: CliIO): Promise<number> {
  const { CLIENT_MCP_FILES, mergeMcpServer, parseAgentClients } = await import('@warden/agent/clients');
  const local = await readFile(path.join(root, 'node_modules', '.bin', 'warden')).then(() => true, () => false);
  const server = local ? { command: 'node_modules/.bin/warden', args: ['mcp'] } : { command: process.execPath, args: [path.resolve(process.argv[1] ?? ''), 'mcp'] };
  for (const client of clientsOf(agents, parseAgentClients)) {
    const file = CLIENT_MCP_FILES[client];
    if (file) await mergeJsonFile(root, file, (existing) => mergeMcpServer(existing, server), io, `registered warden mcp in ${file}`, `${file} already registers warden: unchanged`);
  }
  return EXIT.clean;
}

function clientsOf<T>(agents: string, parseAgentClients: (list: string) => T[]): T[] {
  try {
    return parseAgentClients(agents);
  } catch (err) {
    throw new WardenError((err as Error).message);
  }
}

/** Reads a client's JSON file (a broken one is refused, never overwritten), merges, and writes what changed. */
async function mergeJsonFile(root: string, rel: string, merge: (existing: Record<string, unknown>) => Record<string, unknown> | undefined, io: CliIO, added: string, unchanged: string): Promise<void> {
  const file = path.join(root, rel);
  let existing: Record<string, unknown> = {};
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text !== undefined) {
    try {
      existing = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new WardenError(`${rel} is not JSON: fix it first, Warden will not overwrite it`);
    }
  }
  const next = merge(existing);
  if (!next) {
    io.stdout.write(`warden: ${unchanged}\n`);
    return;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(next, null, 2)}\n`);
  io.stdout.write(`warden: ${added}\n`);
}
