// Fixture for crypto.tls-verification-disabled (JavaScript).
const https = require('https');
const tls = require('tls');
const axios = require('axios');
const { Pool } = require('pg');
const request = require('request');

// ruleid: crypto.tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const insecureAgent = new https.Agent({
  keepAlive: true,
  // ruleid: crypto.tls-verification-disabled
  rejectUnauthorized: false,
});

async function fetchPartner(url) {
  const client = axios.create({
    // ruleid: crypto.tls-verification-disabled
    httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  });
  return client.get(url);
}

function connectRaw(host) {
  return tls.connect(443, host, {
    servername: host,
    // ruleid: crypto.tls-verification-disabled
    checkServerIdentity: () => undefined,
  });
}

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ruleid: crypto.tls-verification-disabled
  ssl: { rejectUnauthorized: false },
});

function legacy(url, cb) {
  // ruleid: crypto.tls-verification-disabled
  request({ url, strictSSL: false }, cb);
}

function globalAgent() {
  // ruleid: crypto.tls-verification-disabled
  https.globalAgent.options.rejectUnauthorized = false;
}

// ok: crypto.tls-verification-disabled
const secureAgent = new https.Agent({ rejectUnauthorized: true, ca: process.env.PARTNER_CA });

function checked(host) {
  return tls.connect(443, host, {
    // ok: crypto.tls-verification-disabled
    checkServerIdentity: (hostname, cert) => tls.checkServerIdentity(hostname, cert),
  });
}

function fromConfig(config) {
  // ok: crypto.tls-verification-disabled
  return new https.Agent({ rejectUnauthorized: config.tls.verify });
}

function restore() {
  // ok: crypto.tls-verification-disabled
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

module.exports = { insecureAgent, fetchPartner, connectRaw, pool, legacy, globalAgent, secureAgent, checked, fromConfig, restore };
