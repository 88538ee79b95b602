// Fixture for crypto.weak-hash-md5 (JavaScript).
const crypto = require('crypto');
const { createHash } = require('node:crypto');

function etag(body) {
  // ruleid: crypto.weak-hash-md5
  return crypto.createHash('md5').update(body).digest('hex');
}

function checksum(buffer) {
  // ruleid: crypto.weak-hash-md5
  return createHash("MD5").update(buffer).digest('base64');
}

function inline(value) {
  // ruleid: crypto.weak-hash-md5
  return require('crypto').createHash('md5').update(value).digest('hex');
}

function templated(value) {
  // ruleid: crypto.weak-hash-md5
  return crypto.createHash(`Md5`).update(value).digest('hex');
}

function rsaName(value) {
  // ruleid: crypto.weak-hash-md5
  return crypto.createHash('RSA-MD5').update(value).digest();
}

function strong(value) {
  // ok: crypto.weak-hash-md5
  const a = crypto.createHash('sha256').update(value).digest('hex');
  // ok: crypto.weak-hash-md5
  const b = createHash('sha512').update(value).digest('hex');
  // ok: crypto.weak-hash-md5
  const c = crypto.createHmac('sha256', 'key').update(value).digest('hex');
  // ok: crypto.weak-hash-md5
  const name = 'md5sum';
  return [a, b, c, name];
}

module.exports = { etag, checksum, inline, templated, rsaName, strong };
