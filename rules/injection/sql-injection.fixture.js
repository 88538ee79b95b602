// Fixture for injection.sql-injection (JavaScript: Express, Koa, mysql, pg, Sequelize, knex, sqlite).
'use strict';

const express = require('express');
const mysql = require('mysql');
const { Pool } = require('pg');
const knex = require('knex')({ client: 'pg' });
const Database = require('better-sqlite3');
const format = require('pg-format');
const { Sequelize, QueryTypes } = require('sequelize');
const util = require('util');

const app = express();
const connection = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });
const pool = new Pool();
const sequelize = new Sequelize('sqlite::memory:');
const db = new Database('app.db');
const sqliteDb = new (require('sqlite3').Database)('pets.db');
const pgpDb = require('pg-promise')()('postgres://localhost/app');
const levelDb = require('level')('./kv');
const cacheDb = new Map();
const SORT_COLUMNS = { name: 'name', price: 'price', created: 'created_at' };
const config = { defaultTable: 'products' };

app.get('/users/:id', (req, res) => {
  const sql = 'SELECT * FROM users WHERE id = ' + req.params.id;
  // ruleid: injection.sql-injection
  connection.query(sql, (err, rows) => res.json(rows));
});

app.post('/login', async (req, res) => {
  const { email, password } = req.body;
  // ruleid: injection.sql-injection
  const [user] = await sequelize.query(`SELECT * FROM Users WHERE email = '${email}' AND password = '${password}'`, {
    type: QueryTypes.SELECT,
  });
  res.json(user);
});

app.get('/search', async (req, res) => {
  let criteria = req.query.q === undefined ? '' : req.query.q;
  criteria = criteria.length <= 200 ? criteria : criteria.substring(0, 200);
  // ruleid: injection.sql-injection
  const rows = await pool.query("SELECT * FROM products WHERE name LIKE '%" + criteria + "%'");
  res.json(rows.rows);
});

app.get('/orders', async (req, res) => {
  const status = req.query.status;
  // ruleid: injection.sql-injection
  const rows = await knex('orders').whereRaw(`status = '${status}'`);
  // ruleid: injection.sql-injection
  const total = await knex.raw('SELECT count(*) FROM orders WHERE status = ' + status);
  res.json({ rows, total });
});

app.get('/report', (req, res) => {
  const stmt = `SELECT * FROM sales WHERE region = '${req.get('X-Region')}'`;
  // ruleid: injection.sql-injection
  const rows = db.prepare(stmt).all();
  res.json(rows);
});

app.delete('/items/:id', async (req, res) => {
  // ruleid: injection.sql-injection
  await pool.query({ text: `DELETE FROM items WHERE id = ${req.params.id}`, values: [] });
  res.sendStatus(204);
});

app.get('/sorted', async (req, res) => {
  const order = req.query.order;
  // ruleid: injection.sql-injection
  const rows = await sequelize.query('SELECT * FROM products ORDER BY ' + order);
  res.json(rows);
});

// Koa
async function koaSearch(ctx) {
  const { name } = ctx.request.body;
  const where = "name = '" + name + "'";
  // ruleid: injection.sql-injection
  ctx.body = await knex.select('*').from('users').whereRaw(where);
}

async function koaProduct(ctx) {
  // ruleid: injection.sql-injection
  ctx.body = await pool.query(util.format('SELECT * FROM products WHERE id = %s', ctx.params.id));
}

// sqlite3 and pg-promise
app.get('/sqlite/:name', (req, res) => {
  const sql = "SELECT * FROM pets WHERE name = '" + req.params.name + "'";
  // ruleid: injection.sql-injection
  sqliteDb.all(sql, [], (err, rows) => res.json(rows));
});

app.get('/pgp/:id', (req, res) =>
  pgpDb.task(async (t) => {
    // ruleid: injection.sql-injection
    const owner = await t.one(`SELECT * FROM owners WHERE id = ${req.params.id}`);
    res.json(owner);
  }),
);

// A command-line tool
function cli() {
  const table = process.argv[2];
  // ruleid: injection.sql-injection
  db.exec('DROP TABLE ' + table);
}

// ---- safe ----

app.get('/safe/users/:id', (req, res) => {
  // ok: injection.sql-injection
  connection.query('SELECT * FROM users WHERE id = ?', [req.params.id], (err, rows) => res.json(rows));
});

app.get('/safe/pg', async (req, res) => {
  // ok: injection.sql-injection
  const rows = await pool.query('SELECT * FROM products WHERE name = $1', [req.query.name]);
  // ok: injection.sql-injection
  const more = await pool.query({ text: 'SELECT * FROM products WHERE id = $1', values: [req.query.id] });
  res.json({ rows, more });
});

app.get('/safe/numbers/:id', async (req, res) => {
  const id = parseInt(req.params.id, 10);
  const limit = Number(req.query.limit);
  // ok: injection.sql-injection
  const rows = await pool.query(`SELECT * FROM items WHERE id = ${id} LIMIT ${limit}`);
  res.json(rows);
});

app.get('/safe/batch', async (req, res) => {
  const ids = req.query.ids.split(',').map(Number).join(', ');
  // ok: injection.sql-injection
  const rows = await pool.query(`SELECT * FROM items WHERE id IN (${ids})`);
  const names = req.query.names.split(',').map((n) => `'${n}'`).join(', ');
  // ruleid: injection.sql-injection
  const byName = await pool.query(`SELECT * FROM items WHERE name IN (${names})`);
  res.json({ rows, byName });
});

app.get('/safe/escaped', (req, res) => {
  const name = mysql.escape(req.query.name);
  // ok: injection.sql-injection
  connection.query('SELECT * FROM users WHERE name = ' + name, (err, rows) => res.json(rows));
  // ok: injection.sql-injection
  connection.query(`SELECT * FROM users WHERE email = ${connection.escape(req.query.email)}`, () => {});
});

app.get('/formatted', (req, res) => {
  // ok: injection.sql-injection
  connection.query(mysql.format('SELECT * FROM users WHERE name = ?', [req.query.name]), () => {});
  // ruleid: injection.sql-injection
  connection.query(mysql.format('SELECT * FROM ' + req.query.table + ' WHERE id = ?', [1]), () => {});
  res.end();
});

app.get('/safe/pg-format', async (req, res) => {
  const sql = format('SELECT * FROM %I WHERE owner = %L', 'documents', req.query.owner);
  // ok: injection.sql-injection
  res.json(await pool.query(sql));
});

app.get('/safe/sort', async (req, res) => {
  const column = SORT_COLUMNS[req.query.sort] || 'name';
  // ok: injection.sql-injection
  const rows = await pool.query(`SELECT * FROM products ORDER BY ${column}`);
  res.json(rows);
});

app.get('/safe/knex', async (req, res) => {
  // ok: injection.sql-injection
  const rows = await knex('users').where('name', req.query.name).whereRaw('age > ?', [req.query.age]);
  // ok: injection.sql-injection
  const total = await knex.raw('SELECT count(*) FROM users WHERE team = ?', [req.query.team]);
  res.json({ rows, total });
});

app.get('/safe/constants', async (req, res) => {
  // ok: injection.sql-injection
  const one = await pool.query('SELECT 1');
  // ok: injection.sql-injection
  const fromConfig = await pool.query('SELECT * FROM ' + config.defaultTable + ' LIMIT ' + 10);
  res.json({ one, fromConfig });
});

app.get('/safe/kv/:key', async (req, res) => {
  // ok: injection.sql-injection
  const value = await levelDb.get(req.params.key);
  // ok: injection.sql-injection
  const cached = cacheDb.get(`user:${req.params.key}`);
  // ok: injection.sql-injection
  sqliteDb.get('SELECT * FROM pets WHERE name = ?', [req.params.key], () => {});
  res.json({ value, cached });
});

app.get('/safe/lookalikes', (req, res) => {
  const pattern = /^[a-z]+$/;
  // ok: injection.sql-injection
  const m = pattern.exec(req.query.word);
  const params = new URLSearchParams(req.url);
  // ok: injection.sql-injection
  const found = [1, 2, 3].find((n) => n === req.query.n);
  res.json({ m, params, found });
});

function internalJob(tableName) {
  // ok: injection.sql-injection
  return pool.query('SELECT count(*) FROM audit_log');
}

module.exports = { app, koaSearch, koaProduct, cli, internalJob };
