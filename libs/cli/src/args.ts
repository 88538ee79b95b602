// Thin wrapper over node:util parseArgs that turns its errors into one-line usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { WardenError } from '@warden/sentinel';

export type Options = NonNullable<ParseArgsConfig['options']>;

type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

export function parse<T extends Options>(args: string[], options: T, usage: string): Parsed<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const msg = (err as Error).message.split('\n')[0]!.replace(/^TypeError \[\w+\]: /, '');
    throw new WardenError(`${msg}. Usage: ${usage}`);
  }
}

export function list(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const values = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','));
  return values.map((v) => v.trim()).filter(Boolean);
}

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i;
const UNITS: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

export function size(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const m = SIZE.exec(value.trim());
  if (!m) throw new WardenError(`${flag}: expected a size such as 1048576, 512KiB or 2MB, got "${value}"`);
  return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]!);
}

export function int(value: string | undefined, flag: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new WardenError(`${flag}: expected a whole number ≥ ${min}, got "${value}"`);
  return n;
}
