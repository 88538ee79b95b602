import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { it, expect } from 'vitest';
import { resolveTargets } from './index.js';

function rng(seed: number) { return () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; }; }
const names = ['a', 'b', 'c', 'x.log', 'y.tmp', 'build', 'src', 'keep.log', 'z.ts'];
const pats = ['**/a/**', 'a/*/c', '*/b', '!a/**', 'b/**/c/', '!**/b/**', 'a/**/b', '!*/c/', '/*/a', '**/b/', 'a/**', '!**/x.log', '/build/', '*', '!*/', '!z.ts', 'src/', '!src/c', 'build/b/', '*.t?', '[ab]', '!/a/c', '*.log', '!keep.log', 'build/', '/a', 'b/', '*.tmp', '!*.tmp', 'src/**/c', 'c/', '!c/', '**/x.log', 'a/b', '!b', 'z.ts', '!a/'];
it('agrees with git', async () => {
  let mismatches = 0; let total = 0; let ignoredTotal = 0;
  for (let seed = 4001; seed <= 5000; seed++) {
    const r = rng(seed);
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'fz-')));
    execFileSync('git', ['init', '-q', root]);
    const dirs = [''];
    for (let i = 0; i < 40; i++) {
      const parent = dirs[Math.floor(r() * dirs.length)]!;
      const name = names[Math.floor(r() * names.length)]!;
      const rel = parent ? `${parent}/${name}` : name;
      if (r() < 0.4 && !name.includes('.')) { try { await mkdir(path.join(root, rel)); dirs.push(rel); } catch {} }
      else { await writeFile(path.join(root, rel), 'x').catch(() => {}); }
    }
    for (const d of dirs) if (r() < 0.5) {
      const lines = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pats[Math.floor(r() * pats.length)]);
      await writeFile(path.join(root, d, '.gitignore'), lines.join('\n') + '\n').catch(() => {});
    }
    const sub = dirs.find((d) => d.includes('/')) ?? dirs.find((d) => d !== '') ?? '';
    let ignoredSub = false;
    try { execFileSync('git', ['-C', root, 'check-ignore', '-q', sub + '/']); ignoredSub = true; } catch {}
    if (ignoredSub || !sub) { await rm(root, { recursive: true, force: true }); continue; }
    const scanRoot = path.join(root, sub);
    const ours = (await resolveTargets({ kind: 'paths', paths: [] }, { root: scanRoot })).files.map((f) => f.path).sort();
    const git = execFileSync('git', ['-C', scanRoot, 'ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean).sort();
    total += git.length; ignoredTotal += Number(execFileSync('sh', ['-c', `git -C ${root} ls-files -o -i --exclude-standard | wc -l`], { encoding: 'utf8' }).trim());
    if (JSON.stringify(ours) !== JSON.stringify(git)) {
      mismatches++;
      if (mismatches < 4) {
        console.log('seed', seed, 'only ours', ours.filter((p) => !git.includes(p)), 'only git', git.filter((p) => !ours.includes(p)));
        console.log(execFileSync('sh', ['-c', `cd ${root} && find . -name .gitignore -exec sh -c 'echo "== $1"; cat "$1"' _ {} \\;`], { encoding: 'utf8' }));
      }
    }
    await rm(root, { recursive: true, force: true });
  }
  console.log('mismatches', mismatches, 'kept', total, 'ignored', ignoredTotal);
  expect(mismatches).toBe(0);
}, 300000);
