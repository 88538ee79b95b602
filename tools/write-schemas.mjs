#!/usr/bin/env node
// Writes the published JSON schemas (libs/sentinel/schema/warden.schema.json, rule.schema.json) from their zod
// definitions, through the built package: build @warden/sentinel first. With --check it writes nothing and
// exits 1 when a committed file differs from what the definitions generate (the same comparison a test makes).
/* global process, console -- a Node script; the lint config sets no environment for tools/ */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'libs/sentinel/dist/config/json-schemas.js');
const outDir = path.join(root, 'libs/sentinel/schema');
const check = process.argv.includes('--check');

let schemaFiles;
try {
  ({ schemaFiles } = await import(pathToFileURL(dist).href));
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  console.error(`write-schemas: ${path.relative(root, dist)} not found; build first: npx tsc -p libs/sentinel/tsconfig.lib.json`);
  process.exit(2);
}

const stale = [];
await mkdir(outDir, { recursive: true });
for (const [name, text] of Object.entries(schemaFiles())) {
  const file = path.join(outDir, name);
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (current === text) continue;
  if (check) stale.push(path.relative(root, file));
  else {
    await writeFile(file, text);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
if (stale.length > 0) {
  console.error(`out of date: ${stale.join(', ')}; run: node tools/write-schemas.mjs`);
  process.exit(1);
}
