// Fixture for crypto.insecure-random (JavaScript, Express).
const crypto = require('crypto');
const express = require('express');
const _ = require('lodash');

const app = express();

function generateToken() {
  // ruleid: crypto.insecure-random
  return Math.random().toString(36).substring(2) + Date.now().toString(36);
}

function randomPassword(length) {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  let password = '';
  for (let i = 0; i < length; i++) {
    // ruleid: crypto.insecure-random
    password += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return password;
}

app.post('/forgot', async (req, res) => {
  const user = await db.users.findByEmail(req.body.email);
  // ruleid: crypto.insecure-random
  const resetToken = Math.floor(Math.random() * 1e16).toString(16);
  user.resetToken = resetToken;
  await user.save();
  res.json({ ok: true });
});

app.post('/login', (req, res) => {
  const n = Math.random();
  // ruleid: crypto.insecure-random
  res.cookie('session_id', n.toString(36).slice(2), { httpOnly: true });
  res.json({
    // ruleid: crypto.insecure-random
    csrfToken: _.random(1e9, 1e10).toString(),
  });
});

const makeOtp = () => {
  // ruleid: crypto.insecure-random
  return String(Math.floor(100000 + Math.random() * 900000));
};

class ApiKeys {
  newApiKey() {
    const raw = Math.random().toString(16).slice(2);
    // ruleid: crypto.insecure-random
    return `ak_${raw}`;
  }
}

function secureToken() {
  // ok: crypto.insecure-random
  return crypto.randomBytes(32).toString('hex');
}

function secureCode() {
  // ok: crypto.insecure-random
  const otp = crypto.randomInt(100000, 1000000);
  return otp;
}

function ui(items) {
  // ok: crypto.insecure-random
  const jitter = Math.random() * 250;
  // ok: crypto.insecure-random
  const pick = items[Math.floor(Math.random() * items.length)];
  // ok: crypto.insecure-random
  const sessionTimeout = 1000 + Math.random() * 500;
  // ok: crypto.insecure-random
  const showBanner = Math.random() < 0.1;
  return { jitter, pick, sessionTimeout, showBanner };
}

function copy(req) {
  // ok: crypto.insecure-random
  const token = req.headers['x-token'];
  return token;
}

module.exports = { app, generateToken, randomPassword, makeOtp, ApiKeys, secureToken, secureCode, ui, copy };
