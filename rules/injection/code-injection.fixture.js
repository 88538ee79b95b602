// Fixture for injection.code-injection (JavaScript: Express, Koa, browser).
'use strict';

const express = require('express');
const vm = require('vm');
const { runInNewContext } = require('vm');
const { VM } = require('vm2');
const safeEval = require('notevil');

const app = express();
app.use(express.json());

const FORMULAS = { double: 'x * 2', square: 'x * x' };

app.post('/calc', (req, res) => {
  const { expression } = req.body;
  // ruleid: injection.code-injection
  const result = eval(expression);
  res.json({ result });
});

app.get('/filter', (req, res) => {
  const predicate = req.query.where;
  // ruleid: injection.code-injection
  const fn = new Function('row', `return ${predicate};`);
  res.json(rows().filter(fn));
});

app.post('/sandbox', (req, res) => {
  const code = req.body.code;
  // ruleid: injection.code-injection
  const out = vm.runInNewContext(code, { console });
  res.json({ out });
});

app.post('/script', (req, res) => {
  // ruleid: injection.code-injection
  const script = new vm.Script(req.body.source);
  res.json(script.runInNewContext({}));
});

app.post('/plugin', (req, res) => {
  // ruleid: injection.code-injection
  res.json(runInNewContext(req.body.plugin, {}));
});

app.post('/vm2', (req, res) => {
  // ruleid: injection.code-injection
  res.json(new VM({ timeout: 1000 }).run(req.body.code));
});

app.post('/orders', (req, res) => {
  const orderLines = req.body.orderLinesData || '';
  const sandbox = { safeEval, orderLines };
  vm.createContext(sandbox);
  // ruleid: injection.code-injection
  vm.runInContext('safeEval(orderLines)', sandbox, { timeout: 2000 });
  res.sendStatus(200);
});

app.get('/later', (req, res) => {
  // ruleid: injection.code-injection
  setTimeout('refresh("' + req.query.id + '")', 100);
  res.end();
});

// --- safe -----------------------------------------------------------------------------------------------------

app.post('/calc-safe', (req, res) => {
  const data = JSON.parse(req.body.payload);
  // ok: injection.code-injection
  const sum = eval('1 + 2');
  // ok: injection.code-injection
  const formula = new Function('x', FORMULAS[req.body.kind] || 'return x');
  // ok: injection.code-injection
  setTimeout(() => notify(req.body.user), 100);
  // ok: injection.code-injection
  setTimeout(notify.bind(null, req.body.user), 100);
  // ok: injection.code-injection
  vm.runInNewContext('total * 2', { total: data.total });
  res.json({ sum, value: formula(data.value) });
});

app.get('/page', (req, res) => {
  const n = parseInt(req.query.n, 10);
  // ok: injection.code-injection
  eval(`render(${n})`);
  // ok: injection.code-injection
  eval('var label = ' + JSON.stringify(req.query.label));
  res.end();
});

app.get('/regex', (req, res) => {
  const re = /^[a-z]+$/;
  // ok: injection.code-injection
  const m = re.exec(req.query.name);
  res.json({ ok: Boolean(m) });
});

function fromConfig(config) {
  // ok: injection.code-injection
  return eval(config.expression);
}

// Koa
async function koaEval(ctx) {
  // ruleid: injection.code-injection
  ctx.body = eval(ctx.request.body.expr);
}

// Browser
function initPage() {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  // ruleid: injection.code-injection
  eval(hash);
  const params = new URLSearchParams(location.search);
  // ruleid: injection.code-injection
  setInterval(params.get('poll'), 5000);
  window.addEventListener('message', (event) => {
    // ruleid: injection.code-injection
    Function(event.data)();
  });
  // ok: injection.code-injection
  setTimeout(initPage, 1000);
}

function rows() {
  return [];
}

function notify() {}

module.exports = { app, fromConfig, koaEval, initPage };
