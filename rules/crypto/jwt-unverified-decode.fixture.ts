// Fixture for crypto.jwt-unverified-decode (TypeScript: NestJS guard, Express middleware).
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import * as jose from 'jose';
import jwt, { type JwtPayload } from 'jsonwebtoken';

@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const token = request.headers.authorization?.split(' ')[1] ?? '';
    // ruleid: crypto.jwt-unverified-decode
    const claims = jwt.decode(token) as JwtPayload | null;
    return claims?.roles?.includes('admin') ?? false;
  }
}

export function attachUser(req: Request, res: Response, next: NextFunction): void {
  const token = String(req.headers['x-access-token'] ?? '');
  // ruleid: crypto.jwt-unverified-decode
  res.locals.user = jose.decodeJwt(token);
  next();
}

// Safe cases

@Injectable()
export class JwtGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const token = request.headers.authorization?.split(' ')[1] ?? '';
    // ok: crypto.jwt-unverified-decode
    const claims = jwt.verify(token, process.env.JWT_SECRET ?? '', { algorithms: ['HS256'] }) as JwtPayload;
    return claims.roles?.includes('admin') ?? false;
  }
}

export function expiresAt(token: string): number {
  // ok: crypto.jwt-unverified-decode
  const payload = jwt.decode(token) as JwtPayload;
  return payload.exp ?? 0;
}

export function decodeBase64(text: string): string {
  // ok: crypto.jwt-unverified-decode
  return Buffer.from(text, 'base64').toString('utf8');
}
