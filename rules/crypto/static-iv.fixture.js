// Fixture for crypto.static-iv (JavaScript).
const crypto = require('crypto');
const forge = require('node-forge');
const CryptoJS = require('crypto-js');

const ALGORITHM = 'aes-256-cbc';
const IV = Buffer.from('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'hex');
const STATIC_NONCE = '000000000000';

function encryptZeroIv(key, text) {
  // ruleid: crypto.static-iv
  const cipher = crypto.createCipheriv(ALGORITHM, key, Buffer.alloc(16, 0));
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptConstIv(key, text) {
  // ruleid: crypto.static-iv
  const cipher = crypto.createCipheriv(ALGORITHM, key, IV);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encryptLiteral(key, text) {
  // ruleid: crypto.static-iv
  const cipher = crypto.createCipheriv('aes-128-cbc', key, '1234567890123456');
  return cipher.update(text, 'utf8', 'base64') + cipher.final('base64');
}

function encryptGcm(key, text) {
  const iv = Buffer.from(STATIC_NONCE);
  // ruleid: crypto.static-iv
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text), cipher.final()]);
  return { body, tag: cipher.getAuthTag() };
}

function encryptTypedArray(key, text) {
  const iv = new Uint8Array(16);
  // ruleid: crypto.static-iv
  const cipher = crypto.createCipheriv('aes-256-ctr', key, iv);
  return cipher.update(text);
}

async function webCrypto(key, data) {
  // ruleid: crypto.static-iv
  return crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) }, key, data);
}

function withForge(key, bytes) {
  const cipher = forge.cipher.createCipher('AES-CBC', key);
  // ruleid: crypto.static-iv
  cipher.start({ iv: 'fedcba9876543210' });
  cipher.update(forge.util.createBuffer(bytes));
  cipher.finish();
  return cipher.output;
}

function withCryptoJs(message, key) {
  const iv = CryptoJS.enc.Utf8.parse('0102030405060708');
  // ruleid: crypto.static-iv
  return CryptoJS.AES.encrypt(message, key, { iv, mode: CryptoJS.mode.CBC }).toString();
}

function randomIv(key, text) {
  const iv = crypto.randomBytes(16);
  // ok: crypto.static-iv
  const cipher = crypto.createCipheriv(ALGORITHM, key, iv);
  return Buffer.concat([iv, cipher.update(text), cipher.final()]).toString('base64');
}

function filledIv(key, text) {
  const iv = Buffer.alloc(12);
  crypto.randomFillSync(iv);
  // ok: crypto.static-iv
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, cipher.update(text), cipher.final(), cipher.getAuthTag()]);
}

function fromMessage(key, payload) {
  const raw = Buffer.from(payload, 'base64');
  const iv = Buffer.from(raw.subarray(0, 16));
  // ok: crypto.static-iv
  const cipher = crypto.createCipheriv(ALGORITHM, key, iv);
  return cipher.update(raw.subarray(16));
}

function fromHex(key, ivHex, text) {
  // ok: crypto.static-iv
  const cipher = crypto.createCipheriv(ALGORITHM, key, Buffer.from(ivHex, 'hex'));
  return cipher.update(text, 'utf8', 'hex');
}

function ecb(key, text) {
  // ok: crypto.static-iv
  // ruleid: crypto.weak-cipher
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null);
  return cipher.update(text, 'utf8', 'hex');
}

async function webCryptoRandom(key, data) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  // ok: crypto.static-iv
  return crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);
}

module.exports = { encryptZeroIv, encryptConstIv, encryptLiteral, encryptGcm, encryptTypedArray, webCrypto, withForge, withCryptoJs, randomIv, filledIv, fromMessage, fromHex, ecb, webCryptoRandom };
