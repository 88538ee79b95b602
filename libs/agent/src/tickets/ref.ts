// Ticket references: github:owner/repo#123 and jira:PROJ-42.
import { TicketError } from './http.js';

export type TicketRef = { kind: 'github'; owner: string; repo: string; number: number } | { kind: 'jira'; key: string };

export function parseTicketRef(text: string): TicketRef {
  const gh = /^github:([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)#(\d+)$/.exec(text.trim());
  if (gh) return { kind: 'github', owner: gh[1]!, repo: gh[2]!, number: Number(gh[3]) };
  const jira = /^jira:([A-Z][A-Z0-9_]*-\d+)$/.exec(text.trim());
  if (jira) return { kind: 'jira', key: jira[1]! };
  throw new TicketError(`"${text}" is not a ticket reference: use github:owner/repo#123 or jira:PROJ-42`);
}

export function refText(ref: TicketRef): string {
  return ref.kind === 'github' ? `github:${ref.owner}/${ref.repo}#${ref.number}` : `jira:${ref.key}`;
}
