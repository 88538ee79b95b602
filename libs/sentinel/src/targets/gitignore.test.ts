import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveTargets } from './index.js';

beforeAll(() => {
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete process.env[k];
});

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const NAMES = ['a', 'b', 'c', 'build', 'src', 'x.log', 'y.tmp', 'keep.log', 'z.ts'];
// Heavy on negations and on directories excluded by one file and re-included by a deeper one, where a naive
// use of the `ignore` package goes wrong.
const PATTERNS = [
  '*.log', '!keep.log', 'build/', '/a', 'b/', '*.tmp', '!*.tmp', 'src/**/c', 'c/', '!c/', '**/x.log', 'a/b',
  '!b', 'z.ts', '!a/', '**/b/', 'a/**', '!**/x.log', '/build/', '*', '!*/', '!z.ts', 'src/', '!src/c',
  'build/b/', '*.t?', '[ab]', '!/a/c', '**/a/**', 'a/*/c', '*/b', '!a/**', 'b/**/c/', '!**/b/**', '/*/a',
];

async function randomRepo(seed: number): Promise<{ root: string; dirs: string[] }> {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'warden-gitignore-')));
  execFileSync('git', ['init', '-q', root]);
  const dirs = [''];
  for (let i = 0; i < 40; i++) {
    const parent = pick(dirs);
    const name = pick(NAMES);
    const rel = parent ? `${parent}/${name}` : name;
    try {
      if (next() < 0.4 && !name.includes('.')) {
        await mkdir(path.join(root, rel));
        dirs.push(rel);
      } else {
        await writeFile(path.join(root, rel), 'x', { flag: 'wx' });
      }
    } catch {
      // the name is taken (by a file or a directory): fine, the tree is random anyway
    }
  }
  for (const d of dirs) {
    if (next() < 0.5) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(PATTERNS));
      await writeFile(path.join(root, d, '.gitignore'), lines.join('\n') + '\n');
    }
  }
  return { root, dirs };
}

function gitLsFiles(dir: string): string[] {
  const out = execFileSync('git', ['-C', dir, 'ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' });
  return out.split('\0').filter(Boolean).sort();
}

async function ours(root: string): Promise<string[]> {
  return (await resolveTargets({ kind: 'paths', paths: [] }, { root })).files.map((f) => f.path).sort();
}

describe('.gitignore semantics', () => {
  it('lists exactly what `git ls-files -co --exclude-standard` lists, on random trees', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { root, dirs } = await randomRepo(seed);
      try {
        expect(await ours(root), `seed ${seed}`).toEqual(gitLsFiles(root));
        // Again from a subdirectory the repository does not ignore: the files above it apply too.
        const sub = dirs.find((d) => d.includes('/')) ?? dirs[1];
        if (sub && !isIgnored(root, sub)) {
          expect(await ours(path.join(root, sub)), `seed ${seed} in ${sub}`).toEqual(gitLsFiles(path.join(root, sub)));
        }
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    }
  });
});

function isIgnored(root: string, rel: string): boolean {
  try {
    execFileSync('git', ['-C', root, 'check-ignore', '-q', `${rel}/`]);
    return true;
  } catch {
    return false;
  }
}
