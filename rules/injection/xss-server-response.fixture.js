// Fixture for injection.xss-server-response (JavaScript: Express, Koa, Fastify, Hono, Node http).
'use strict';
const express = require('express');
const http = require('http');
const escapeHtml = require('escape-html');
const he = require('he');
const _ = require('lodash');
const Koa = require('koa');
const fastify = require('fastify')();
const { Hono } = require('hono');
const { html } = require('hono/html');

const app = express();

app.get('/hello', (req, res) => {
  // ruleid: injection.xss-server-response
  res.send(`<h1>Hello ${req.query.name}</h1>`);
});

app.get('/search', (req, res) => {
  const { q } = req.query;
  const heading = '<h2>Results for ' + q + '</h2>';
  // ruleid: injection.xss-server-response
  res.status(200).send(heading + '<ul></ul>');
});

app.get('/users/:id', function (req, res) {
  const id = req.params.id;
  let page = '<html><body>';
  page += `<p>No user with id ${id}</p>`;
  page += '</body></html>';
  // ruleid: injection.xss-server-response
  res.status(404).send(page);
});

app.post('/comment', (req, res) => {
  res.set('Content-Type', 'text/html');
  // ruleid: injection.xss-server-response
  res.write('<div class="comment">' + req.body.text + '</div>');
  // ruleid: injection.xss-server-response
  res.end(`<a href="${req.get('Referer')}">Back</a>`);
});

app.get('/legacy', (req, res) => {
  const name = req.param('name');
  // ruleid: injection.xss-server-response
  res.send(renderHtml(name));
});

const koa = new Koa();
koa.use(async (ctx) => {
  const term = ctx.query.term;
  // ruleid: injection.xss-server-response
  ctx.body = `<p>You searched for <b>${term}</b></p>`;
});

fastify.get('/greet', async (request, reply) => {
  // ruleid: injection.xss-server-response
  return reply.type('text/html').send(`<p>Hi ${request.query.who}</p>`);
});

fastify.get('/echo', async (request) => {
  // ruleid: injection.xss-server-response
  return `<pre>${request.body.payload}</pre>`;
});

const hono = new Hono();
// ruleid: injection.xss-server-response
hono.get('/h', (c) => c.html('<p>' + c.req.query('q') + '</p>'));

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    res.writeHead(404, { 'Content-Type': 'text/html' });
    // ruleid: injection.xss-server-response
    res.end('<h1>Not found: ' + url.pathname + '</h1>');
  })
  .listen(8080);

// ---- safe ----

app.get('/hello-safe', (req, res) => {
  // ok: injection.xss-server-response
  res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);
  const who = he.encode(req.query.who);
  // ok: injection.xss-server-response
  res.write('<p>' + who + '</p>');
  // ok: injection.xss-server-response
  res.end(`<p>${_.escape(req.body.text)}</p>`);
});

app.get('/api/user', (req, res) => {
  // ok: injection.xss-server-response
  res.json({ name: req.query.name, html: `<b>${req.query.name}</b>` });
  // ok: injection.xss-server-response
  res.send({ id: req.params.id });
});

app.get('/page/:n', (req, res) => {
  const n = parseInt(req.params.n, 10);
  // ok: injection.xss-server-response
  res.send(`<p>Page ${n}</p>`);
  // ok: injection.xss-server-response
  res.send(`<p>Server time ${new Date().toISOString()}</p>`);
  // ok: injection.xss-server-response
  res.render('page', { title: req.query.title });
});

app.get('/theme', (req, res) => {
  // Cookies and ordinary headers are not set by another site: not reflected XSS.
  // ok: injection.xss-server-response
  res.send(`<body class="${req.cookies.theme}">${req.headers['accept-language']}</body>`);
});

app.get('/plain', (req, res) => {
  // ok: injection.xss-server-response
  res.send('Hello ' + req.query.name);
});

hono.get('/h2', (c) => {
  // ok: injection.xss-server-response
  return c.html(html`<p>${c.req.query('q')}</p>`);
});

function renderHtml(name) {
  return '<p>' + name + '</p>';
}

module.exports = { app, koa, hono };
