// Fixture for injection.nosql-injection (JavaScript: Express + Mongoose, the MongoDB driver, Koa).
'use strict';

const express = require('express');
const mongoose = require('mongoose');
const { MongoClient, ObjectId } = require('mongodb');
const sanitize = require('mongo-sanitize');
const bcrypt = require('bcrypt');
const User = require('./models/user');
const models = require('./models');

const app = express();
app.use(express.json());
const client = new MongoClient('mongodb://localhost:27017');
const db = client.db('shop');

app.post('/login', async (req, res) => {
  // ruleid: injection.nosql-injection
  const user = await User.findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: Boolean(user) });
});

app.post('/login2', async (req, res) => {
  const { email, password } = req.body;
  // ruleid: injection.nosql-injection
  const account = await models.Account.findOne({ email });
  res.json({ ok: account && (await bcrypt.compare(password, account.hash)) });
});

app.get('/orders', async (req, res) => {
  // ruleid: injection.nosql-injection
  const orders = await db.collection('orders').find({ customer: req.query.customer }).toArray();
  res.json(orders);
});

app.post('/search', async (req, res) => {
  // ruleid: injection.nosql-injection
  const products = await db.collection('products').find(req.body).toArray();
  res.json(products);
});

app.put('/reviews', async (req, res) => {
  // ruleid: injection.nosql-injection
  await db.reviewsCollection.updateMany({ _id: req.body.id }, { $set: { message: req.body.message } });
  res.sendStatus(204);
});

app.delete('/sessions', async (req, res) => {
  const filter = { token: req.cookies.session };
  // ruleid: injection.nosql-injection
  await mongoose.model('Session').deleteOne(filter);
  res.sendStatus(204);
});

app.get('/export', async (req, res) => {
  const filter = JSON.parse(req.headers['x-filter']);
  // ruleid: injection.nosql-injection
  const count = await User.countDocuments(filter);
  res.json({ count });
});

// Koa
async function koaLogin(ctx) {
  const creds = ctx.request.body;
  // ruleid: injection.nosql-injection
  ctx.body = await User.find({ name: creds.name, role: 'admin' });
}

// ---- safe ----

app.post('/safe/login', async (req, res) => {
  // ok: injection.nosql-injection
  const user = await User.findOne({ username: String(req.body.username) });
  // ok: injection.nosql-injection
  const other = await User.findOne({ email: req.body.email.toLowerCase().trim() });
  // ok: injection.nosql-injection
  const third = await User.findOne({ username: { $eq: req.body.username } });
  res.json({ ok: Boolean(user || other || third) });
});

app.get('/safe/orders/:id', async (req, res) => {
  // ok: injection.nosql-injection
  const order = await db.collection('orders').findOne({ _id: new ObjectId(req.query.id) });
  // ok: injection.nosql-injection
  const mine = await db.collection('orders').find({ owner: req.params.owner }).toArray();
  // ok: injection.nosql-injection
  const tagged = await db.collection('orders').find({ tag: `${req.query.tag}` }).toArray();
  res.json({ order, mine, tagged });
});

app.post('/safe/sanitized', async (req, res) => {
  const clean = sanitize(req.body);
  // ok: injection.nosql-injection
  const users = await User.find(clean);
  // ok: injection.nosql-injection
  const limited = await User.find({ age: { $gt: Number(req.query.minAge) } });
  res.json({ users, limited });
});

app.get('/safe/lookalikes', async (req, res) => {
  const items = [{ id: 1 }, { id: 2 }];
  // ok: injection.nosql-injection
  const item = items.find((i) => i.id === req.query.id);
  // ok: injection.nosql-injection
  const where = await models.Invoice.findOne({ where: { number: req.query.number } });
  // ok: injection.nosql-injection
  await models.Invoice.update(req.body, { where: { id: 1 } });
  // ok: injection.nosql-injection
  const admins = await User.find({ role: 'admin' });
  res.json({ item, where, admins });
});

module.exports = { app, koaLogin };
