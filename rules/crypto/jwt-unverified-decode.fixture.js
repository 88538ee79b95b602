// Fixture for crypto.jwt-unverified-decode (JavaScript: Express, Koa).
const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
const SECRET = process.env.JWT_SECRET;

// Express middleware that trusts the payload without checking the signature
function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').slice(7);
  // ruleid: crypto.jwt-unverified-decode
  const payload = jwt.decode(token);
  if (!payload) return res.status(401).json({ error: 'unauthenticated' });
  req.user = payload;
  next();
}

function requireAdmin(req, res, next) {
  try {
    // ruleid: crypto.jwt-unverified-decode
    const { role } = jwt.decode(req.cookies.session);
    if (role !== 'admin') return res.sendStatus(403);
    next();
  } catch (err) {
    res.sendStatus(401);
  }
}

async function currentUser(ctx, next) {
  const header = ctx.get('Authorization');
  if (header) {
    // ruleid: crypto.jwt-unverified-decode
    ctx.state.user = jwt.decode(header.replace('Bearer ', ''));
  }
  await next();
}

// ruleid: crypto.jwt-unverified-decode
const verifyToken = (token) => jwt.decode(token);

// Safe cases

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').slice(7);
  try {
    // ok: crypto.jwt-unverified-decode
    req.user = jwt.verify(token, SECRET, { algorithms: ['HS256'] });
    next();
  } catch (err) {
    res.status(401).end();
  }
}

function authenticateWithKeyId(req, res, next) {
  const token = (req.headers.authorization || '').slice(7);
  // reading the header to pick the key, then verifying
  // ok: crypto.jwt-unverified-decode
  const decoded = jwt.decode(token, { complete: true });
  const key = keys[decoded.header.kid];
  req.user = jwt.verify(token, key, { algorithms: ['RS256'] });
  next();
}

function tokenExpiry(token) {
  // client-side housekeeping: when to refresh, no access decision
  // ok: crypto.jwt-unverified-decode
  const { exp } = jwt.decode(token);
  return new Date(exp * 1000);
}

const keys = {};
app.use(requireUser);
module.exports = { app, requireAdmin, currentUser, verifyToken, authenticate, authenticateWithKeyId, tokenExpiry };
