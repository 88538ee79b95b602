// Fixture for crypto.weak-cipher (JavaScript).
const crypto = require('crypto');
const { createCipheriv, createDecipheriv, randomBytes } = require('node:crypto');
const forge = require('node-forge');
const CryptoJS = require('crypto-js');

const LEGACY_CIPHER = 'des-ede3-cbc';
const config = { cipher: 'bf-cbc', keyLength: 16 };

function encryptLegacy(key, plaintext) {
  const iv = randomBytes(8);
  // ruleid: crypto.weak-cipher
  const cipher = createCipheriv(LEGACY_CIPHER, key, iv);
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final()]);
}

function decryptLegacy(key, data) {
  // ruleid: crypto.weak-cipher
  const decipher = crypto.createDecipheriv('des-cbc', key, data.subarray(0, 8));
  return Buffer.concat([decipher.update(data.subarray(8)), decipher.final()]);
}

function streamCipher(key, text) {
  // ruleid: crypto.weak-cipher
  const rc4 = crypto.createCipheriv('rc4', key, null);
  return rc4.update(text, 'utf8', 'hex') + rc4.final('hex');
}

function fromConfig(key, text) {
  // ruleid: crypto.weak-cipher
  const c = crypto.createCipheriv(config.cipher, key, randomBytes(8));
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function electronicCodebook(key, bits, text) {
  // ruleid: crypto.weak-cipher
  const c = crypto.createCipheriv(`aes-${bits}-ecb`, key, null);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function deprecated(password, text) {
  // ruleid: crypto.weak-cipher
  const c = crypto.createCipher('aes-256-cbc', password);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function withForge(key, bytes) {
  // ruleid: crypto.weak-cipher
  const cipher = forge.cipher.createCipher('3DES-ECB', key);
  cipher.start();
  cipher.update(forge.util.createBuffer(bytes));
  cipher.finish();
  return cipher.output.getBytes();
}

function withCryptoJs(message, passphrase) {
  // ruleid: crypto.weak-cipher
  const a = CryptoJS.TripleDES.encrypt(message, passphrase).toString();
  // ruleid: crypto.weak-cipher
  const b = CryptoJS.AES.encrypt(message, passphrase, { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 });
  return [a, b];
}

function modern(key, plaintext) {
  const iv = randomBytes(12);
  // ok: crypto.weak-cipher
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, body, tag: cipher.getAuthTag() };
}

function modernDecrypt(key, { iv, body, tag }) {
  // ok: crypto.weak-cipher
  const d = createDecipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 });
  d.setAuthTag(tag);
  return Buffer.concat([d.update(body), d.final()]);
}

function forgeGcm(key, iv) {
  // ok: crypto.weak-cipher
  return forge.cipher.createCipher('AES-GCM', key).start({ iv });
}

function jsGood(message, key, iv) {
  // ok: crypto.weak-cipher
  return CryptoJS.AES.encrypt(message, key, { iv, mode: CryptoJS.mode.CBC }).toString();
}

function chosen(algorithm, key, iv) {
  // ok: crypto.weak-cipher
  return crypto.createCipheriv(algorithm, key, iv);
}

module.exports = { encryptLegacy, decryptLegacy, streamCipher, fromConfig, electronicCodebook, deprecated, withForge, withCryptoJs, modern, modernDecrypt, forgeGcm, jsGood, chosen };

class DesVault {
  constructor(key) {
    this.key = key;
    this.cipherName = 'des-ede3-cbc';
  }

  encrypt(text) {
    const iv = randomBytes(8);
    // ruleid: crypto.weak-cipher
    const cipher = createCipheriv(this.cipherName, this.key, iv);
    return Buffer.concat([iv, cipher.update(text), cipher.final()]);
  }
}

module.exports.DesVault = DesVault;
