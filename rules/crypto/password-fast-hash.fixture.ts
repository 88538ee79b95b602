// Fixture for crypto.password-fast-hash (TypeScript, NestJS-style service).
import { createHash, randomBytes, scrypt as scryptCb } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb);

interface SignupDto {
  email: string;
  password: string;
}

export class AuthService {
  hashLegacy(dto: SignupDto): string {
    // ruleid: crypto.password-fast-hash
    // ruleid: crypto.weak-hash-md5
    return createHash('md5').update(dto.password).digest('hex');
  }

  deriveKey(masterPassword: string): Buffer {
    // ruleid: crypto.password-fast-hash
    return createHash('sha256').update(masterPassword, 'utf8').digest();
  }

  async hashModern(dto: SignupDto): Promise<string> {
    const salt = randomBytes(16);
    // ok: crypto.password-fast-hash
    const derived = (await scrypt(dto.password, salt, 64)) as Buffer;
    return `${salt.toString('hex')}:${derived.toString('hex')}`;
  }

  gravatar(dto: SignupDto): string {
    // ok: crypto.password-fast-hash
    // ruleid: crypto.weak-hash-md5
    return createHash('md5').update(dto.email.trim().toLowerCase()).digest('hex');
  }
}
