// The ticket queue shared by runners in separate processes: every ticket is claimed exactly once.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, gitRepo, REPO_ROOT, warden } from './support/cli.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

/** A runner process that claims tickets until the queue is empty, and prints the ids it got. */
function claimer(queueFile: string, name: string): Promise<number[]> {
  const script = `
    import { TicketQueue } from ${JSON.stringify(path.join(REPO_ROOT, 'libs/agent/dist/index.js'))};
    const q = new TicketQueue(${JSON.stringify(queueFile)});
    const got = [];
    for (let t = q.claim(${JSON.stringify(name)}); t; t = q.claim(${JSON.stringify(name)})) got.push(t.id);
    q.close();
    process.stdout.write(JSON.stringify(got));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as number[]) : reject(new Error(`claimer exited ${code}`))));
  });
}

describe('warden queue', () => {
  it('adds, lists and claims through the CLI', () => {
    const repo = gitRepo({ 'a.txt': 'a\n' });
    cleanups.push(repo.cleanup);
    git(repo.dir, 'add', '.');
    git(repo.dir, 'commit', '-qm', 'init');
    expect(warden(['queue', 'add', '--title', 'Add a greet helper', '--body', 'In src/greet.js'], { cwd: repo.dir }).stdout).toBe('warden: queued ticket 1: Add a greet helper\n');
    warden(['queue', 'add', '--title', 'Second'], { cwd: repo.dir });
    const claimed = JSON.parse(warden(['queue', 'claim', '--runner', 'r1', '--json'], { cwd: repo.dir }).stdout);
    expect(claimed).toMatchObject({ id: 1, status: 'claimed', claimed_by: 'r1', body: 'In src/greet.js' });
    expect(warden(['queue', 'list'], { cwd: repo.dir }).stdout).toMatch(/ {3}1 {2}claimed {3}Add a greet helper {2}\(r1\)\n {3}2 {2}queued {4}Second\n/);
    warden(['queue', 'claim'], { cwd: repo.dir });
    const empty = warden(['queue', 'claim'], { cwd: repo.dir });
    expect(empty.code).toBe(1);
    expect(empty.stdout).toBe('warden: the queue has no ticket to claim\n');
  });

  it('never gives one ticket to two runners, with four claiming at once (2,000 tickets)', async () => {
    const repo = gitRepo({});
    cleanups.push(repo.cleanup);
    const file = path.join(repo.dir, 'queue.db');
    const { TicketQueue } = (await import(path.join(REPO_ROOT, 'libs/agent/dist/index.js'))) as typeof import('@warden/agent');
    const q = new TicketQueue(file);
    for (let i = 1; i <= 2000; i++) q.add({ title: `ticket ${i}`, body: '' });
    q.close();
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((name) => claimer(file, name)));
    const all = results.flat().sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    // Each runner got some: they really ran at the same time.
    expect(results.filter((r) => r.length > 0).length).toBeGreaterThan(1);
  });
});
