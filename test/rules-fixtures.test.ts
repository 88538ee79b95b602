// Every shipped rule against its fixtures: a miss or a false hit fails, at the exact line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules, testRules } from '../libs/sentinel/src/index.js';
import { REPO_ROOT, tempTree, warden } from './support/cli.js';

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

// Reports carry every rule's title, message, fix and description (SARIF's rule metadata); a rule whose own prose
// matches it would flag last run's report on the next scan, and the finding would never go away.
describe("the rules' own text", () => {
  it('triggers no rule, as JSON or SARIF', async () => {
    const { rules } = await loadRules([path.join(REPO_ROOT, 'rules')]);
    const prose = rules.map(({ def }) => ({ id: def.id, title: def.title, message: def.message, fix: def.fix, description: def.description }));
    const text = JSON.stringify(prose, null, 2);
    const tree = tempTree({ 'reports/rules.json': text, 'reports/rules.sarif': text, 'reports/rules.txt': prose.map((p) => Object.values(p).join('\n')).join('\n\n') });
    try {
      const r = warden(['scan', '.', '--format', 'json'], { cwd: tree.dir });
      const hits = (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; start: { line: number } }[] }).findings;
      expect(hits.map((f) => `${f.ruleId} ${f.file}:${f.start.line}`)).toEqual([]);
    } finally {
      tree.cleanup();
    }
  });
});
