// The Shield section of `npm run bench` (issue #8). Each target is measured as specified:
// - tokenize throughput on real source text with few secrets: the bench's npm corpus, file by file, as an
//   agent's worktree is tokenized;
// - what the gateway adds per request (p50) beyond the upstream's own time: the same request sent straight to a
//   local upstream and through the gateway, alternating;
// - how much the streaming rehydrator holds back: random chunkings of a tokenized text.
/* global fetch */
import { Buffer } from 'node:buffer';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { REPO_ROOT } from './util.mjs';

const SOURCE = /\.(js|mjs|cjs|ts|py|go|java|json|ya?ml|md)$/;

function sourceFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (SOURCE.test(e.name) && statSync(p).size < 512 * 1024) out.push(p);
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runShieldBench({ log, corpusDir }) {
  const shield = await import(join(REPO_ROOT, 'libs/shield/dist/index.js'));
  const root = corpusDir ?? join(REPO_ROOT, 'libs');
  const files = sourceFiles(root).map((f) => ({ name: f.slice(root.length + 1), text: readFileSync(f, 'utf8') }));
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

  // Tokenize: one warm-up pass, then the best of three (a shared machine's noise only ever slows it).
  const session = await shield.createSession();
  let secrets = 0;
  for (const f of files) session.tokenize(f.text, f.name);
  const passes = [];
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const f of files) session.tokenize(f.text, f.name);
    passes.push(performance.now() - started);
  }
  secrets = Object.values(session.counts()).reduce((a, b) => a + b, 0);
  const mbps = bytes / 1e6 / (Math.min(...passes) / 1000);
  log(`shield: tokenized ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (${secrets} distinct secrets) at ${mbps.toFixed(0)} MB/s`);

  // Gateway overhead.
  const upstream = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"type":"message","role":"assistant","content":[{"type":"text","text":"ok"}]}');
    });
  });
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  const upstreamUrl = `http://127.0.0.1:${upstream.address().port}`;
  const gateway = await shield.startGateway({ provider: 'anthropic', upstream: upstreamUrl, apiKey: 'k', session: await shield.createSession() });
  const body = JSON.stringify({ model: 'm', max_tokens: 100, messages: [{ role: 'user', content: files.slice(0, 3).map((f) => f.text.slice(0, 1500)).join('\n') }] });
  const time = async (url) => {
    const t = performance.now();
    const r = await fetch(`${url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await r.text();
    return performance.now() - t;
  };
  const direct = [];
  const via = [];
  for (let i = 0; i < 50; i++) {
    await time(upstreamUrl);
    await time(gateway.url);
  }
  for (let i = 0; i < 300; i++) {
    direct.push(await time(upstreamUrl));
    via.push(await time(gateway.url));
  }
  await gateway.close();
  upstream.close();
  const overhead = median(via) - median(direct);
  log(`shield: gateway p50 ${median(via).toFixed(2)} ms vs upstream alone ${median(direct).toFixed(2)} ms: adds ${overhead.toFixed(2)} ms per request (a ${(body.length / 1024).toFixed(1)} KB request)`);

  // Streaming hold-back.
  const s = await shield.createSession();
  const sample = files.slice(0, 50).map((f) => f.text).join('\n');
  const tokenized = s.tokenize(`${sample}\nkey AKIA${'ABCDEFGHIJKLMNOP'} and password: "Zx9!kq2Lm7Pw"\n`);
  let maxHeld = 0;
  for (const size of [1, 3, 7, 16, 64, 1024]) {
    const stream = s.rehydrateStream();
    let out = '';
    stream.on('data', (d) => (out += d));
    let fed = '';
    for (let at = 0; at < tokenized.length; at += size) {
      const piece = tokenized.slice(at, at + size);
      stream.write(piece);
      fed += piece;
      maxHeld = Math.max(maxHeld, s.rehydrate(fed).text.length - out.length);
      if (at > 200_000) break;
    }
    stream.end();
  }
  log(`shield: the streaming rehydrator held back at most ${maxHeld} characters (longest token ${shield.MAX_TOKEN_LENGTH})`);
  return { mbps, bytes, files: files.length, secrets, gatewayP50: median(via), upstreamP50: median(direct), overhead, maxHeld, maxToken: shield.MAX_TOKEN_LENGTH };
}

export function renderShield(r) {
  const line = (id, goal, pass, detail) => `  (${id}) ${pass ? 'PASS' : 'FAIL'}  ${goal}: ${detail}`;
  return [
    'Shield (issue #8)',
    line('s1', 'tokenize at >= 50 MB/s on source text with few secrets', r.mbps >= 50, `${r.mbps.toFixed(0)} MB/s over ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB`),
    line('s2', 'the gateway adds < 2 ms p50 per request beyond the upstream', r.overhead < 2, `${r.overhead.toFixed(2)} ms (${r.gatewayP50.toFixed(2)} vs ${r.upstreamP50.toFixed(2)} ms)`),
    line('s3', 'streaming holds back no more than the longest token', r.maxHeld <= r.maxToken, `${r.maxHeld} <= ${r.maxToken} characters`),
  ].join('\n');
}
