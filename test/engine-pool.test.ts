// The worker pool and the in-process path must agree exactly: same findings, same stats.
import { afterAll, describe, expect, it } from 'vitest';
import { scan, type ScanResult } from '../libs/sentinel/src/index.js';
import { awsKeyId, tempTree } from './support/cli.js';

const files: Record<string, string> = {};
for (let i = 0; i < 150; i++) {
  const kind = i % 5;
  files[`pkg${i % 7}/file${i}.${['js', 'ts', 'py', 'env', 'md'][kind]}`] =
    kind === 0
      ? `const a${i} = eval(input${i});\nconst k = '${awsKeyId()}';\n`
      : kind === 1
        ? `import { createHash } from 'node:crypto';\nexport const h = createHash('md5');\n`
        : kind === 2
          ? `x = eval(data)\n`
          : kind === 3
            ? `AWS_ACCESS_KEY_ID=${awsKeyId()}\n`
            : `# notes ${i}\nnothing to see\n`;
}
const t = tempTree(files);
afterAll(t.cleanup);

function shape(r: ScanResult) {
  return {
    findings: r.findings.map((f) => `${f.file}:${f.start.line}:${f.start.column}:${f.ruleId}:${f.fingerprint}`),
    scanned: r.stats.filesScanned,
    bytes: r.stats.bytesScanned,
    prefilter: r.stats.filesMatchedPrefilter,
    parsed: r.stats.filesParsed,
  };
}

describe('engine', () => {
  it('gives the same result with workers as in-process', async () => {
    const inProcess = await scan({ target: { kind: 'paths', paths: ['.'] }, root: t.dir, workers: 0 });
    const pooled = await scan({ target: { kind: 'paths', paths: ['.'] }, root: t.dir, workers: 2 });
    expect(inProcess.stats.workers).toBe(0);
    expect(pooled.stats.workers).toBe(2);
    expect(shape(pooled)).toEqual(shape(inProcess));
    // 30 eval + 30 keys in .js, 30 md5 in .ts, 30 eval in .py, 30 keys in .env
    expect(inProcess.findings).toHaveLength(150);
    expect(inProcess.stats.filesScanned).toBe(150);
  });
});
