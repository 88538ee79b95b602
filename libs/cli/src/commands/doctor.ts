// `warden doctor`: is this repository guarded? Hooks installed, rule packs load, warden.json valid, a sandbox
// backend for agent runs, and (only given a GitHub token: no network call without one) whether the default
// branch requires a reviewed pull request, so nothing an agent pushes lands unreviewed.
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { defaultRulesDir, loadConfig, loadRules, WardenError } from '@warden/sentinel';
import { parse } from '../args.js';
import { EXIT, type CliIO } from '../io.js';
import { gitOutput, gitToplevel } from './git.js';

export const DOCTOR_USAGE = 'warden doctor [--github-token TOKEN] [--json]';

type Status = 'ok' | 'warn' | 'fail' | 'skip';
interface Check {
  name: string;
  status: Status;
  detail: string;
}

const OPTIONS = {
  'github-token': { type: 'string' },
  'github-api': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function doctorCommand(args: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parse(args, OPTIONS, DOCTOR_USAGE);
  if (v.help) {
    io.stdout.write(
      `Usage: ${DOCTOR_USAGE}\n\nChecks the git hooks, the rule packs, warden.json, the sandbox backends and, with a GitHub token\n($GITHUB_TOKEN, $GH_TOKEN or --github-token), the default branch's protection. Exit 1 when a check fails.\n`,
    );
    return EXIT.clean;
  }
  if (positionals.length > 0) throw new WardenError(`unexpected argument "${positionals[0]}". Usage: ${DOCTOR_USAGE}`);
  const root = await gitToplevel(io.cwd);
  const checks: Check[] = [];
  checks.push(...(await hookChecks(root)));
  checks.push(...(await agentHookChecks(root)));
  checks.push(await configCheck(root));
  checks.push(await rulesCheck());
  checks.push(...(await sandboxChecks()));
  const token = v['github-token'] ?? (io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined);
  checks.push(await branchProtectionCheck(root, token, v['github-api'] ?? io.env.WARDEN_GITHUB_API ?? 'https://api.github.com'));
  checks.push(...(await ticketTokenChecks(token, io.env)));

  if (v.json) io.stdout.write(JSON.stringify({ checks }, null, 2) + '\n');
  else {
    const mark: Record<Status, string> = { ok: '✓', warn: '!', fail: '✗', skip: '-' };
    for (const c of checks) io.stdout.write(`${mark[c.status]} ${c.name}: ${c.detail}\n`);
  }
  return checks.some((c) => c.status === 'fail') ? EXIT.findings : EXIT.clean;
}

const RUNS_WARDEN = /warden(\.js)?'?\s+hook\s+pre-(commit|push)\b/;

async function hookChecks(root: string): Promise<Check[]> {
  const hooksPath = await gitOutput(root, ['config', '--get', 'core.hooksPath']);
  const husky = hooksPath !== undefined && /(^|\/)\.husky\/_\/?$/.test(hooksPath);
  const dir = husky ? path.join(root, '.husky') : path.resolve(root, (await gitOutput(root, ['rev-parse', '--git-path', 'hooks'])) ?? '.git/hooks');
  const preCommitConfig = await readFile(path.join(root, '.pre-commit-config.yaml'), 'utf8').catch(() => '');
  const out: Check[] = [];
  for (const hook of ['pre-commit', 'pre-push']) {
    const file = path.join(dir, hook);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    const rel = path.relative(root, file);
    const viaFramework = new RegExp(`id:\\s*warden${hook === 'pre-push' ? '-pre-push' : ''}\\s*$`, 'm').test(preCommitConfig) && text !== undefined;
    if (text !== undefined && (RUNS_WARDEN.test(text) || viaFramework)) out.push({ name: `${hook} hook`, status: 'ok', detail: viaFramework ? `${rel} (the pre-commit framework)` : rel });
    else out.push({ name: `${hook} hook`, status: 'fail', detail: `${rel} does not run warden: run \`warden hook install\` (or \`nx g @warden/nx:init\`)` });
  }
  return out;
}

/**
 * Warden in the coding agents' own loops: for each client whose project configuration exists, whether its hooks
 * run Warden and whether the binary they call is there. A client not set up in this repository is skipped.
 */
async function agentHookChecks(root: string): Promise<Check[]> {
  const { AGENT_CLIENTS, CLIENT_HOOKS, wardenHookCommands } = await import('@warden/agent/clients');
  const names: Record<string, string> = { claude: 'Claude Code', codex: 'Codex', cursor: 'Cursor' };
  const checks: Check[] = [];
  for (const client of AGENT_CLIENTS) {
    const { file } = CLIENT_HOOKS[client];
    const name = `agent hooks: ${names[client]}`;
    const install = `run \`warden hook install --agents ${client}\``;
    const text = await readFile(path.join(root, file), 'utf8').catch(() => undefined);
    const folder = await stat(path.join(root, path.dirname(file))).then(() => true, () => false);
    if (text === undefined) {
      checks.push(folder ? { name, status: 'warn', detail: `${path.dirname(file)}/ exists but ${file} does not run warden: ${install}` } : { name, status: 'skip', detail: `not set up in this repository (${install} to guard it)` });
      continue;
    }
    let commands: string[];
    try {
      commands = wardenHookCommands(JSON.parse(text) as Record<string, unknown>);
    } catch {
      checks.push({ name, status: 'fail', detail: `${file} is not JSON, so ${names[client]} reads no hooks from it` });
      continue;
    }
    if (commands.length === 0) {
      checks.push({ name, status: 'warn', detail: `${file} does not run warden: ${install}` });
      continue;
    }
    const local = commands.some((c) => c.includes('node_modules/.bin/warden'));
    if (local && !(await stat(path.join(root, 'node_modules', '.bin', 'warden')).then(() => true, () => false))) {
      checks.push({ name, status: 'fail', detail: `${file} calls node_modules/.bin/warden, which is not installed: run npm install (until then the hook cannot run, and the tool calls go unchecked)` });
    } else checks.push({ name, status: 'ok', detail: file });
  }
  return checks;
}

async function configCheck(root: string): Promise<Check> {
  try {
    const loaded = await loadConfig(undefined, root);
    return { name: 'warden.json', status: 'ok', detail: loaded.file ? `${path.relative(root, loaded.file)} is valid` : 'none (defaults apply)' };
  } catch (err) {
    return { name: 'warden.json', status: 'fail', detail: (err as Error).message };
  }
}

async function rulesCheck(): Promise<Check> {
  const { rules, errors } = await loadRules([defaultRulesDir()]);
  if (errors.length > 0) return { name: 'rule packs', status: 'fail', detail: `${errors.length} rule file(s) do not load, the first: ${errors[0]!.message}` };
  const byCategory = new Map<string, number>();
  for (const r of rules) byCategory.set(r.def.category, (byCategory.get(r.def.category) ?? 0) + 1);
  return { name: 'rule packs', status: 'ok', detail: `${rules.length} rules load (${[...byCategory].map(([c, n]) => `${c} ${n}`).join(', ')})` };
}

async function run(cmd: string, args: string[]): Promise<{ ok: boolean; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(cmd, args, { timeout: 10_000 });
    return { ok: true, out: `${stdout}${stderr}`.trim() };
  } catch (err) {
    const e = err as { code?: string; stderr?: string; message: string };
    return { ok: false, out: e.code === 'ENOENT' ? 'not installed' : (e.stderr || e.message).trim().split('\n')[0]! };
  }
}

/** Agent runs need one working backend; which of them work here. */
async function sandboxChecks(): Promise<Check[]> {
  const bwrap = await run('bwrap', ['--version']);
  const checks: Check[] = [];
  if (bwrap.ok) {
    const probe = await run('bwrap', ['--ro-bind', '/', '/', '--dev', '/dev', '--unshare-all', '--die-with-parent', 'true']);
    checks.push({
      name: 'sandbox: bwrap',
      status: probe.ok ? 'ok' : 'warn',
      detail: probe.ok ? `${bwrap.out}, namespaces work` : `${bwrap.out} is installed but cannot sandbox here: ${probe.out}`,
    });
  } else checks.push({ name: 'sandbox: bwrap', status: 'warn', detail: bwrap.out });
  for (const engine of ['docker', 'podman']) {
    const info = await run(engine, ['info', '--format', '{{.ServerVersion}}{{.Version.Version}}']);
    checks.push({ name: `sandbox: ${engine}`, status: info.ok ? 'ok' : 'warn', detail: info.ok ? `server ${info.out}` : info.out });
  }
  if (!checks.some((c) => c.status === 'ok')) {
    checks.push({ name: 'sandbox', status: 'warn', detail: 'no sandbox backend works here: agent runs will refuse to start (install bubblewrap, Docker or Podman)' });
  }
  return checks;
}

/** owner/repo of a GitHub remote URL (https or ssh), else undefined. */
export function githubRepo(url: string | undefined): string | undefined {
  const m = url && /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

async function branchProtectionCheck(root: string, token: string | undefined, api: string): Promise<Check> {
  const name = 'default branch protection';
  if (!token) return { name, status: 'skip', detail: 'not checked: no GitHub token ($GITHUB_TOKEN, $GH_TOKEN or --github-token); no network call was made' };
  const repo = githubRepo(await gitOutput(root, ['remote', 'get-url', 'origin']));
  if (!repo) return { name, status: 'skip', detail: 'not checked: the origin remote is not a GitHub repository' };
  const get = async (route: string) => {
    const res = await fetch(`${api.replace(/\/$/, '')}${route}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'User-Agent': 'warden-doctor' },
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, body: res.ok ? ((await res.json()) as Record<string, unknown>) : undefined };
  };
  try {
    const meta = await get(`/repos/${repo}`);
    if (!meta.body) return { name, status: 'warn', detail: `GitHub answered ${meta.status} for ${repo}: check the token's access` };
    const branch = String(meta.body.default_branch ?? 'main');
    const protection = await get(`/repos/${repo}/branches/${encodeURIComponent(branch)}/protection`);
    if (protection.status === 404) return { name, status: 'fail', detail: `${repo}@${branch} is not protected: require a pull request with an approving review` };
    if (!protection.body) return { name, status: 'warn', detail: `GitHub answered ${protection.status} for ${branch}'s protection (reading it needs admin access)` };
    const reviews = protection.body.required_pull_request_reviews as { required_approving_review_count?: number } | undefined;
    const count = reviews?.required_approving_review_count ?? 0;
    return count >= 1
      ? { name, status: 'ok', detail: `${repo}@${branch} requires a pull request with ${count} approving review(s)` }
      : { name, status: 'fail', detail: `${repo}@${branch} is protected but merges without an approving review: require one` };
  } catch (err) {
    return { name, status: 'warn', detail: `could not ask GitHub: ${(err as Error).message}` };
  }
}

/**
 * What a hijacked agent run could do with the ticket systems' tokens: a fine-grained or app token reaches what
 * it was granted; a classic personal token or an OAuth token reaches everything its user can, and a Jira
 * administrator's token administers the site.
 */
export function githubTokenKind(token: string): { status: Status; detail: string } {
  if (token.startsWith('github_pat_')) return { status: 'ok', detail: 'a fine-grained personal token: it reaches only the repositories and permissions it was granted' };
  if (token.startsWith('ghs_')) return { status: 'ok', detail: "a GitHub App installation token: it reaches only the app's installation" };
  if (token.startsWith('ghu_')) return { status: 'ok', detail: "a GitHub App user token: limited to the app's permissions" };
  if (token.startsWith('ghp_')) return { status: 'warn', detail: 'a classic personal token: it reaches every repository and organisation its user can; a hijacked run could use all of it. Use a fine-grained token or a GitHub App' };
  if (token.startsWith('gho_')) return { status: 'warn', detail: 'an OAuth token: it carries every scope its user granted; a hijacked run could use all of it. Use a fine-grained token or a GitHub App' };
  return { status: 'warn', detail: 'a token of unknown kind: check what it reaches' };
}

async function ticketTokenChecks(githubToken: string | undefined, env: NodeJS.ProcessEnv): Promise<Check[]> {
  const out: Check[] = [];
  if (githubToken) out.push({ name: 'GitHub token', ...githubTokenKind(githubToken) });
  const site = env.JIRA_BASE_URL;
  const token = env.JIRA_API_TOKEN;
  if (site && token) {
    const auth = env.JIRA_EMAIL ? `Basic ${Buffer.from(`${env.JIRA_EMAIL}:${token}`).toString('base64')}` : `Bearer ${token}`;
    try {
      const res = await fetch(`${site.replace(/\/$/, '')}/rest/api/3/mypermissions?permissions=ADMINISTER`, { headers: { Authorization: auth, Accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
      const body = (await res.json()) as { permissions?: { ADMINISTER?: { havePermission?: boolean } } };
      if (!res.ok) out.push({ name: 'Jira token', status: 'warn', detail: `Jira answered ${res.status}: check the token` });
      else if (body.permissions?.ADMINISTER?.havePermission) out.push({ name: 'Jira token', status: 'warn', detail: "its account administers the Jira site: a hijacked run could too. Use an account that can only work this project's issues" });
      else out.push({ name: 'Jira token', status: 'ok', detail: 'its account is not a Jira administrator' });
    } catch (err) {
      out.push({ name: 'Jira token', status: 'warn', detail: `could not ask Jira: ${(err as Error).message}` });
    }
  }
  return out;
}
