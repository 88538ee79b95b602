// Fixture for crypto.small-key (JavaScript).
const crypto = require('crypto');
const { generateKeyPairSync, generateKeyPair, createECDH } = require('node:crypto');
const forge = require('node-forge');
const NodeRSA = require('node-rsa');

const LEGACY_BITS = 1024;

function issueDeviceKeys() {
  return generateKeyPairSync('rsa', {
    // ruleid: crypto.small-key
    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

function legacyKeys(callback) {
  generateKeyPair(
    'rsa',
    // ruleid: crypto.small-key
    { modulusLength: LEGACY_BITS, publicExponent: 0x10001 },
    callback,
  );
}

function ecKeys() {
  // ruleid: crypto.small-key
  return crypto.generateKeyPairSync('ec', { namedCurve: 'secp192k1' });
}

function ecdh() {
  // ruleid: crypto.small-key
  const alice = createECDH('prime192v1');
  return alice.generateKeys();
}

function dh() {
  // ruleid: crypto.small-key
  const group = crypto.getDiffieHellman('modp2');
  return group.generateKeys();
}

async function webCrypto() {
  return crypto.subtle.generateKey(
    // ruleid: crypto.small-key
    { name: 'RSA-OAEP', modulusLength: 1536, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['encrypt', 'decrypt'],
  );
}

function forgeKeys() {
  // ruleid: crypto.small-key
  return forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001 });
}

function nodeRsa() {
  // ruleid: crypto.small-key
  return new NodeRSA({ b: 1024 });
}

function good() {
  // ok: crypto.small-key
  const rsa = generateKeyPairSync('rsa', { modulusLength: 4096 });
  // ok: crypto.small-key
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  // ok: crypto.small-key
  const ecdh2 = createECDH('secp384r1');
  // ok: crypto.small-key
  const forgeRsa = forge.pki.rsa.generateKeyPair({ bits: 3072, workers: 2 });
  // ok: crypto.small-key
  const group = crypto.getDiffieHellman('modp14');
  return [rsa, ec, ecdh2, forgeRsa, group];
}

function configured(options) {
  // ok: crypto.small-key
  return generateKeyPairSync('rsa', { modulusLength: options.bits });
}

module.exports = { issueDeviceKeys, legacyKeys, ecKeys, ecdh, dh, webCrypto, forgeKeys, nodeRsa, good, configured };
