// The egress proxy with real sockets on 127.0.0.1: an upstream HTTP server and a raw TCP server that records
// what a tunnel delivers. Host names are under .test; a lookup table stands in for DNS.
import { once } from 'node:events';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { connect, createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbiddenAddress } from './address.js';
import { hostAllowed } from './allowlist.js';
import { startEgressProxy, type EgressProxy } from './proxy.js';

describe('forbiddenAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['fd00:ec2::254', 'private (unique local, incl. cloud metadata fd00:ec2::254)'],
    ['fe80::1', 'link-local'],
    ['2002:a00:1::', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local (cloud metadata)'],
  ])('refuses %s (%s)', (ip, reason) => {
    expect(forbiddenAddress(ip)).toBe(reason);
  });

  it.each(['8.8.8.8', '1.1.1.1', '2606:4700::1111'])('lets the public address %s through', (ip) => {
    expect(forbiddenAddress(ip)).toBeUndefined();
  });
});

describe('hostAllowed', () => {
  const allow = ['registry.npmjs.org', '*.docs.test', 'sts.*.amazonaws.com'];
  it.each([
    ['registry.npmjs.org', true],
    ['REGISTRY.npmjs.org.', true],
    ['evil-registry.npmjs.org', false],
    ['a.docs.test', true],
    ['a.b.docs.test', true],
    ['docs.test', false],
    ['xdocs.test', false],
    ['sts.eu-west-1.amazonaws.com', true],
    ['sts.a.b.amazonaws.com', false],
  ])('%s: %s', (host, expected) => {
    expect(hostAllowed(host, allow)).toBe(expected);
  });
});

describe('the egress proxy', () => {
  let upstream: Server;
  let tcp: ReturnType<typeof createTcpServer>;
  let received: Buffer[] = [];
  let proxy: EgressProxy;
  let upstreamPort = 0;
  let tcpPort = 0;
  const table: Record<string, string[]> = {
    'api.allowed.test': ['127.0.0.1'],
    'tls.allowed.test': ['127.0.0.1'],
    'other.allowed.test': ['127.0.0.1'],
    'sneaky.allowed.test': ['127.0.0.1'],
    'meta.allowed.test': ['169.254.169.254'],
  };

  beforeAll(async () => {
    upstream = createHttpServer((req, res) => res.end(`upstream saw ${req.method} ${req.url} host=${req.headers.host}`));
    upstream.listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    upstreamPort = (upstream.address() as AddressInfo).port;
    tcp = createTcpServer((s) => s.on('data', (d: Buffer) => received.push(d)));
    tcp.listen(0, '127.0.0.1');
    await once(tcp, 'listening');
    tcpPort = (tcp.address() as AddressInfo).port;
    proxy = await startEgressProxy({
      allow: ['*.allowed.test'],
      // The upstreams of this test live on loopback: only these names may resolve there.
      privateHosts: ['api.allowed.test', 'tls.allowed.test', 'other.allowed.test', 'meta.allowed.test'],
      listen: { port: 0 },
      lookup: async (host) => {
        if (!table[host]) throw new Error('ENOTFOUND');
        return table[host]!;
      },
      helloTimeoutMs: 1000,
    });
  });
  afterAll(async () => {
    await proxy.close();
    upstream.close();
    tcp.close();
  });

  const viaProxy = (url: string) =>
    new Promise<{ status: number; denied?: string; body: string }>((resolve, reject) => {
      const port = (proxy.address as { port: number }).port;
      const req = request({ host: '127.0.0.1', port, method: 'GET', path: url, headers: { host: new URL(url).host } }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, denied: res.headers['x-warden-denied'] as string | undefined, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('forwards plain HTTP to an allowed host, and records it', async () => {
    const r = await viaProxy(`http://api.allowed.test:${upstreamPort}/v1/items?x=1`);
    expect(r).toMatchObject({ status: 200, body: `upstream saw GET /v1/items?x=1 host=api.allowed.test:${upstreamPort}` });
    expect(proxy.decisions.at(-1)).toMatchObject({ host: 'api.allowed.test', port: upstreamPort, allowed: true });
    expect(Date.parse(proxy.decisions.at(-1)!.time)).not.toBeNaN();
  });

  it.each([
    ['a host off the list', 'http://exfil.invalid/', 'exfil.invalid is not on the egress allowlist'],
    ['an IP literal', 'http://127.0.0.1:9/', 'IP literals are not allowed: name the host'],
    ['an allowed name that resolves to loopback', 'http://sneaky.allowed.test/', 'sneaky.allowed.test resolves to a loopback address'],
    ['cloud metadata, even for a private host', 'http://meta.allowed.test/', 'meta.allowed.test resolves to a link-local (cloud metadata) address'],
    ['a name that does not resolve', 'http://nowhere.allowed.test/', 'nowhere.allowed.test does not resolve'],
  ])('denies %s with 403 and a reason header', async (_what, url, reason) => {
    const r = await viaProxy(url);
    expect(r.status).toBe(403);
    expect(r.denied).toBe(reason);
    expect(proxy.decisions.at(-1)).toMatchObject({ allowed: false, reason });
  });

  /** Opens a CONNECT tunnel; resolves with the socket once the proxy answered, and its status line. */
  const tunnel = (target: string) =>
    new Promise<{ socket: Socket; status: string }>((resolve, reject) => {
      const socket = connect((proxy.address as { port: number }).port, '127.0.0.1', () => socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`));
      socket.once('data', (d: Buffer) => resolve({ socket, status: d.toString().split('\r\n')[0]! }));
      socket.on('error', reject);
    });

  it('opens a tunnel for TLS whose SNI names the CONNECT host, and passes the ClientHello on', async () => {
    received = [];
    const { socket, status } = await tunnel(`tls.allowed.test:${tcpPort}`);
    expect(status).toBe('HTTP/1.1 200 Connection Established');
    const tls = tlsConnect({ socket, servername: 'tls.allowed.test', rejectUnauthorized: false });
    tls.on('error', () => {});
    await new Promise((r) => setTimeout(r, 300));
    expect(Buffer.concat(received)[0]).toBe(0x16);
    expect(Buffer.concat(received).includes(Buffer.from('tls.allowed.test'))).toBe(true);
    tls.destroy();
  });

  it('carries plain HTTP through a tunnel when its Host header names the CONNECT host', async () => {
    const ok = await tunnel(`api.allowed.test:${upstreamPort}`);
    ok.socket.write(`GET /tunnelled HTTP/1.1\r\nHost: api.allowed.test:${upstreamPort}\r\nConnection: close\r\n\r\n`);
    let reply = '';
    ok.socket.on('data', (d: Buffer) => (reply += d.toString()));
    await once(ok.socket, 'close');
    expect(reply).toContain(`upstream saw GET /tunnelled host=api.allowed.test:${upstreamPort}`);

    const other = await tunnel(`api.allowed.test:${upstreamPort}`);
    other.socket.write('GET / HTTP/1.1\r\nHost: other.allowed.test\r\n\r\n');
    await once(other.socket, 'close');
    expect(proxy.decisions.at(-1)).toMatchObject({ allowed: false, reason: 'HTTP Host other.allowed.test does not match the CONNECT host api.allowed.test' });
  });

  it('closes a tunnel whose TLS SNI names another host, and one that carries neither TLS nor HTTP', async () => {
    received = [];
    const mismatch = await tunnel(`tls.allowed.test:${tcpPort}`);
    const tls = tlsConnect({ socket: mismatch.socket, servername: 'other.allowed.test', rejectUnauthorized: false });
    tls.on('error', () => {});
    await once(mismatch.socket, 'close');
    expect(proxy.decisions.at(-1)).toMatchObject({ allowed: false, reason: 'TLS SNI other.allowed.test does not match the CONNECT host tls.allowed.test' });

    const plain = await tunnel(`tls.allowed.test:${tcpPort}`);
    plain.socket.write('SSH-2.0-OpenSSH_9.0\r\n');
    await once(plain.socket, 'close');
    expect(proxy.decisions.at(-1)).toMatchObject({ allowed: false, reason: 'not TLS or HTTP: a tunnel carries TLS or HTTP to the named host only' });
    expect(received).toEqual([]);
  });

  it('denies a tunnel to a host off the list with 403', async () => {
    const { status, socket } = await tunnel('exfil.invalid:443');
    expect(status).toBe('HTTP/1.1 403 Forbidden');
    socket.destroy();
  });
});
