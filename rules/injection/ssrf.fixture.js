// Fixture for injection.ssrf (JavaScript: Express, Koa).
const axios = require('axios');
const got = require('got');
const http = require('http');
const https = require('https');
const needle = require('needle');
const express = require('express');
const Router = require('@koa/router');

const app = express();
const router = new Router();
const API_URL = process.env.API_URL || 'https://api.internal.test';
const WEBHOOKS = { slack: 'https://hooks.slack.test/services/T000', teams: 'https://teams.test/hook/1' };

app.get('/proxy', async (req, res) => {
  // ruleid: injection.ssrf
  const upstream = await fetch(req.query.url);
  res.send(await upstream.text());
});

app.post('/preview', async (req, res) => {
  const { link } = req.body;
  // ruleid: injection.ssrf
  const { data } = await axios.get(link, { timeout: 2000 });
  res.json({ title: /<title>(.*?)<\/title>/.exec(data)?.[1] });
});

app.post('/webhook/test', async (req, res) => {
  const target = req.body.callbackUrl;
  // ruleid: injection.ssrf
  await axios({ method: 'post', url: target, data: { ping: true } });
  res.sendStatus(204);
});

app.get('/avatar', (req, res) => {
  const avatarUrl = new URL(req.query.src);
  // ruleid: injection.ssrf
  https.get(avatarUrl, (upstream) => upstream.pipe(res));
});

app.get('/image', async (req, res) => {
  // ruleid: injection.ssrf
  const body = await got(`${req.query.host}/image.png`).buffer();
  res.type('png').send(body);
});

app.get('/status', (req, res) => {
  const host = req.headers['x-service-host'];
  // the host comes from the client: only the path is fixed here
  // ruleid: injection.ssrf
  http.request({ host, path: '/health' }, (r) => res.sendStatus(r.statusCode)).end();
});

app.get('/legacy', (req, res) => {
  // ruleid: injection.ssrf
  needle('get', 'http://' + req.query.server + '/api/v1/info', (err, resp) => res.json(resp.body));
});

router.get('/fetch', async (ctx) => {
  const url = ctx.query.url;
  // ruleid: injection.ssrf
  const resp = await fetch(url, { redirect: 'manual' });
  ctx.body = await resp.text();
});

// Safe cases

app.get('/users/:id', async (req, res) => {
  // the host is fixed: the client only picks a path segment
  // ok: injection.ssrf
  const { data } = await axios.get(`https://api.internal.test/users/${encodeURIComponent(req.params.id)}`);
  res.json(data);
});

app.get('/orders/:id', async (req, res) => {
  const url = 'https://orders.internal.test/v2/orders/' + req.params.id + '?expand=items';
  // ok: injection.ssrf
  const upstream = await fetch(url);
  res.json(await upstream.json());
});

app.get('/search', async (req, res) => {
  // ok: injection.ssrf
  const upstream = await fetch(`${API_URL}/search?q=${encodeURIComponent(req.query.q)}`);
  res.json(await upstream.json());
});

app.get('/config-base', async (req, res) => {
  // ok: injection.ssrf
  const upstream = await got(`${process.env.BILLING_URL}/invoices/${req.query.invoice}`).json();
  res.json(upstream);
});

app.post('/notify', async (req, res) => {
  const hook = WEBHOOKS[req.body.channel];
  // ok: injection.ssrf
  await axios.post(hook, { text: req.body.message });
  res.sendStatus(204);
});

app.get('/relative', async (req, res) => {
  const url = new URL(`/items/${req.query.item}`, API_URL);
  // ok: injection.ssrf
  const upstream = await fetch(url);
  res.json(await upstream.json());
});

app.post('/data', async (req, res) => {
  // the client sends data, not the destination
  // ok: injection.ssrf
  await axios.post('https://collector.internal.test/events', req.body);
  res.sendStatus(202);
});

// a reverse proxy to one fixed backend
app.use('/api', async (req, res) => {
  // ok: injection.ssrf
  const upstream = await fetch(API_URL + req.originalUrl, { method: req.method });
  res.status(upstream.status).send(await upstream.text());
});

async function refreshRates() {
  const source = process.env.RATES_URL;
  // ok: injection.ssrf
  return (await fetch(source)).json();
}

module.exports = { app, router, refreshRates };
