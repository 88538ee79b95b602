// The labelled secrets corpus (tools/corpus): the generator and the scorer do what they say, and the secrets pack
// meets the goal of issue #3 on it: precision >= 0.97 and recall >= 0.95, scored by line.
// The report printed below names files, lines and kinds only: the scorer never reads the corpus files, so no
// planted value can reach the output.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../libs/sentinel/src/index.js';
import { generateCorpus, type CorpusLabels, type GeneratedCorpus } from '../tools/corpus/generate.mjs';
import { formatScore, score, summaryLine } from '../tools/corpus/score.mjs';

const FILES = 400;
const SEED = 'warden-test';
const GOAL = { precision: 0.97, recall: 0.95 };

let dir: string;
let corpus: GeneratedCorpus;
let labels: CorpusLabels;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'warden-corpus-'));
  corpus = generateCorpus({ out: path.join(dir, 'main'), files: FILES, seed: SEED });
  labels = JSON.parse(readFileSync(corpus.labelsFile, 'utf8')) as CorpusLabels;
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function listFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

describe('corpus generator', () => {
  it('plants secrets of many kinds and at least as many decoys, one label per line, on lines that exist', () => {
    expect(corpus.files).toBe(FILES);
    expect(listFiles(corpus.corpusDir)).toHaveLength(FILES);
    expect(corpus.secrets).toBeGreaterThan(FILES / 2);
    expect(corpus.decoys).toBeGreaterThanOrEqual(corpus.secrets);
    const secretKinds = new Set(labels.labels.filter((l) => l.type === 'secret').map((l) => l.kind));
    const decoyKinds = new Set(labels.labels.filter((l) => l.type === 'decoy').map((l) => l.kind));
    expect(secretKinds.size).toBeGreaterThanOrEqual(50);
    expect(decoyKinds.size).toBeGreaterThanOrEqual(20);
    const seen = new Set<string>();
    const lineCounts = new Map<string, number>();
    for (const l of labels.labels) {
      const key = `${l.file}:${l.line}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      if (!lineCounts.has(l.file)) lineCounts.set(l.file, readFileSync(path.join(corpus.corpusDir, l.file), 'utf8').split('\n').length - 1);
      const n = lineCounts.get(l.file)!;
      expect(l.line, key).toBeGreaterThanOrEqual(1);
      expect(l.line, key).toBeLessThanOrEqual(n);
      if (l.span) {
        expect(l.span[0]).toBeLessThanOrEqual(l.line);
        expect(l.span[1]).toBeGreaterThanOrEqual(l.line);
        expect(l.span[1]).toBeLessThanOrEqual(n);
      }
    }
    // labels.json holds positions and kinds, never the values.
    expect(Object.keys(labels.labels[0]!).sort()).toEqual(expect.arrayContaining(['file', 'line', 'type', 'kind']));
    for (const l of labels.labels) for (const k of Object.keys(l)) expect(['file', 'line', 'span', 'type', 'kind', 'provider', 'resembles', 'as', 'format']).toContain(k);
  });

  it('writes the same corpus for the same seed, and another for another seed', () => {
    const a = generateCorpus({ out: path.join(dir, 'a'), files: 60, seed: 'same' });
    const b = generateCorpus({ out: path.join(dir, 'b'), files: 60, seed: 'same' });
    const c = generateCorpus({ out: path.join(dir, 'c'), files: 60, seed: 'other' });
    const files = listFiles(a.corpusDir);
    expect(listFiles(b.corpusDir)).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(b.corpusDir, f), 'utf8')).toBe(readFileSync(path.join(a.corpusDir, f), 'utf8'));
    expect(readFileSync(b.labelsFile, 'utf8')).toBe(readFileSync(a.labelsFile, 'utf8'));
    expect(readFileSync(c.labelsFile, 'utf8')).not.toBe(readFileSync(a.labelsFile, 'utf8'));
  });

  it('refuses to overwrite a folder it did not write', () => {
    expect(() => generateCorpus({ out: dir, files: 1 })).toThrow(/refusing/);
  });
});

describe('corpus scorer', () => {
  const L: CorpusLabels['labels'] = [
    { file: 'a.env', line: 2, type: 'secret', kind: 'github-pat' },
    { file: 'a.env', line: 3, type: 'secret', kind: 'generic-password' },
    { file: 'a.env', line: 4, type: 'decoy', kind: 'placeholder', resembles: 'generic-password' },
    { file: 'k.pem', line: 1, span: [1, 27], type: 'secret', kind: 'private-key' },
    { file: 'c.pem', line: 1, span: [1, 20], type: 'decoy', kind: 'public-key-or-certificate', resembles: 'private-key' },
  ];

  it('counts a true positive once per secret, a false positive once per decoy or unlabelled line', () => {
    const s = score(L, [
      { file: 'a.env', line: 2, ruleId: 'secret.github' },
      { file: './a.env', line: 2, ruleId: 'secret.generic' },
      { file: 'a.env', line: 4, ruleId: 'secret.generic' },
      { file: 'k.pem', line: 1 },
      { file: 'k.pem', line: 27 },
      { file: 'c.pem', line: 1 },
      { file: 'c.pem', line: 20 },
      { file: 'a.env', line: 9 },
      { file: '/abs/root/other.js', line: 5 },
    ], { root: '/abs/root' });
    expect(s.overall).toMatchObject({ tp: 2, fn: 1, fp: 4 });
    expect(s.falsePositives).toEqual({ decoy: 2, unlabeled: 2 });
    expect(s.overall.precision).toBeCloseTo(2 / 6);
    expect(s.overall.recall).toBeCloseTo(2 / 3);
    expect(s.overall.f1).toBeCloseTo((2 * (2 / 6) * (2 / 3)) / (2 / 6 + 2 / 3));
    expect(s.misses).toEqual([{ file: 'a.env', line: 3, kind: 'generic-password', provider: undefined, format: undefined }]);
    expect(s.falseHits.map((h) => `${h.file}:${h.line}:${h.type}`)).toEqual(['a.env:4:decoy', 'a.env:9:unlabeled', 'c.pem:1:decoy', 'other.js:5:unlabeled']);
    expect(s.totals.duplicates).toBe(3);
    const pk = s.byKind.find((k) => k.kind === 'private-key')!;
    expect(pk).toMatchObject({ secrets: 1, tp: 1, decoys: 1, fp: 1, precision: 0.5, recall: 1 });
    expect(s.falsePositivesByRule).toEqual({ 'secret.generic': 1, '(no rule id)': 3 });
  });

  it('has no precision when nothing is reported, and zero recall', () => {
    const s = score(L, []);
    expect(s.overall).toMatchObject({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: null });
  });
});

describe('secrets pack on the labelled corpus', () => {
  it(`reaches precision >= ${GOAL.precision} and recall >= ${GOAL.recall}`, async () => {
    const result = await scan({
      target: { kind: 'paths', paths: ['.'] },
      root: corpus.corpusDir,
      categories: ['secret'],
      workers: 0,
      gitignore: false,
    });
    const findings = result.findings.filter((f) => !f.suppressed).map((f) => ({ file: f.file, line: f.start.line, ruleId: f.ruleId }));
    const s = score(labels, findings);
    const skipped = Object.entries(result.stats.skipped).filter(([, n]) => (n ?? 0) > 0).map(([k, n]) => `${k} ${n}`).join(', ');
    const report = `${formatScore(s, { title: `Warden secret rules on ${FILES} corpus files (seed ${SEED})`, maxList: 40 })}\n  scanned ${result.stats.filesScanned} files${skipped ? `; skipped: ${skipped}` : ''}`;
    // The full report once; the assertions carry the one-line summary.
    console.log(report);
    const line = `${summaryLine(s)} (per-kind report above)`;
    expect.soft(s.overall.precision ?? 0, `precision: ${line}`).toBeGreaterThanOrEqual(GOAL.precision);
    expect.soft(s.overall.recall ?? 0, `recall: ${line}`).toBeGreaterThanOrEqual(GOAL.recall);
  }, 180_000);
});
