#!/usr/bin/env node
// Build step of @warden/sentinel: validates the shipped rule packs once and writes dist/rule-index.json, so a
// scan takes those rules from the index (by the SHA-1 of each file's text) without loading YAML or zod. A rule
// file edited after the build no longer matches its hash and is simply validated as it loads.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '../libs/sentinel/dist');
const { buildRuleIndex, RULE_INDEX_FILE } = await import(path.join(dist, 'rules/load.js'));
const index = await buildRuleIndex([path.join(here, '../rules')]);
writeFileSync(path.join(dist, RULE_INDEX_FILE), JSON.stringify(index));
