// Fixture for crypto.weak-hash (TypeScript).
import * as crypto from 'node:crypto';
import { createHash, type BinaryLike } from 'node:crypto';
import type { Request, Response } from 'express';

type Algorithm = 'sha1' | 'sha256';
const DEDUP_HASH: Algorithm = 'sha1';

export class ContentStore {
  private readonly algorithm = 'sha256';

  fingerprint(data: BinaryLike): string {
    // ruleid: crypto.weak-hash
    return createHash(DEDUP_HASH).update(data).digest('hex');
  }

  key(data: BinaryLike): string {
    // ok: crypto.weak-hash
    return createHash(this.algorithm).update(data).digest('hex');
  }
}

export function uploadHandler(req: Request, res: Response): void {
  const alg = 'SHA1' as const;
  // ruleid: crypto.weak-hash
  const sum = crypto.createHash(alg).update(req.body as Buffer).digest('hex');
  res.json({ sum });
}

export function modern(data: string): string {
  // ruleid: crypto.weak-hash
  return crypto.hash('sha1', data);
}

export function typedName(data: string, algorithm: Algorithm): string {
  // ok: crypto.weak-hash
  return crypto.createHash(algorithm).update(data).digest('hex');
}

export function integrity(data: Buffer): string {
  // ok: crypto.weak-hash
  return crypto.hash('sha256', data);
}

export function legacyTs(data: Buffer): string {
  // ok: crypto.weak-hash
  // ruleid: crypto.weak-hash-md5
  return createHash('md5' as const).update(data).digest('hex');
}
