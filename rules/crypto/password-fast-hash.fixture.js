// Fixture for crypto.password-fast-hash (JavaScript, Express).
const crypto = require('crypto');
const express = require('express');
const bcrypt = require('bcrypt');
const CryptoJS = require('crypto-js');
const sha256 = require('js-sha256');

const router = express.Router();

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  // ruleid: crypto.password-fast-hash
  const hashed = crypto.createHash('sha256').update(password).digest('hex');
  await db.users.insert({ email, password: hashed });
  res.status(201).end();
});

router.post('/login', async (req, res) => {
  const user = await db.users.findOne({ email: req.body.email });
  // ruleid: crypto.password-fast-hash
  const candidate = crypto.createHash('sha512').update(user.salt).update(req.body.password).digest('hex');
  res.json({ ok: candidate === user.passwordHash });
});

function hashPassword(plain, salt) {
  const salted = salt + plain;
  return salted;
}

function legacyPassword(pwd, salt) {
  // ruleid: crypto.weak-hash
  const hash = crypto.createHash('sha1');
  // ruleid: crypto.password-fast-hash
  hash.update(`${salt}:${pwd}`);
  return hash.digest('hex');
}

function clientSide(form) {
  // ruleid: crypto.password-fast-hash
  return CryptoJS.SHA256(form.get('password')).toString();
}

function withPackage(user) {
  // ruleid: crypto.password-fast-hash
  return sha256(user.password);
}

function newApi(passphrase) {
  // ruleid: crypto.password-fast-hash
  return crypto.hash('sha256', passphrase);
}

async function safe(req, res) {
  const { password, email } = req.body;
  // ok: crypto.password-fast-hash
  const stored = await bcrypt.hash(password, 12);
  // ok: crypto.password-fast-hash
  const key = crypto.scryptSync(password, crypto.randomBytes(16), 64);
  // ok: crypto.password-fast-hash
  const emailHash = crypto.createHash('sha256').update(email).digest('hex');
  res.json({ stored, key: key.length, emailHash });
}

function resetLink(user) {
  const resetPasswordToken = crypto.randomBytes(32).toString('hex');
  // ok: crypto.password-fast-hash
  user.resetPasswordTokenHash = crypto.createHash('sha256').update(resetPasswordToken).digest('hex');
  // ok: crypto.password-fast-hash
  const fingerprint = crypto.createHash('sha256').update(user.passwordHash).digest('hex');
  return fingerprint;
}

function policy(passwordMinLength) {
  const h = crypto.createHash('sha256');
  // ok: crypto.password-fast-hash
  h.update(String(passwordMinLength));
  return h.digest('hex');
}

module.exports = { router, hashPassword, legacyPassword, clientSide, withPackage, newApi, safe, resetLink, policy };
