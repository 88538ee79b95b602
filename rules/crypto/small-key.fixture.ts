// Fixture for crypto.small-key (TypeScript).
import { generateKeyPairSync, type KeyPairSyncResult } from 'node:crypto';

const KEY_SIZE = 1024 as const;
const STRONG_KEY_SIZE = 3072;

export function weak(): KeyPairSyncResult<string, string> {
  return generateKeyPairSync('rsa', {
    // ruleid: crypto.small-key
    modulusLength: KEY_SIZE,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

export function dsa(): KeyPairSyncResult<string, string> {
  return generateKeyPairSync('dsa', {
    // ruleid: crypto.small-key
    modulusLength: 1024,
    divisorLength: 160,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

export function strong(): KeyPairSyncResult<string, string> {
  return generateKeyPairSync('rsa', {
    // ok: crypto.small-key
    modulusLength: STRONG_KEY_SIZE,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}
