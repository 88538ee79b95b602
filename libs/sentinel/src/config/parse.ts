// warden.json text → validated, resolved config. Kept apart from load.ts so zod loads only when a file exists.
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { parseWithSchema } from './issues.js';
import { parseJsonText } from './json.js';
import { wardenConfigSchema, type WardenConfig } from './schema.js';

/**
 * Validates warden.json text and resolves it against `dir`. `file` is only used in messages. Synchronous and
 * free of I/O, for callers that hold the text already.
 */
export function parseConfig(text: string, file: string, dir: string): WardenConfig {
  const raw = parseJsonText(text, file);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const what = Array.isArray(raw) ? 'a list' : raw === null ? 'null' : `a ${typeof raw}`;
    throw new ConfigError(file, `must hold a JSON object { … } at the top level, not ${what}`);
  }
  const config = parseWithSchema(wardenConfigSchema, raw, file);
  config.rules.paths = config.rules.paths.map((p) => resolve(dir, p));
  if (config.baseline !== undefined) config.baseline = resolve(dir, config.baseline);
  return config;
}
