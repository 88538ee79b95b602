// Fixture for crypto.static-iv (TypeScript).
import { createCipheriv, randomBytes, type CipherKey } from 'node:crypto';

const config = {
  algorithm: 'aes-256-cbc',
  iv: 'abcdefghijklmnop',
} as const;

const ZERO_IV: Buffer = Buffer.alloc(16);

export class SettingsCipher {
  constructor(private readonly key: CipherKey) {}

  seal(plain: string): string {
    // ruleid: crypto.static-iv
    const cipher = createCipheriv('aes-256-cbc', this.key, ZERO_IV);
    return cipher.update(plain, 'utf8', 'hex') + cipher.final('hex');
  }

  fromConfig(plain: string): string {
    // ruleid: crypto.static-iv
    const cipher = createCipheriv(config.algorithm, this.key, config.iv);
    return cipher.update(plain, 'utf8', 'hex') + cipher.final('hex');
  }

  fresh(plain: string): Buffer {
    const iv: Buffer = randomBytes(16);
    // ok: crypto.static-iv
    const cipher = createCipheriv('aes-256-cbc', this.key, iv);
    return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]);
  }
}

// NestJS-style service: the IV is a field set once in the constructor.
export class FieldCipherService {
  private readonly algorithm = 'aes-256-cbc';
  private readonly key: Buffer;
  private readonly iv: Buffer;
  private readonly fallbackIv = '0123456789abcdef';

  constructor(secret: string) {
    this.key = Buffer.from(secret, 'hex');
    this.iv = Buffer.alloc(16, 0);
  }

  encrypt(text: string): string {
    // ruleid: crypto.static-iv
    const cipher = createCipheriv(this.algorithm, this.key, this.iv);
    return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
  }

  encryptFallback(text: string): string {
    try {
      // ruleid: crypto.static-iv
      const cipher = createCipheriv(this.algorithm, this.key, this.fallbackIv);
      return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
    } catch {
      return '';
    }
  }

  encryptFresh(text: string): Buffer {
    const iv = randomBytes(16);
    // ok: crypto.static-iv
    const cipher = createCipheriv(this.algorithm, this.key, iv);
    return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final()]);
  }
}
