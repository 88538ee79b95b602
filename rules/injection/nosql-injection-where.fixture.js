// Fixture for injection.nosql-injection-where (JavaScript: Express + MongoDB driver / Mongoose).
'use strict';

const express = require('express');
const { MongoClient } = require('mongodb');
const Product = require('./models/product');

const app = express();
const db = new MongoClient('mongodb://localhost').db('shop');
const FIELDS = { price: 'this.price', stock: 'this.stock' };

app.get('/reviews/:id', async (req, res) => {
  const id = req.params.id;
  // ruleid: injection.nosql-injection-where
  const reviews = await db.collection('reviews').find({ $where: 'this.product == ' + id }).toArray();
  res.json(reviews);
});

app.get('/orders/:id', async (req, res) => {
  const orders = await db.collection('orders').find({
    // ruleid: injection.nosql-injection-where
    $where: `this.orderId === '${req.params.id}'`,
  }).toArray();
  res.json(orders);
});

app.post('/filter', async (req, res) => {
  const { field, value } = req.body;
  const condition = 'this.' + field + ' > ' + value;
  // ruleid: injection.nosql-injection-where
  const docs = await Product.find().$where(condition);
  // ruleid: injection.nosql-injection-where
  const legacy = await db.collection('products').find({ '$where': condition }).toArray();
  res.json({ docs, legacy });
});

app.get('/scored', async (req, res) => {
  const rows = await db.collection('products').aggregate([
    {
      $addFields: {
        score: {
          $function: {
            // ruleid: injection.nosql-injection-where
            body: 'function(price) { return price * ' + req.query.factor + '; }',
            args: ['$price'],
            lang: 'js',
          },
        },
      },
    },
  ]).toArray();
  res.json(rows);
});

// ---- safe ----

app.get('/safe/reviews/:id', async (req, res) => {
  // ok: injection.nosql-injection-where
  const numeric = await db.collection('reviews').find({ $where: 'this.product == ' + Number(req.params.id) }).toArray();
  // ok: injection.nosql-injection-where
  const quoted = await db.collection('reviews').find({ $where: `this.author == ${JSON.stringify(String(req.query.author))}` }).toArray();
  const id = String(req.params.id).replace(/[^\w-]+/g, '');
  // ok: injection.nosql-injection-where
  const stripped = await db.collection('orders').find({ $where: `this.orderId === '${id}'` }).toArray();
  res.json({ numeric, quoted, stripped });
});

app.get('/safe/fields', async (req, res) => {
  const expr = FIELDS[req.query.field] || 'this.price';
  // ok: injection.nosql-injection-where
  const docs = await db.collection('products').find({ $where: expr + ' > 10' }).toArray();
  // ok: injection.nosql-injection-where
  const fixed = await db.collection('products').find({ $where: 'this.stock < this.reserved' }).toArray();
  // ok: injection.nosql-injection-where
  const byOperator = await db.collection('products').find({ owner: String(req.query.owner) }).toArray();
  res.json({ docs, fixed, byOperator });
});

module.exports = { app };
