// The seed query rules over their fixtures, with a minimal annotation reader of its own (the shared fixture runner
// lives in src/fixtures/). A `ruleid: <id>` comment means a finding must start on the next line that is not an
// annotation; `ok: <id>` means none may; a finding on a line nobody annotated is a false hit.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../findings/line-index.js';
import { ruleSchema } from '../rules/schema.js';
import type { Budget, MatchContext } from './types.js';
import { languageForPath } from './languages.js';
import { LazyTree } from './parse.js';
import { createQueryMatcher, validateQueries } from './query.js';

const RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../rules');
const SEED_RULES = ['injection/eval-non-literal.yaml', 'crypto/weak-hash-md5.yaml'];

const ANNOTATION = /^\s*(?:\/\/|#|\/\*|<!--|--)\s*(ruleid|ok):\s*([a-z0-9][a-z0-9._/-]*)/;

function expectations(text: string, ruleId: string): { must: number[]; mustNot: number[] } {
  const lines = text.split('\n');
  const must: number[] = [];
  const mustNot: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ANNOTATION.exec(lines[i]!);
    if (!m || m[2] !== ruleId) continue;
    let target = i + 1;
    while (target < lines.length && ANNOTATION.test(lines[target]!)) target++;
    (m[1] === 'ruleid' ? must : mustNot).push(target + 1);
  }
  return { must, mustNot };
}

describe.each(SEED_RULES)('seed rule %s', (file) => {
  const source = path.join(RULES_DIR, file);
  const def = ruleSchema.parse(parseYaml(readFileSync(source, 'utf8')));
  const stem = path.basename(file, '.yaml');
  const fixtures = readdirSync(path.dirname(source)).filter((f) => f.startsWith(`${stem}.fixture.`));

  it('has valid queries and a fixture for each listed language family', async () => {
    expect(await validateQueries(def, source)).toEqual([]);
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s: findings start exactly on the ruleid lines', async (fixture) => {
    const text = readFileSync(path.join(path.dirname(source), fixture), 'utf8');
    const language = languageForPath(fixture);
    expect(def.languages).toContain(language);
    const { must, mustNot } = expectations(text, def.id);
    expect(must.length).toBeGreaterThan(0);
    expect(mustNot.length).toBeGreaterThan(0);

    const budget: Budget = { deadline: Date.now() + 10_000, expired: () => false };
    const lazy = new LazyTree(text, language, budget);
    const lines = new LineIndex(text);
    try {
      const ctx: MatchContext = { file: { path: fixture, text, language, lines }, budget, tree: () => lazy.tree() };
      const matches = await createQueryMatcher(def, source).match(ctx);
      expect(lazy.result).toMatchObject({ timedOut: false, hasErrors: false });
      const found = [...new Set(matches.map((m) => lines.lineOf(m.start)))].sort((a, b) => a - b);
      expect(found).toEqual(must);
      for (const line of mustNot) expect(found).not.toContain(line);
    } finally {
      lazy.dispose();
    }
  });
});
