import { readFileSync } from 'node:fs';

/** The CLI package's version, read once from its package.json (present both in the repo and when installed). */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
