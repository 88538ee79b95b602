import { createHash } from 'node:crypto';

export function cacheKey(input: string): string {
  // Fine: SHA-256 is not flagged.
  return createHash('sha256').update(input).digest('hex');
}

export function legacyEtag(body: string): string {
  // Deliberate: MD5 in TypeScript.
  return createHash('MD5').update(body).digest('base64');
}
