// Fixture for crypto.weak-hash (JavaScript).
const crypto = require('crypto');
const { createHash, createSign } = require('node:crypto');
const CryptoJS = require('crypto-js');
const md5 = require('md5');

const LEGACY_ALGORITHM = 'sha1';

function gravatarUrl(email) {
  // ruleid: crypto.weak-hash
  const digest = md5(email.trim().toLowerCase());
  return `https://www.gravatar.com/avatar/${digest}`;
}

function signUpload(body) {
  // ruleid: crypto.weak-hash
  return crypto.createHash('sha1').update(body).digest('hex');
}

function legacyChecksum(buffer) {
  // ruleid: crypto.weak-hash
  return createHash(LEGACY_ALGORITHM).update(buffer).digest('base64');
}

function pickedAtRuntime(data, strong) {
  const algorithm = strong ? 'sha256' : 'md5';
  // ruleid: crypto.weak-hash
  return crypto.createHash(algorithm).update(data).digest('hex');
}

function viaOptions(data) {
  const options = { algorithm: 'RSA-SHA1', encoding: 'hex' };
  // ruleid: crypto.weak-hash
  return crypto.createHash(options.algorithm).update(data).digest(options.encoding);
}

function signLegacy(privateKey, payload) {
  // ruleid: crypto.weak-hash
  const signer = createSign('sha1');
  signer.update(payload);
  return signer.sign(privateKey, 'base64');
}

async function browserDigest(bytes) {
  // ruleid: crypto.weak-hash
  return crypto.subtle.digest('SHA-1', bytes);
}

function cryptoJs(text) {
  // ruleid: crypto.weak-hash
  return CryptoJS.SHA1(text).toString();
}

function etag(body) {
  // The literal 'md5' is reported by the sibling rule only.
  // ok: crypto.weak-hash
  // ruleid: crypto.weak-hash-md5
  return crypto.createHash('md5').update(body).digest('hex');
}

function strong(data, key) {
  // ok: crypto.weak-hash
  const a = crypto.createHash('sha256').update(data).digest('hex');
  // ok: crypto.weak-hash
  const b = createHash('sha3-256').update(data).digest('hex');
  // ok: crypto.weak-hash
  const c = crypto.createHmac('sha1', key).update(data).digest('hex');
  // ok: crypto.weak-hash
  const d = CryptoJS.SHA256(data).toString();
  // ok: crypto.weak-hash
  const e = crypto.subtle.digest('SHA-256', data);
  return [a, b, c, d, e];
}

function configured(data, config) {
  // ok: crypto.weak-hash
  return crypto.createHash(config.hashAlgorithm).update(data).digest('hex');
}

function labels() {
  // ok: crypto.weak-hash
  const names = { md5: 'MD5 checksum', sha1: 'sha1' };
  // ok: crypto.weak-hash
  const h = crypto.createHash('sha512');
  return [names, h];
}

module.exports = { gravatarUrl, signUpload, legacyChecksum, pickedAtRuntime, viaOptions, signLegacy, browserDigest, cryptoJs, etag, strong, configured, labels };
