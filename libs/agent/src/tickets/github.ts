// GitHub Issues over REST v3: read an issue with all its comments (paginated), claim it safely against other
// runners, and comment the outcome back.
import { requestJson, TicketError } from './http.js';

export interface RemoteTicket {
  ref: string;
  title: string;
  body: string;
  comments: string[];
  /** The host a run must reach for this ticket system. */
  host: string;
}

interface Issue {
  title?: unknown;
  body?: unknown;
  state?: unknown;
  assignees?: Array<{ login?: string }>;
  pull_request?: unknown;
}

const CLAIM_MARK = 'warden-claim:';

export class GitHubTickets {
  constructor(
    private readonly token: string,
    private readonly api = 'https://api.github.com',
    private readonly sleep?: (ms: number) => Promise<void>,
  ) {}

  private call<T>(what: string, route: string, init: { method?: string; body?: unknown } = {}) {
    return requestJson<T>(what, `${this.api.replace(/\/$/, '')}${route}`, { ...init, headers: { Authorization: `Bearer ${this.token}`, 'X-GitHub-Api-Version': '2022-11-28', 'User-Agent': 'warden' } }, { sleep: this.sleep });
  }

  get host(): string {
    return new URL(this.api).hostname;
  }

  async fetch(owner: string, repo: string, number: number): Promise<RemoteTicket> {
    const ref = `github:${owner}/${repo}#${number}`;
    const { body: issue } = await this.call<Issue>(`ticket ${ref}`, `/repos/${owner}/${repo}/issues/${number}`);
    if (!issue || typeof issue.title !== 'string') throw new TicketError(`ticket ${ref}: malformed response (no title)`);
    const comments: string[] = [];
    for (let page = 1; page <= 20; page++) {
      const { body, headers } = await this.call<Array<{ body?: unknown }>>(`ticket ${ref}`, `/repos/${owner}/${repo}/issues/${number}/comments?per_page=100&page=${page}`);
      if (!Array.isArray(body)) throw new TicketError(`ticket ${ref}: malformed response (comments are not a list)`);
      for (const c of body) if (typeof c.body === 'string' && !c.body.startsWith(CLAIM_MARK)) comments.push(c.body);
      if (!/rel="next"/.test(headers.get('link') ?? '')) break;
    }
    return { ref, title: issue.title, body: typeof issue.body === 'string' ? issue.body : '', comments, host: this.host };
  }

  /**
   * Claims an issue for one run. Only an unassigned issue can be claimed. Each runner posts a claim comment and
   * reads the comments back: the claim with the lowest id wins (ids only grow), even between runners sharing
   * one account. The winner assigns itself and adds the label; a loser deletes its comment and backs out.
   */
  async claim(owner: string, repo: string, number: number, run: string, label = 'warden:in-progress'): Promise<void> {
    const ref = `github:${owner}/${repo}#${number}`;
    const base = `/repos/${owner}/${repo}/issues/${number}`;
    const { body: issue } = await this.call<Issue>(`claim ${ref}`, base);
    if ((issue.assignees ?? []).length > 0) throw new TicketError(`claim ${ref}: already assigned to ${issue.assignees!.map((a) => a.login).join(', ')}`);
    const { body: mine } = await this.call<{ id: number }>(`claim ${ref}`, `${base}/comments`, { method: 'POST', body: { body: `${CLAIM_MARK}${run}` } });
    const claims: Array<{ id: number; body: string }> = [];
    for (let page = 1; page <= 20; page++) {
      const { body, headers } = await this.call<Array<{ id: number; body?: string }>>(`claim ${ref}`, `${base}/comments?per_page=100&page=${page}`);
      for (const c of body) if (c.body?.startsWith(CLAIM_MARK)) claims.push({ id: c.id, body: c.body });
      if (!/rel="next"/.test(headers.get('link') ?? '')) break;
    }
    const winner = claims.sort((a, b) => a.id - b.id)[0];
    const { body: again } = await this.call<Issue>(`claim ${ref}`, base);
    if (winner?.id !== mine.id || (again.assignees ?? []).length > 0) {
      await this.call(`claim ${ref}`, `/repos/${owner}/${repo}/issues/comments/${mine.id}`, { method: 'DELETE' }).catch(() => undefined);
      throw new TicketError(`claim ${ref}: another runner claimed it first`);
    }
    const { body: me } = await this.call<{ login?: string }>(`claim ${ref}`, '/user');
    if (me?.login) await this.call(`claim ${ref}`, `${base}/assignees`, { method: 'POST', body: { assignees: [me.login] } });
    await this.call(`claim ${ref}`, `${base}/labels`, { method: 'POST', body: { labels: [label] } });
  }

  async comment(owner: string, repo: string, number: number, text: string): Promise<void> {
    await this.call(`comment on github:${owner}/${repo}#${number}`, `/repos/${owner}/${repo}/issues/${number}/comments`, { method: 'POST', body: { body: text } });
  }
}
