import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function fakeStream(isTTY: boolean, columns = 80) {
  const writes: string[] = [];
  return { isTTY, columns, writes, write: (s: string) => writes.push(s) };
}

function fakeClock() {
  let t = 1_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('progress bar', () => {
  it('does nothing when the stream is not a TTY', () => {
    const stream = fakeStream(false);
    const clock = fakeClock();
    const p = createProgress(stream, 10, { now: clock.now });
    clock.advance(1_000);
    p.tick(5);
    p.done();
    expect(stream.writes).toEqual([]);
  });

  it('draws nothing for a scan shorter than one interval', () => {
    const stream = fakeStream(true);
    const clock = fakeClock();
    const p = createProgress(stream, 10, { now: clock.now });
    for (let i = 0; i < 10; i++) p.tick();
    p.done();
    expect(stream.writes).toEqual([]);
  });

  it('redraws at most once per interval and clears the line when done', () => {
    const stream = fakeStream(true);
    const clock = fakeClock();
    const p = createProgress(stream, 200, { now: clock.now });
    clock.advance(100);
    p.tick(50);
    for (let i = 0; i < 50; i++) {
      clock.advance(1);
      p.tick();
    }
    expect(stream.writes).toHaveLength(1);
    expect(stream.writes[0]).toBe(`\rscanning [${'█'.repeat(8)}${'░'.repeat(22)}] 50/200 files  25%\x1b[K`);
    clock.advance(100);
    p.tick(150);
    expect(stream.writes).toHaveLength(2);
    expect(stream.writes[1]).toContain('200/200 files 100%');
    p.done();
    expect(stream.writes.at(-1)).toBe('\r\x1b[K');
    p.tick();
    p.done();
    expect(stream.writes).toHaveLength(3);
  });

  it('fits narrow terminals and counts without a total', () => {
    const narrow = fakeStream(true, 30);
    const clock = fakeClock();
    const p = createProgress(narrow, 1000, { now: clock.now });
    clock.advance(500);
    p.tick(10);
    expect(narrow.writes[0]).toBe('\rscanning 10/1000 files   1%\x1b[K');

    const open = fakeStream(true);
    const q = createProgress(open, 0, { now: clock.now, unit: 'blobs' });
    clock.advance(500);
    q.tick(7);
    expect(open.writes[0]).toBe('\rscanning 7 blobs\x1b[K');
  });
});
