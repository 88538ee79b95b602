// Fixture for injection.unsafe-deserialization (JavaScript).
const express = require('express');
const serialize = require('node-serialize');
const yaml = require('js-yaml');

const app = express();

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  // ruleid: injection.unsafe-deserialization
  const profile = serialize.unserialize(raw);
  res.send(`Hello ${profile.username}`);
});

app.post('/import', express.text(), (req, res) => {
  // js-yaml 3 with the full schema builds functions from !!js/function tags
  // ruleid: injection.unsafe-deserialization
  const doc = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(doc);
});

// Safe cases

app.post('/import/safe', express.text(), (req, res) => {
  // ok: injection.unsafe-deserialization
  const doc = yaml.load(req.body);
  res.json(doc);
});

app.post('/import/json-schema', express.text(), (req, res) => {
  // ok: injection.unsafe-deserialization
  const doc = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(doc);
});

app.get('/profile/json', (req, res) => {
  // ok: injection.unsafe-deserialization
  const profile = JSON.parse(Buffer.from(req.cookies.profile, 'base64').toString());
  res.send(`Hello ${profile.username}`);
});

app.get('/profile/out', (req, res) => {
  // ok: injection.unsafe-deserialization
  res.cookie('profile', Buffer.from(serialize.serialize({ username: 'guest' })).toString('base64'));
  res.end();
});

module.exports = app;
