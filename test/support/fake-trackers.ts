// Fake GitHub and Jira REST servers on 127.0.0.1 that speak the documented request and response shapes
// (pagination with Link headers and startAt/total, error bodies, Retry-After), keep state for one issue, and
// record every request so tests can assert exactly what Warden sent.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  auth?: string;
  body?: unknown;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  let raw = '';
  for await (const c of req) raw += c;
  return raw ? (JSON.parse(raw) as unknown) : undefined;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

export interface FakeGitHub {
  url: string;
  requests: Recorded[];
  issue: { title: string; body: string; assignees: Array<{ login: string }>; labels: string[]; comments: Array<{ id: number; body: string }> };
  /** The next N requests get this answer instead (error injection). */
  failNext(status: number, body: unknown, headers?: Record<string, string>, times?: number): void;
  close(): Promise<void>;
}

export async function startFakeGitHub(owner: string, repo: string, number: number, issue: { title: string; body: string; comments: string[] }): Promise<FakeGitHub> {
  const requests: Recorded[] = [];
  let nextId = 1000;
  const state: FakeGitHub['issue'] = { title: issue.title, body: issue.body, assignees: [], labels: [], comments: issue.comments.map((body) => ({ id: nextId++, body })) };
  const failures: Array<{ status: number; body: unknown; headers: Record<string, string> }> = [];
  const base = `/repos/${owner}/${repo}/issues/${number}`;
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '', 'http://x');
    requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, auth: req.headers.authorization, body });
    const fail = failures.shift();
    if (fail) return send(res, fail.status, fail.body, fail.headers);
    if (req.method === 'GET' && url.pathname === '/user') return send(res, 200, { login: 'warden-bot' });
    if (req.method === 'GET' && url.pathname === base) return send(res, 200, { number, title: state.title, body: state.body, state: 'open', assignees: state.assignees, labels: state.labels.map((name) => ({ name })) });
    if (url.pathname === `${base}/comments` && req.method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? 1);
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const slice = state.comments.slice((page - 1) * per, page * per);
      const more = page * per < state.comments.length;
      return send(res, 200, slice, more ? { link: `<http://x${base}/comments?per_page=${per}&page=${page + 1}>; rel="next"` } : {});
    }
    if (url.pathname === `${base}/comments` && req.method === 'POST') {
      const comment = { id: nextId++, body: (body as { body: string }).body };
      state.comments.push(comment);
      return send(res, 201, comment);
    }
    const del = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (del && req.method === 'DELETE') {
      state.comments = state.comments.filter((c) => c.id !== Number(del[1]));
      return send(res, 204, undefined);
    }
    if (url.pathname === `${base}/assignees` && req.method === 'POST') {
      for (const login of (body as { assignees: string[] }).assignees) if (!state.assignees.some((a) => a.login === login)) state.assignees.push({ login });
      return send(res, 201, {});
    }
    if (url.pathname === `${base}/labels` && req.method === 'POST') {
      state.labels.push(...(body as { labels: string[] }).labels);
      return send(res, 200, []);
    }
    send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    issue: state,
    failNext: (status, body, headers = {}, times = 1) => {
      for (let i = 0; i < times; i++) failures.push({ status, body, headers });
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface FakeJira {
  url: string;
  requests: Recorded[];
  status: { name: string };
  comments: unknown[];
  close(): Promise<void>;
}

/** The workflow's status names: an issue starts in `open`, and transition 21 moves it to `doing`. */
export async function startFakeJira(key: string, issue: { summary: string; description: unknown; comments: unknown[] }, workflow = { open: 'To Do', doing: 'In Progress' }): Promise<FakeJira> {
  const requests: Recorded[] = [];
  const status = { name: workflow.open };
  const comments = [...issue.comments];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '', 'http://x');
    requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, auth: req.headers.authorization, body });
    const base = `/rest/api/3/issue/${key}`;
    if (req.method === 'GET' && url.pathname === base) return send(res, 200, { key, fields: { summary: issue.summary, description: issue.description, status } });
    if (url.pathname === `${base}/comment` && req.method === 'GET') {
      const startAt = Number(url.searchParams.get('startAt') ?? 0);
      const max = Math.min(2, Number(url.searchParams.get('maxResults') ?? 50));
      return send(res, 200, { startAt, maxResults: max, total: comments.length, comments: comments.slice(startAt, startAt + max).map((b, i) => ({ id: String(startAt + i), body: b })) });
    }
    if (url.pathname === `${base}/comment` && req.method === 'POST') {
      comments.push((body as { body: unknown }).body);
      return send(res, 201, { id: String(comments.length) });
    }
    if (url.pathname === `${base}/transitions` && req.method === 'GET') return send(res, 200, { transitions: status.name === workflow.open ? [{ id: '21', name: 'Start', to: { name: workflow.doing } }] : [{ id: '31', name: 'Done', to: { name: 'Done' } }] });
    if (url.pathname === `${base}/transitions` && req.method === 'POST') {
      const id = (body as { transition: { id: string } }).transition.id;
      if (id === '21' && status.name === workflow.open) {
        status.name = workflow.doing;
        return send(res, 204, undefined);
      }
      return send(res, 400, { errorMessages: [`Transition id '${id}' is not valid for this issue.`], errors: {} });
    }
    send(res, 404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, status, comments, close: () => new Promise((r) => server.close(() => r())) };
}
