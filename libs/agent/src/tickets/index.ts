// Tickets from GitHub and Jira: credentials, fetching, claiming and reporting back, behind one small interface.
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { GitHubTickets, type RemoteTicket } from './github.js';
import { TicketError } from './http.js';
import { JiraTickets } from './jira.js';
import { parseTicketRef, type TicketRef } from './ref.js';

export { TicketError } from './http.js';
export { parseTicketRef, refText, type TicketRef } from './ref.js';
export type { RemoteTicket } from './github.js';

export interface TicketSource {
  ticket: RemoteTicket;
  claim(run: string): Promise<void>;
  comment(text: string): Promise<void>;
}

interface Credentials {
  github?: { token?: string; api?: string };
  jira?: { url?: string; email?: string; token?: string };
}

/**
 * Tokens come from the environment or a credentials file only readable by its owner (0600), never from
 * warden.json, which is committed.
 */
async function credentials(env: NodeJS.ProcessEnv): Promise<Credentials> {
  const file = env.WARDEN_CREDENTIALS ?? path.join(homedir(), '.config', 'warden', 'credentials.json');
  const info = await stat(file).catch(() => undefined);
  if (!info) return {};
  if ((info.mode & 0o077) !== 0) throw new TicketError(`${file} can be read by others (mode ${(info.mode & 0o777).toString(8)}): chmod 600 it`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  } catch {
    throw new TicketError(`${file}: not JSON`);
  }
}

/** How a Jira issue is claimed: the statuses it may be taken from, and the one it moves to. */
export interface JiraWorkflow {
  claimFrom: readonly string[];
  inProgress: string;
}

export async function openTicket(refText: string, env: NodeJS.ProcessEnv = process.env, jira?: JiraWorkflow): Promise<TicketSource> {
  const ref: TicketRef = parseTicketRef(refText);
  const creds = await credentials(env);
  if (ref.kind === 'github') {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN || creds.github?.token;
    if (!token) throw new TicketError(`${refText}: no GitHub token (GITHUB_TOKEN, GH_TOKEN, or the credentials file)`);
    const client = new GitHubTickets(token, env.WARDEN_GITHUB_API || creds.github?.api || 'https://api.github.com');
    const ticket = await client.fetch(ref.owner, ref.repo, ref.number);
    return { ticket, claim: (run) => client.claim(ref.owner, ref.repo, ref.number, run), comment: (text) => client.comment(ref.owner, ref.repo, ref.number, text) };
  }
  const site = env.JIRA_BASE_URL || creds.jira?.url;
  const token = env.JIRA_API_TOKEN || creds.jira?.token;
  if (!site || !token) throw new TicketError(`${refText}: no Jira site or token (JIRA_BASE_URL and JIRA_API_TOKEN with JIRA_EMAIL, or the credentials file)`);
  const client = new JiraTickets(site, { token, email: env.JIRA_EMAIL || creds.jira?.email });
  const ticket = await client.fetch(ref.key);
  return { ticket, claim: () => client.claim(ref.key, jira?.claimFrom, jira?.inProgress), comment: (text) => client.comment(ref.key, text) };
}

/** The ticket as the agent's prompt: title, body, then the discussion. All of it is untrusted (framed later). */
export function ticketPrompt(t: RemoteTicket): string {
  return [`# ${t.title}`, '', t.body, ...(t.comments.length ? ['', '## Comments', ...t.comments.map((c) => `---\n${c}`)] : [])].join('\n');
}
