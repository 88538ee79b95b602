// Every shipped rule against its fixtures: a miss or a false hit fails, at the exact line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testRules } from '../libs/sentinel/src/index.js';
import { REPO_ROOT } from './support/cli.js';

const report = await testRules([path.join(REPO_ROOT, 'rules')]);

describe('rule packs', () => {
  it('load without errors', () => {
    expect(report.errors).toEqual([]);
    expect(report.rules.length).toBeGreaterThan(0);
  });

  for (const score of report.rules) {
    describe(score.ruleId, () => {
      it('has fixtures with at least one case that must match and one that must not', () => {
        expect(score.fixtures.length, `${score.source} has no fixtures`).toBeGreaterThan(0);
        expect(score.tp + score.fn, 'no ruleid: case').toBeGreaterThan(0);
        expect(score.okCases, 'no ok: case').toBeGreaterThan(0);
      });
      it('matches exactly the annotated lines', () => {
        expect(score.failures).toEqual([]);
      });
    });
  }
});
