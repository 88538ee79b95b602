// Fixture for crypto.insecure-random (TypeScript, NestJS-style service).
import { randomBytes, randomUUID } from 'node:crypto';

interface Session {
  id: string;
  userId: string;
  nonce: string;
}

export class SessionService {
  private sessions = new Map<string, Session>();

  create(userId: string): Session {
    // The whole session object carries a predictable id.
    // ruleid: crypto.insecure-random
    const session: Session = {
      id: userId + ':' + Math.random().toString(36).slice(2),
      userId,
      // ruleid: crypto.insecure-random
      nonce: Math.random().toString(16).substring(2, 10),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  createSecure(userId: string): Session {
    const session: Session = {
      // ok: crypto.insecure-random
      id: randomUUID(),
      userId,
      // ok: crypto.insecure-random
      nonce: randomBytes(16).toString('base64url'),
    };
    this.sessions.set(session.id, session);
    return session;
  }
}

export function verificationCode(): string {
  let digits = '';
  for (let i = 0; i < 6; i++) digits += String(Math.floor(Math.random() * 10));
  // ruleid: crypto.insecure-random
  return digits;
}

export function retryDelay(attempt: number): number {
  // ok: crypto.insecure-random
  const backoff = 2 ** attempt * 100 + Math.random() * 100;
  return backoff;
}
