// The published JSON schemas (libs/sentinel/schema/), as file name → exact file text. tools/write-schemas.mjs
// writes these from the built package and a test compares them with the committed files, so the serialisation
// lives in one place and the two cannot disagree on formatting.
import { ruleJsonSchema } from '../rules/schema.js';
import { wardenConfigJsonSchema } from './schema.js';

export function schemaFiles(): Record<string, string> {
  return {
    'warden.schema.json': serialize(wardenConfigJsonSchema()),
    'rule.schema.json': serialize(ruleJsonSchema()),
  };
}

function serialize(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
