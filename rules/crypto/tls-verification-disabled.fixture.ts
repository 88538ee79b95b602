// Fixture for crypto.tls-verification-disabled (TypeScript).
import { Agent } from 'node:https';
import type { ConnectionOptions } from 'node:tls';
import { DataSource } from 'typeorm';

export const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  // ruleid: crypto.tls-verification-disabled
  ssl: { rejectUnauthorized: false } as ConnectionOptions,
});

export function devAgent(): Agent {
  // ruleid: crypto.tls-verification-disabled
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
  return new Agent();
}

export function strictAgent(ca: string): Agent {
  // ok: crypto.tls-verification-disabled
  return new Agent({ ca, rejectUnauthorized: true });
}

export const tlsOptions: ConnectionOptions = {
  // ruleid: crypto.tls-verification-disabled
  'rejectUnauthorized': false,
  // ok: crypto.tls-verification-disabled
  minVersion: 'TLSv1.2',
};
