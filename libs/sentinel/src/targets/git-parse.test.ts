import { describe, expect, it } from 'vitest';
import { BatchParser, PatchParser, parseBatchCheck, parseRawZ, type BatchObject } from './git-parse.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

/** Feeds a parser one byte at a time: every chunk boundary a pipe could produce. */
function bytewise(buf: Buffer, push: (chunk: Buffer) => void): void {
  for (let i = 0; i < buf.length; i++) push(buf.subarray(i, i + 1));
}

describe('parseRawZ', () => {
  it('reads plain entries, renames and copies with their exact names', () => {
    const out = Buffer.from(
      `:100644 100644 ${A} ${B} M\0a b.ts\0:100644 100644 ${A} ${B} R087\0old\nname\0new "name"\0` +
        `:000000 100755 ${'0'.repeat(40)} ${B} A\0ünï.sh\0:100644 100644 ${A} ${B} C100\0x\0y\0`,
    );
    expect(parseRawZ(out)).toEqual([
      { oldMode: '100644', newMode: '100644', oldId: A, newId: B, status: 'M', oldPath: 'a b.ts', path: 'a b.ts' },
      { oldMode: '100644', newMode: '100644', oldId: A, newId: B, status: 'R', oldPath: 'old\nname', path: 'new "name"' },
      { oldMode: '000000', newMode: '100755', oldId: '0'.repeat(40), newId: B, status: 'A', oldPath: 'ünï.sh', path: 'ünï.sh' },
      { oldMode: '100644', newMode: '100644', oldId: A, newId: B, status: 'C', oldPath: 'x', path: 'y' },
    ]);
    expect(parseRawZ(Buffer.alloc(0))).toEqual([]);
  });

  it('refuses output it does not understand', () => {
    expect(() => parseRawZ(Buffer.from('garbage\0'))).toThrow(/unexpected git diff --raw output/);
  });
});

describe('PatchParser', () => {
  const patch = [
    'diff --git a/m.ts b/m.ts',
    `index ${A}..${B} 100644`,
    '--- a/m.ts',
    '+++ b/m.ts',
    '@@ -3,2 +3,2 @@ function f() {',
    '-old',
    '-old',
    '+diff --git a/fake b/fake',
    '+@@ -1 +1 @@',
    '@@ -10,0 +11 @@',
    '+appended',
    '@@ -12 +12,0 @@',
    '-deleted only',
    '@@ -20 +20 @@',
    '-x',
    '+y',
    '\\ No newline at end of file',
    'diff --git a/r.ts b/r.ts',
    'similarity index 100%',
    'rename from q.ts',
    'rename to r.ts',
    'diff --git a/bin b/bin',
    `index ${'0'.repeat(40)}..${B}`,
    'Binary files /dev/null and b/bin differ',
    'diff --git a/adj.ts b/adj.ts',
    '@@ -1,2 +1,2 @@',
    '-a',
    '-b',
    '+a',
    '+b',
    '@@ -3 +3,2 @@',
    '-c',
    '+c',
    '+d',
    '',
  ].join('\n');
  const expected = [
    { changed: [[3, 4], [11, 11], [20, 20]], binary: false, newId: B },
    { changed: [], binary: false },
    { changed: [], binary: true, newId: B },
    // Adjacent hunks merge into one range.
    { changed: [[1, 4]], binary: false },
  ];

  it('keeps only hunk headers: the new-side lines each file adds or changes', () => {
    const p = new PatchParser();
    p.push(Buffer.from(patch));
    expect(p.end()).toEqual(expected);
  });

  it('gives the same answer however the stream is cut', () => {
    const p = new PatchParser();
    bytewise(Buffer.from(patch), (c) => p.push(c));
    expect(p.end()).toEqual(expected);
  });

  it('does not hold long content lines', () => {
    const p = new PatchParser();
    p.push(Buffer.from('diff --git a/x b/x\n@@ -0,0 +1 @@\n+'));
    for (let i = 0; i < 100; i++) p.push(Buffer.alloc(1 << 16, 0x61));
    p.push(Buffer.from('\n'));
    expect(p.end()).toEqual([{ changed: [[1, 1]], binary: false }]);
  });
});

describe('BatchParser', () => {
  it('reads objects, empty ones and missing ones, across any chunking', () => {
    const out = Buffer.concat([
      Buffer.from(`${A} blob 5\nhello\n`),
      Buffer.from(`${B} blob 0\n\n`),
      Buffer.from(`${'c'.repeat(40)} missing\n`),
      Buffer.from(`${'d'.repeat(40)} blob 3\n\n\0\n\n`),
    ]);
    const seen: Array<[BatchObject, string | undefined]> = [];
    const p = new BatchParser((info, content) => seen.push([info, content?.toString('latin1')]));
    bytewise(out, (c) => p.push(c));
    p.end();
    expect(seen).toEqual([
      [{ id: A, type: 'blob', size: 5 }, 'hello'],
      [{ id: B, type: 'blob', size: 0 }, ''],
      [{ id: 'c'.repeat(40), size: 0 }, undefined],
      [{ id: 'd'.repeat(40), type: 'blob', size: 3 }, '\n\0\n'],
    ]);
  });

  it('notices a truncated stream', () => {
    const p = new BatchParser(() => {});
    p.push(Buffer.from(`${A} blob 5\nhel`));
    expect(() => p.end()).toThrow(/truncated/);
  });

  it('parses --batch-check lines', () => {
    expect(parseBatchCheck(Buffer.from(`${A} blob 12\n${B} missing\n`))).toEqual([
      { id: A, type: 'blob', size: 12 },
      { id: B, size: 0 },
    ]);
  });
});
