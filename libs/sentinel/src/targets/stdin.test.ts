import { mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTargets } from './index.js';

let root: string;
beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'warden-stdin-')));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('stdin', () => {
  it('turns the content it is given into one file with the given name', async () => {
    const r = await resolveTargets({ kind: 'stdin', filename: 'src/app.ts', content: Buffer.from('const a = 1;\n') }, { root });
    expect(r).toEqual({
      files: [{ path: 'src/app.ts', content: Buffer.from('const a = 1;\n'), size: 13 }],
      skipped: [],
      notices: [],
    });
  });

  it('reads the whole stream when no content is given, in chunks', async () => {
    const stdin = Readable.from([Buffer.from('part one, '), 'part two', Buffer.from('\n')]);
    const r = await resolveTargets({ kind: 'stdin', filename: '' }, { root, stdin });
    expect(r.files).toEqual([{ path: 'stdin', content: Buffer.from('part one, part two\n'), size: 19 }]);
  });

  it('names the file relative to the root, "/" separated', async () => {
    const content = Buffer.from('x');
    const abs = await resolveTargets({ kind: 'stdin', filename: path.join(root, 'lib', 'a.ts'), content }, { root });
    expect(abs.files[0]!.path).toBe('lib/a.ts');
    const dotted = await resolveTargets({ kind: 'stdin', filename: './lib/../b.ts', content }, { root });
    expect(dotted.files[0]!.path).toBe('b.ts');
  });

  it('skips input over maxFileSize, still reading it to the end', async () => {
    const big = Readable.from(Array.from({ length: 10 }, () => Buffer.alloc(1000, 0x61)));
    const r = await resolveTargets({ kind: 'stdin', filename: 'big.txt' }, { root, stdin: big, maxFileSize: 5000 });
    expect(r.files).toEqual([]);
    expect(r.skipped).toEqual([{ file: 'big.txt', reason: 'too-large', detail: '10000 bytes, over the 5000-byte limit' }]);
    expect(big.readableEnded).toBe(true);
  });

  it('refuses to wait on a terminal', async () => {
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    await expect(resolveTargets({ kind: 'stdin', filename: 'x' }, { root, stdin: tty })).rejects.toThrow(
      '--stdin needs input piped to it, but stdin is a terminal',
    );
  });
});
