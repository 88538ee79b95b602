// Fixture for injection.unsafe-deserialization (TypeScript).
import type { Request, Response } from 'express';
import * as yaml from 'js-yaml';
import { unserialize } from 'node-serialize';

export function restoreCart(req: Request, res: Response): void {
  const raw = String(req.headers['x-cart'] ?? '');
  // ruleid: injection.unsafe-deserialization
  const cart = unserialize(raw) as { items: string[] };
  res.json(cart.items);
}

export function loadLegacyConfig(text: string): unknown {
  // ruleid: injection.unsafe-deserialization
  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA, filename: 'legacy.yml' });
}

// Safe cases

export function loadConfig(text: string): unknown {
  // js-yaml 4: load() uses the default (safe) schema
  // ok: injection.unsafe-deserialization
  return yaml.load(text);
}

export function defaultCart(): unknown {
  // ok: injection.unsafe-deserialization
  return unserialize('{"items":[]}');
}

export function parseCart(req: Request): { items: string[] } {
  // ok: injection.unsafe-deserialization
  return JSON.parse(String(req.headers['x-cart'] ?? '{"items":[]}')) as { items: string[] };
}
