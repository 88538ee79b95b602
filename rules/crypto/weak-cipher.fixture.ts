// Fixture for crypto.weak-cipher (TypeScript).
import { createCipheriv, createDecipheriv, randomBytes, type CipherKey } from 'node:crypto';

type CipherName = 'aes-256-gcm' | 'des-ede3-cbc';

export class TokenVault {
  private static readonly ALGORITHM = 'aes-256-gcm';

  seal(key: CipherKey, data: string): Buffer {
    const iv = randomBytes(12);
    // ok: crypto.weak-cipher
    const cipher = createCipheriv(TokenVault.ALGORITHM, key, iv);
    return Buffer.concat([iv, cipher.update(data, 'utf8'), cipher.final()]);
  }
}

export function legacyOpen(key: CipherKey, data: Buffer): string {
  const algorithm: CipherName = 'des-ede3-cbc';
  // ruleid: crypto.weak-cipher
  const decipher = createDecipheriv(algorithm, key, data.subarray(0, 8));
  return decipher.update(data.subarray(8)).toString('utf8') + decipher.final('utf8');
}

export function ecb(key: CipherKey, block: Buffer): Buffer {
  // ruleid: crypto.weak-cipher
  const c = createCipheriv('aes-128-ecb' as string, key, null);
  return Buffer.concat([c.update(block), c.final()]);
}

export function blowfish(key: CipherKey, iv: Buffer, block: Buffer): Buffer {
  // ruleid: crypto.weak-cipher
  const c = createCipheriv('BF-CBC', key, iv);
  return Buffer.concat([c.update(block), c.final()]);
}

export function ctr(key: CipherKey, block: Buffer): Buffer {
  // ok: crypto.weak-cipher
  const c = createCipheriv('aes-256-ctr', key, randomBytes(16));
  return Buffer.concat([c.update(block), c.final()]);
}

// NestJS-style service: the cipher name is a class field.
export class LegacyCryptoService {
  private readonly algorithm = 'aes-256-ecb';
  private readonly modern = 'aes-256-gcm';

  constructor(private readonly key: CipherKey) {}

  encrypt(text: string): string {
    // ruleid: crypto.weak-cipher
    const cipher = createCipheriv(this.algorithm, this.key, null);
    return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
  }

  seal(text: string): Buffer {
    const iv = randomBytes(12);
    // ok: crypto.weak-cipher
    const cipher = createCipheriv(this.modern, this.key, iv);
    return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  }
}
