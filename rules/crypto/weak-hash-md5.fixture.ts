// Fixture for crypto.weak-hash-md5 (TypeScript).
import * as crypto from 'node:crypto';
import { createHash, type Hash } from 'node:crypto';

export function cacheKey(parts: string[]): string {
  // ruleid: crypto.weak-hash-md5
  const hash: Hash = crypto.createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

export function fingerprint(data: Buffer): string {
  // ruleid: crypto.weak-hash-md5
  return createHash('md5' as const).update(data).digest('hex');
}

export function digest(data: Buffer): string {
  // ok: crypto.weak-hash-md5
  return createHash('sha256').update(data).digest('hex');
}

export function chosen(algorithm: 'sha256' | 'sha512', data: string): string {
  // ok: crypto.weak-hash-md5
  return crypto.createHash(algorithm).update(data).digest('hex');
}
