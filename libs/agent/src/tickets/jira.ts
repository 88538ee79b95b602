// Jira Cloud over REST v3: read an issue (Atlassian Document Format turned into plain text), claim it by moving
// it to "In Progress" only from the expected status, and comment the outcome back.
import { requestJson, TicketError } from './http.js';
import type { RemoteTicket } from './github.js';

interface AdfNode {
  type?: string;
  text?: string;
  content?: AdfNode[];
  attrs?: Record<string, unknown>;
}

/** Plain text of an Atlassian Document Format node: paragraphs and list items on their own lines. */
export function adfToText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (!node || typeof node !== 'object') return '';
  const n = node as AdfNode;
  if (n.type === 'text') return n.text ?? '';
  if (n.type === 'hardBreak') return '\n';
  if (n.type === 'mention') return String(n.attrs?.text ?? '');
  const inner = (n.content ?? []).map(adfToText).join('');
  if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'codeBlock' || n.type === 'blockquote') return `${inner}\n`;
  if (n.type === 'listItem') return `- ${inner.trim()}\n`;
  return inner;
}

export class JiraTickets {
  private readonly auth: string;
  constructor(
    private readonly site: string,
    credentials: { email?: string; token: string },
    private readonly sleep?: (ms: number) => Promise<void>,
  ) {
    this.auth = credentials.email ? `Basic ${Buffer.from(`${credentials.email}:${credentials.token}`).toString('base64')}` : `Bearer ${credentials.token}`;
  }

  get host(): string {
    return new URL(this.site).hostname;
  }

  private call<T>(what: string, route: string, init: { method?: string; body?: unknown } = {}) {
    return requestJson<T>(what, `${this.site.replace(/\/$/, '')}${route}`, { ...init, headers: { Authorization: this.auth } }, { sleep: this.sleep });
  }

  async fetch(key: string): Promise<RemoteTicket> {
    const ref = `jira:${key}`;
    const { body } = await this.call<{ fields?: { summary?: unknown; description?: unknown } }>(`ticket ${ref}`, `/rest/api/3/issue/${encodeURIComponent(key)}?fields=summary,description`);
    if (!body?.fields || typeof body.fields.summary !== 'string') throw new TicketError(`ticket ${ref}: malformed response (no summary)`);
    const comments: string[] = [];
    for (let startAt = 0; startAt < 2000; ) {
      const { body: page } = await this.call<{ comments?: Array<{ body?: unknown }>; total?: number; maxResults?: number }>(
        `ticket ${ref}`,
        `/rest/api/3/issue/${encodeURIComponent(key)}/comment?startAt=${startAt}&maxResults=100`,
      );
      if (!Array.isArray(page?.comments)) throw new TicketError(`ticket ${ref}: malformed response (comments)`);
      comments.push(...page.comments.map((c) => adfToText(c.body).trim()));
      startAt += page.comments.length;
      if (page.comments.length === 0 || startAt >= (page.total ?? 0)) break;
    }
    return { ref, title: body.fields.summary, body: adfToText(body.fields.description).trim(), comments, host: this.host };
  }

  /**
   * Moves the issue to `to` (default "In Progress"), only from one of the `from` statuses (default "To Do").
   * Jira refuses a transition that is not available from the current status, so of two runners only the first
   * gets it; the status is read back.
   */
  async claim(key: string, from: readonly string[] = ['To Do'], to = 'In Progress'): Promise<void> {
    const ref = `jira:${key}`;
    const status = async () =>
      (await this.call<{ fields?: { status?: { name?: string } } }>(`claim ${ref}`, `/rest/api/3/issue/${encodeURIComponent(key)}?fields=status`)).body?.fields?.status?.name;
    const before = await status();
    if (!before || !from.includes(before)) throw new TicketError(`claim ${ref}: its status is "${before}", not ${from.map((f) => `"${f}"`).join(' or ')}`);
    const { body } = await this.call<{ transitions?: Array<{ id: string; to?: { name?: string } }> }>(`claim ${ref}`, `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`);
    const transition = body?.transitions?.find((t) => t.to?.name === to);
    if (!transition) throw new TicketError(`claim ${ref}: no transition to "${to}" from "${before}" (set agent.jira.inProgress in warden.json to your workflow's status)`);
    const res = await this.call(`claim ${ref}`, `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`, { method: 'POST', body: { transition: { id: transition.id } } }).catch((err: Error) => {
      throw new TicketError(`claim ${ref}: another runner claimed it first (${err.message.split(': ').pop()})`);
    });
    void res;
    if ((await status()) !== to) throw new TicketError(`claim ${ref}: the transition did not take`);
  }

  async comment(key: string, text: string): Promise<void> {
    const doc = { type: 'doc', version: 1, content: text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] })) };
    await this.call(`comment on jira:${key}`, `/rest/api/3/issue/${encodeURIComponent(key)}/comment`, { method: 'POST', body: { body: doc } });
  }
}
