// The egress proxy: the only way out of the sandbox. It speaks HTTP proxying (absolute-URI requests) and
// CONNECT tunnels, and lets a request through only when
//   - the host is on the allowlist (exact or pattern) and is a name, not an IP literal;
//   - every address the name resolves to is public (no loopback, private, link-local/metadata, ...), unless
//     the host is listed in `privateHosts` (an on-premises ticketing system, say);
//   - for a tunnel, the TLS ClientHello's SNI (or a plain HTTP request's Host header) names the same host as
//     the CONNECT line.
// The connection goes to the address checked (no second lookup a DNS rebinding could change). A denial answers
// 403 with an X-Warden-Denied header saying why, and every decision is recorded for the run report.
import { lookup as dnsLookup } from 'node:dns/promises';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, isIP, type Socket } from 'node:net';
import { forbiddenAddress } from './address.js';
import { hostAllowed, normaliseHost } from './allowlist.js';
import { readClientHelloSni } from './sni.js';

export interface EgressDecision {
  host: string;
  port: number;
  time: string;
  allowed: boolean;
  /** Why a request was denied. */
  reason?: string;
}

export type Lookup = (host: string) => Promise<string[]>;

export interface EgressProxyOptions {
  /** Hosts that may be reached: exact names and patterns (see allowlist.ts). */
  allow: readonly string[];
  /** Allowed hosts that may resolve to private addresses (never loopback or metadata unless listed here too). */
  privateHosts?: readonly string[];
  /** Where to listen: a unix socket path (bridged into a bwrap sandbox) or a TCP port on 127.0.0.1 (0: any). */
  listen: { path: string } | { port: number; host?: string };
  /** Name resolution; default the system resolver, every address. */
  lookup?: Lookup;
  /** Milliseconds a tunnel may wait for its ClientHello. */
  helloTimeoutMs?: number;
}

export interface EgressProxy {
  /** The TCP port or socket path it listens on. */
  address: { port: number } | { path: string };
  decisions: EgressDecision[];
  close(): Promise<void>;
}

const systemLookup: Lookup = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

export async function startEgressProxy(options: EgressProxyOptions): Promise<EgressProxy> {
  const decisions: EgressDecision[] = [];
  const lookup = options.lookup ?? systemLookup;
  const sockets = new Set<Socket>();
  const record = (host: string, port: number, allowed: boolean, reason?: string) => {
    decisions.push({ host, port, time: new Date().toISOString(), allowed, ...(reason ? { reason } : {}) });
  };

  /** The address to connect to, or the reason to refuse. */
  const vet = async (rawHost: string, port: number): Promise<{ address: string } | { reason: string }> => {
    const host = normaliseHost(rawHost);
    if (isIP(host)) return { reason: 'IP literals are not allowed: name the host' };
    if (!Number.isInteger(port) || port <= 0 || port > 65535) return { reason: 'bad port' };
    if (!hostAllowed(host, options.allow)) return { reason: `${host} is not on the egress allowlist` };
    let addresses: string[];
    try {
      addresses = await lookup(host);
    } catch {
      return { reason: `${host} does not resolve` };
    }
    if (addresses.length === 0) return { reason: `${host} does not resolve` };
    const privateOk = hostAllowed(host, options.privateHosts ?? []);
    for (const address of addresses) {
      const why = forbiddenAddress(address);
      if (why && !(privateOk && why !== 'link-local (cloud metadata)' && !why.startsWith('not an IP'))) {
        return { reason: `${host} resolves to a ${why} address` };
      }
    }
    return { address: addresses[0]! };
  };

  const deny = (res: ServerResponse, host: string, port: number, reason: string) => {
    record(host, port, false, reason);
    res.writeHead(403, { 'X-Warden-Denied': reason.replace(/[^\x20-\x7e]/g, '?'), 'Content-Type': 'text/plain', Connection: 'close' });
    res.end(`warden egress: denied: ${reason}\n`);
  };

  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      return deny(res, '', 0, 'not a proxy request (absolute http:// URL expected)');
    }
    if (url.protocol !== 'http:') return deny(res, url.hostname, 0, `${url.protocol} is not proxied: use CONNECT for https`);
    const port = Number(url.port || 80);
    const verdict = await vet(url.hostname, port);
    if ('reason' in verdict) return deny(res, normaliseHost(url.hostname), port, verdict.reason);
    record(normaliseHost(url.hostname), port, true);
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: url.host };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    const upstream = httpRequest({ host: verdict.address, port, method: req.method, path: `${url.pathname}${url.search}`, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`warden egress: upstream error: ${err.message}\n`);
    });
    req.pipe(upstream);
  });

  server.on('connect', async (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const [rawHost, rawPort] = splitHostPort(req.url ?? '');
    const host = normaliseHost(rawHost);
    const port = Number(rawPort);
    const refuse = (reason: string) => {
      record(host, port, false, reason);
      client.end(`HTTP/1.1 403 Forbidden\r\nX-Warden-Denied: ${reason.replace(/[^\x20-\x7e]/g, '?')}\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nwarden egress: denied: ${reason}\n`);
    };
    const verdict = await vet(host, port);
    if ('reason' in verdict) return refuse(verdict.reason);
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    // The tunnel opens only once the ClientHello shows which host the TLS session is for.
    const hello = await readClientHelloSni(client, head, options.helloTimeoutMs ?? 10_000);
    if ('reason' in hello) {
      record(host, port, false, hello.reason);
      return client.destroy();
    }
    if (normaliseHost(hello.sni) !== host) {
      record(host, port, false, `${hello.bytes[0] === 0x16 ? 'TLS SNI' : 'HTTP Host'} ${hello.sni} does not match the CONNECT host ${host}`);
      return client.destroy();
    }
    record(host, port, true);
    const upstream = connect({ host: verdict.address, port });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    upstream.write(hello.bytes);
    upstream.pipe(client);
    client.pipe(upstream);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    if ('path' in options.listen) server.listen(options.listen.path, resolve);
    else server.listen(options.listen.port, options.listen.host ?? '127.0.0.1', resolve);
  });
  const addr = server.address();
  return {
    address: typeof addr === 'string' ? { path: addr } : { port: addr!.port },
    decisions,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `host:port` or `[v6]:port`. */
function splitHostPort(target: string): [string, string] {
  const v6 = /^\[([^\]]+)\]:(\d+)$/.exec(target);
  if (v6) return [v6[1]!, v6[2]!];
  const i = target.lastIndexOf(':');
  return i === -1 ? [target, ''] : [target.slice(0, i), target.slice(i + 1)];
}
