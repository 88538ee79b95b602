// The committed JSON schemas must be exactly what the zod definitions generate, so they cannot drift.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from './json-schemas.js';

const schemaDir = fileURLToPath(new URL('../../schema/', import.meta.url));

// ajv is CommonJS: under NodeNext the default import is module.exports, whose `default` is the class.
const Ajv2020 = ajv2020.default;

describe('published JSON schemas', () => {
  const files = schemaFiles();

  for (const [name, text] of Object.entries(files)) {
    it(`schema/${name} matches its zod definition (regenerate: build, then node tools/write-schemas.mjs)`, async () => {
      const committed = await readFile(schemaDir + name, 'utf8').catch(() => '(missing)');
      expect(committed).toBe(text);
    });
  }

  it('warden.schema.json accepts a real config and refuses a typo, as the loader does', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(files['warden.schema.json']!));
    expect(
      validate({
        $schema: './node_modules/@warden/sentinel/schema/warden.schema.json',
        maxFileSize: '512KiB',
        failOn: 'high',
        rules: { disable: ['secret.*'], severity: { 'secret.aws-access-key-id': 'low' } },
        allowlist: { rules: [{ id: 'secret.*', paths: ['test/**'], reason: 'fixtures' }] },
      }),
    ).toBe(true);
    expect(validate({ exlude: [] })).toBe(false);
    expect(validate({ maxFileSize: 'lots' })).toBe(false);
    expect(validate({ rules: { severity: { 'secret.x': 'severe' } } })).toBe(false);
    expect(validate({ allowlist: { fingerprints: [{ fingerprint: 'f' }] } })).toBe(false);
  });

  it('describes every top-level key and shows the defaults', () => {
    const schema = JSON.parse(files['warden.schema.json']!) as {
      properties: Record<string, { description?: string; default?: unknown }>;
    };
    for (const [key, prop] of Object.entries(schema.properties)) expect(prop.description, key).toBeTruthy();
    expect(schema.properties['maxFileSize']!.default).toBe('1MiB');
    expect(schema.properties['failOn']!.default).toBe('medium');
  });
});
