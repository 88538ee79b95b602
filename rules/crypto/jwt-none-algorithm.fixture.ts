// Fixture for crypto.jwt-none-algorithm (TypeScript).
import * as jose from 'jose';
import jwt, { type JwtPayload } from 'jsonwebtoken';

const publicKey = process.env.JWT_PUBLIC_KEY ?? '';

export function verifyAccess(token: string): JwtPayload {
  // ruleid: crypto.jwt-none-algorithm
  return jwt.verify(token, publicKey, { algorithms: ['RS256', 'none'] as jwt.Algorithm[] }) as JwtPayload;
}

export async function verifyJose(token: string, key: jose.KeyLike): Promise<jose.JWTPayload> {
  // ruleid: crypto.jwt-none-algorithm
  const { payload } = await jose.jwtVerify(token, key, { algorithms: ['none', 'ES256'] });
  return payload;
}

export function unsignedToken(claims: jose.JWTPayload): string {
  // ruleid: crypto.jwt-none-algorithm
  return new jose.UnsecuredJWT(claims).encode();
}

// Safe cases

export function strictVerify(token: string): JwtPayload {
  // ok: crypto.jwt-none-algorithm
  return jwt.verify(token, publicKey, { algorithms: ['RS256'] }) as JwtPayload;
}

export async function joseVerify(token: string, key: jose.KeyLike): Promise<jose.JWTPayload> {
  // ok: crypto.jwt-none-algorithm
  const { payload } = await jose.jwtVerify(token, key, { algorithms: ['ES256'], issuer: 'https://issuer.test' });
  return payload;
}

export const cachePolicy = {
  // ok: crypto.jwt-none-algorithm
  mode: 'none' as const,
};
