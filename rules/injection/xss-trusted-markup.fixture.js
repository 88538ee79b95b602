// Fixture for injection.xss-trusted-markup (Node: Handlebars helpers in an Express handler).
'use strict';
const express = require('express');
const Handlebars = require('handlebars');
const escapeHtml = require('escape-html');

const app = express();
const view = Handlebars.compile('<div>{{{greeting}}}</div>');

app.get('/greet', (req, res) => {
  // ruleid: injection.xss-trusted-markup
  const greeting = new Handlebars.SafeString('<b>' + req.query.name + '</b>');
  res.send(view({ greeting }));
});

app.get('/greet-safe', (req, res) => {
  // ok: injection.xss-trusted-markup
  const greeting = new Handlebars.SafeString('<b>' + escapeHtml(req.query.name) + '</b>');
  res.send(view({ greeting }));
});

app.get('/static', (req, res) => {
  // ok: injection.xss-trusted-markup
  const greeting = new Handlebars.SafeString('<b>Welcome</b>');
  res.send(view({ greeting }));
});

module.exports = app;
