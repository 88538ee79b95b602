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

// Past SHARE_FILES (1,000) the main thread and the workers split the tree itself; parse work and findings come
// from both sides, and must add up to exactly the in-process result.
const large: Record<string, string> = {};
for (let i = 0; i < 1_200; i++) {
  const kind = i % 6;
  large[`d${i % 13}/f${i}.${['js', 'py', 'env', 'txt', 'ts', 'md'][kind]}`] =
    kind === 0
      ? `const a${i} = eval(input${i});\n`
      : kind === 1
        ? `password = "Zq8${i}xW!pL3vR9"\n`
        : kind === 2
          ? `AWS_ACCESS_KEY_ID=${awsKeyId()}\n`
          : kind === 4 && i % 5 === 0
            ? `export const h = require('crypto').createHash('md5');\n`
            : `plain text ${i}\n`;
}
const big = tempTree(large);
afterAll(big.cleanup);

describe('engine', () => {
  it('shares a large tree between the main thread and the workers, with the same result as in-process', async () => {
    const inProcess = await scan({ target: { kind: 'paths', paths: ['.'] }, root: big.dir, workers: 0 });
    for (const workers of [1, 2]) {
      const shared = await scan({ target: { kind: 'paths', paths: ['.'] }, root: big.dir, workers });
      expect(shared.stats.workers).toBe(workers);
      expect(shape(shared)).toEqual(shape(inProcess));
    }
    expect(inProcess.stats.filesScanned).toBe(1_200);
    // 200 eval in .js, 200 generic passwords in .py, 200 keys in .env, 40 md5 in .ts
    const byRule = (id: string) => inProcess.findings.filter((f) => f.ruleId === id).length;
    expect(byRule('injection.eval-non-literal')).toBe(200);
    expect(byRule('secret.aws-access-key-id')).toBe(200);
    expect(byRule('crypto.weak-hash-md5')).toBe(40);
    expect(inProcess.findings.filter((f) => f.file.endsWith('.py'))).toHaveLength(200);
    expect(inProcess.stats.filesParsed).toBeGreaterThanOrEqual(400);
  });

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
