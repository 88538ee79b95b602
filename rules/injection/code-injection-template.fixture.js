// Fixture for injection.code-injection-template (JavaScript: Express, Koa).
'use strict';

const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const _ = require('lodash');

const app = express();
const env = new nunjucks.Environment();

const GREETINGS = { en: 'Hello <%= name %>', fr: 'Bonjour <%= name %>' };

app.get('/greet', (req, res) => {
  const template = req.query.template;
  // ruleid: injection.code-injection-template
  res.send(ejs.render(template, { name: 'world' }));
});

app.post('/preview', (req, res) => {
  // ruleid: injection.code-injection-template
  const fn = pug.compile(req.body.layout);
  res.send(fn({ user: req.user }));
});

app.post('/email', (req, res) => {
  const { subject, body } = req.body;
  // ruleid: injection.code-injection-template
  const render = Handlebars.compile(`<h1>${subject}</h1>${body}`);
  res.send(render({}));
});

app.post('/snippet', (req, res) => {
  // ruleid: injection.code-injection-template
  res.send(nunjucks.renderString(req.body.snippet, { site: 'example' }));
});

app.post('/env-snippet', (req, res) => {
  // ruleid: injection.code-injection-template
  res.send(env.renderString(req.body.snippet, {}));
});

app.get('/banner', (req, res) => {
  // ruleid: injection.code-injection-template
  const compiled = _.template('Welcome ' + req.query.name);
  res.send(compiled({}));
});

// --- safe -----------------------------------------------------------------------------------------------------

app.get('/greet-safe', (req, res) => {
  // ok: injection.code-injection-template
  res.send(ejs.render('Hello <%= name %>', { name: req.query.name }));
});

app.get('/greet-lang', (req, res) => {
  const template = GREETINGS[req.query.lang] || GREETINGS.en;
  // ok: injection.code-injection-template
  res.send(ejs.render(template, { name: req.query.name }));
});

app.get('/profile', (req, res) => {
  // ok: injection.code-injection-template
  res.send(pug.renderFile('views/profile.pug', { bio: req.query.bio }));
  // ok: injection.code-injection-template
  const view = Handlebars.compile('<p>{{bio}}</p>');
  res.send(view({ bio: req.query.bio }));
});

app.get('/page', (req, res) => {
  // ok: injection.code-injection-template
  res.send(nunjucks.render('page.njk', { title: req.query.title }));
});

function fromDisk(source) {
  // ok: injection.code-injection-template
  return ejs.compile(source);
}

// Koa
async function koaPreview(ctx) {
  // ruleid: injection.code-injection-template
  ctx.body = ejs.render(ctx.request.body.template, {});
}

module.exports = { app, fromDisk, koaPreview };
