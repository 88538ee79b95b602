// @warden/agent's public API: one sandboxed agent run, the ticket framing, and the audit log.
export { runAgent, type RunOptions, type RunReport } from './run.js';
export { frameTicket, cleanTicket, ticketTitle } from './ticket.js';
export { appendAudit, verifyAudit, type AuditRecord, type HookAuditRecord, type HookDecision } from './audit.js';
export { PROVIDERS, type ProviderName } from './providers.js';
export { TicketQueue, type Ticket } from './queue.js';
export { openTicket, parseTicketRef, TicketError, type RemoteTicket } from './tickets/index.js';
