// A fake Anthropic Messages API on 127.0.0.1 for driving the real Claude Code CLI offline. It plays a script of
// tool calls: each request's conversation shows how many tool results came back so far, which picks the next
// step; the last step is a text reply. Side requests (no tools: titles, summaries) get a short text answer.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeStep = { tool: string; input: (cwd: string, toolResults: string[]) => Record<string, unknown> } | { text: string };

export interface FakeAnthropic {
  url: string;
  requests: Array<{ path: string; body: Record<string, unknown>; apiKey?: string }>;
  /** Every byte of every request body, as received. */
  raw: string[];
  /** Tool results the client sent back, in order (their text). */
  toolResults: string[];
  close(): Promise<void>;
}

interface Message {
  role: string;
  content: string | Array<{ type: string; text?: string; content?: unknown }>;
}

export async function startFakeAnthropic(steps: FakeStep[]): Promise<FakeAnthropic> {
  const mainModel = 'claude-fake';
  const requests: FakeAnthropic['requests'] = [];
  const raw: string[] = [];
  const toolResults: string[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    raw.push(Buffer.concat(chunks).toString());
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
    } catch {
      // not JSON
    }
    requests.push({ path: req.url ?? '', body, apiKey: req.headers['x-api-key'] as string | undefined });
    if (!req.url?.startsWith('/v1/messages')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return res.end('{"type":"error","error":{"type":"not_found_error","message":"fake"}}');
    }
    if (req.url.startsWith('/v1/messages/count_tokens')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"input_tokens":10}');
    }
    const messages = (body.messages as Message[] | undefined) ?? [];
    const system = JSON.stringify(body.system ?? '');
    const cwd = /Working directory: ([^\s"\\]+)/.exec(system)?.[1] ?? '.';
    const results = messages.flatMap((m) => (Array.isArray(m.content) ? m.content.filter((b) => b.type === 'tool_result') : []));
    // The agent's own turns carry its tools; side requests (titles, summaries) carry none.
    const isMain = Array.isArray(body.tools) && (body.tools as unknown[]).length > 0;
    const step: FakeStep = isMain ? (steps[results.length] ?? { text: 'Done.' }) : { text: 'ok' };
    if (isMain && results.length > toolResults.length) {
      for (const r of results.slice(toolResults.length)) toolResults.push(typeof r.content === 'string' ? r.content : JSON.stringify(r.content));
    }
    const events = sse(step, cwd, String(body.model ?? mainModel), toolResults);
    if (body.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const [event, data] of events) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(message(step, cwd, String(body.model ?? mainModel), toolResults)));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return { url: `http://localhost:${port}`, requests, raw, toolResults, close: () => new Promise((r) => server.close(() => r())) };
}

let ids = 0;
function message(step: FakeStep, cwd: string, model: string, toolResults: string[]) {
  const content = 'tool' in step ? [{ type: 'tool_use', id: `toolu_${++ids}`, name: step.tool, input: step.input(cwd, toolResults) }] : [{ type: 'text', text: step.text }];
  return { id: `msg_${++ids}`, type: 'message', role: 'assistant', model, content, stop_reason: 'tool' in step ? 'tool_use' : 'end_turn', stop_sequence: null, usage: { input_tokens: 10, output_tokens: 10 } };
}

function sse(step: FakeStep, cwd: string, model: string, toolResults: string[]): Array<[string, unknown]> {
  const m = message(step, cwd, model, toolResults);
  const events: Array<[string, unknown]> = [['message_start', { type: 'message_start', message: { ...m, content: [], stop_reason: null, usage: { input_tokens: 10, output_tokens: 1 } } }]];
  const block = m.content[0]!;
  if (block.type === 'tool_use') {
    events.push(['content_block_start', { type: 'content_block_start', index: 0, content_block: { ...block, input: {} } }]);
    const json = JSON.stringify((block as { input: unknown }).input);
    // Split the tool input across deltas, as the real API does.
    for (let i = 0; i < json.length; i += 20) events.push(['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: json.slice(i, i + 20) } }]);
  } else {
    events.push(['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }]);
    events.push(['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: (block as { text: string }).text } }]);
  }
  events.push(['content_block_stop', { type: 'content_block_stop', index: 0 }]);
  events.push(['message_delta', { type: 'message_delta', delta: { stop_reason: m.stop_reason, stop_sequence: null }, usage: { output_tokens: 10 } }]);
  events.push(['message_stop', { type: 'message_stop' }]);
  return events;
}
