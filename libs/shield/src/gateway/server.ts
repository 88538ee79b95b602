// `warden shield gateway`: a local HTTP server that speaks the provider's API. Every text-bearing field of a
// request is tokenized before it goes upstream with the real API key (the gateway's own, never the client's);
// responses, JSON and SSE alike, are rehydrated on the way back, except inside tool calls that run commands
// (a prompt-injected model could send a real secret out through them), unless configured. In agent runs the
// gateway does not rehydrate at all: the sandbox only ever holds tokens. Paths other than the API are refused.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ShieldSession } from '../session.js';
import { AnthropicStreamRehydrator } from './anthropic-stream.js';
import { OpenAIStreamRehydrator } from './openai-stream.js';
import { COMMAND_TOOLS, rewriteStrings } from './walk.js';

export type GatewayProvider = 'anthropic' | 'openai';

export interface GatewayOptions {
  provider: GatewayProvider;
  /** The provider's base URL (https://api.anthropic.com, https://api.openai.com). */
  upstream: string;
  /** The real API key; it never leaves the gateway except to the upstream. */
  apiKey: string;
  session: ShieldSession;
  port?: number;
  /** Rehydrate responses (standalone use). Default true; agent runs pass false. */
  rehydrate?: boolean;
  /** Rehydrate tokens inside tool calls that run commands too. Default false. */
  rehydrateCommands?: boolean;
}

export interface Gateway {
  url: string;
  close(): Promise<void>;
}

const ROUTES: Record<GatewayProvider, RegExp> = {
  anthropic: /^\/v1\/messages(\/count_tokens)?(\?.*)?$/,
  openai: /^\/v1\/(chat\/completions|responses)(\?.*)?$/,
};
const MAX_BODY = 32 * 1024 * 1024;
/** Headers passed upstream as they came (the rest, the client's credentials above all, are not). */
const FORWARDED = /^(content-type|accept|anthropic-version|anthropic-beta|openai-beta|openai-organization|openai-project|user-agent|x-stainless-.*)$/i;

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { session, provider } = options;
  const rehydrating = options.rehydrate ?? true;
  const keepCommandTokens = !options.rehydrateCommands;

  const fail = (res: ServerResponse, status: number, message: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ type: 'error', error: { type: 'warden_gateway_error', message: `warden gateway: ${message}` } }));
  };

  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    if (req.method !== 'POST' || !ROUTES[provider].test(url)) return fail(res, 404, `${req.method} ${url.split('?')[0]} is not part of the ${provider} API this gateway serves`);
    let raw = '';
    for await (const chunk of req) {
      raw += chunk;
      if (raw.length > MAX_BODY) return fail(res, 413, 'request too large');
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return fail(res, 400, 'the request body is not JSON');
    }
    const outgoing = JSON.stringify(rewriteStrings(body, (s) => session.tokenize(s)));
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (FORWARDED.test(k) && typeof v === 'string') headers[k] = v;
    if (provider === 'anthropic') headers['x-api-key'] = options.apiKey;
    else headers.authorization = `Bearer ${options.apiKey}`;
    let upstream: Response;
    try {
      upstream = await fetch(`${options.upstream.replace(/\/$/, '')}${url}`, { method: 'POST', headers, body: outgoing });
    } catch (err) {
      return fail(res, 502, `upstream unreachable: ${(err as Error).message}`);
    }
    const type = upstream.headers.get('content-type') ?? '';
    res.writeHead(upstream.status, { 'content-type': type || 'application/json', ...(type.includes('event-stream') ? { 'cache-control': 'no-cache' } : {}) });
    if (!upstream.body) return res.end();
    if (!rehydrating) {
      for await (const chunk of upstream.body) res.write(chunk);
      return res.end();
    }
    if (type.includes('event-stream')) {
      const rehydrator = provider === 'anthropic' ? new AnthropicStreamRehydrator(session, keepCommandTokens) : new OpenAIStreamRehydrator(session, keepCommandTokens);
      const decoder = new TextDecoder();
      let pending = '';
      for await (const chunk of upstream.body) {
        pending += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = pending.indexOf('\n\n')) !== -1) {
          const event = pending.slice(0, end);
          pending = pending.slice(end + 2);
          res.write(rewriteEvent(event, rehydrator));
        }
      }
      if (pending.trim() !== '') res.write(rewriteEvent(pending, rehydrator));
      return res.end();
    }
    const text = await upstream.text();
    try {
      res.end(JSON.stringify(rehydrateJson(JSON.parse(text), session, keepCommandTokens)));
    } catch {
      res.end(session.rehydrate(text).text);
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

function rewriteEvent(event: string, rehydrator: { event(data: Record<string, unknown>): Array<Record<string, unknown>> }): string {
  const lines = event.split('\n');
  const dataLine = lines.findIndex((l) => l.startsWith('data:'));
  if (dataLine === -1) return `${event}\n\n`;
  const payload = lines[dataLine]!.slice(5).trim();
  if (payload === '[DONE]') return `${event}\n\n`;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return `${event}\n\n`;
  }
  const name = lines.find((l) => l.startsWith('event:'));
  return rehydrator
    .event(data)
    .map((d) => `${name && d.type ? `event: ${String(d.type)}\n` : name ? `${name}\n` : ''}data: ${JSON.stringify(d)}\n\n`)
    .join('');
}

/** A whole JSON response, rehydrated, except the inputs of tool calls that run commands. */
function rehydrateJson(value: unknown, session: ShieldSession, keepCommandTokens: boolean): unknown {
  const isCommandCall = (v: unknown) => {
    if (!v || typeof v !== 'object') return false;
    const o = v as { type?: string; name?: string; function?: { name?: string } };
    const name = o.name ?? o.function?.name ?? '';
    return keepCommandTokens && (o.type === 'tool_use' || o.type === 'function_call' || o.type === 'function' || o.function !== undefined) && COMMAND_TOOLS.test(name);
  };
  const walk = (v: unknown): unknown => {
    if (isCommandCall(v)) return v;
    if (typeof v === 'string') return session.rehydrate(v).text;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'id' || k === 'model' || k === 'type' ? x : walk(x)]));
    return v;
  };
  return walk(value);
}
