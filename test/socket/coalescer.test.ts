import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from '../../server/realtime/coalescer.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A coalescer at a 150 ms interval whose every flush notes when it began and takes 100 ms of work. */
function slowFlushes(runs: number[], options: { maxBusyShare: number; maxPauseMs?: number }): Coalescer<string> {
  return new Coalescer<string>(
    150,
    () => {
      runs.push(performance.now());
      vi.advanceTimersByTime(100);
    },
    options,
  );
}

/** Checks that the next flush starts at `at` on the fake clock: not a millisecond before, and then. */
function expectNextFlushAt(runs: number[], at: number): void {
  const before = [...runs];
  vi.advanceTimersByTime(at - 1 - performance.now());
  expect(runs).toEqual(before);
  vi.advanceTimersByTime(1);
  expect(runs).toEqual([...before, at]);
}

describe('Coalescer', () => {
  it('flushes the first mark at once, with every key the same tick marks', () => {
    const flushed: string[][] = [];
    const c = new Coalescer<string>(50, (keys) => void flushed.push([...keys]));
    c.mark('a');
    c.mark('b');
    c.mark('a');
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(flushed).toEqual([['a', 'b']]);
  });

  it('then hands over what is marked meanwhile once, an interval after the previous flush', () => {
    vi.setSystemTime(0);
    const flushed: [number, string[]][] = [];
    const c = new Coalescer<string>(50, (keys) => void flushed.push([performance.now(), [...keys]]));
    c.mark('a');
    vi.advanceTimersByTime(10);
    c.mark('b');
    vi.advanceTimersByTime(10);
    c.mark('c');
    c.mark('b');
    vi.advanceTimersByTime(29);
    expect(flushed).toEqual([[0, ['a']]]);
    vi.advanceTimersByTime(1);
    expect(flushed).toEqual([[0, ['a']], [50, ['b', 'c']]]);
    // Quiet for longer than an interval: the next mark goes out at once again.
    vi.advanceTimersByTime(200);
    c.mark('d');
    vi.advanceTimersByTime(0);
    expect(flushed.at(-1)).toEqual([250, ['d']]);
  });

  it('spaces out a slow flush so it takes no more than its share of the loop', () => {
    vi.setSystemTime(0);
    const runs: number[] = [];
    // Each flush takes 100 ms of work; at a 25 % share the next may start 300 ms after the last ended.
    const c = slowFlushes(runs, { maxBusyShare: 0.25 });
    c.mark('round');
    vi.advanceTimersByTime(0);
    expect(runs).toEqual([0]);
    // Marked at 100 (the flush ended there): not before 100 + 300 = 400.
    c.mark('round');
    expectNextFlushAt(runs, 400);
  });

  it('never pauses longer than maxPauseMs after a slow flush', () => {
    vi.setSystemTime(0);
    const runs: number[] = [];
    const c = slowFlushes(runs, { maxBusyShare: 0.1, maxPauseMs: 200 });
    c.mark('round');
    vi.advanceTimersByTime(0);
    // Ended at 100; a tenth of the loop would mean 900 ms of pause, capped at 200.
    c.mark('round');
    expectNextFlushAt(runs, 300);
  });

  it('keeps the plain interval when flushes are quick', () => {
    vi.setSystemTime(0);
    const runs: number[] = [];
    const c = new Coalescer<string>(150, () => void runs.push(performance.now()), { maxBusyShare: 0.25 });
    c.mark('round');
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([0]);
    c.mark('round');
    expectNextFlushAt(runs, 150);
  });

  it('waits for a flush that works a slice at a time, and spaces the next by the time it spent working', async () => {
    vi.setSystemTime(0);
    const runs: number[] = [];
    let finish: (busyMs: number) => void = () => undefined;
    const c = new Coalescer<string>(150, () => {
      runs.push(performance.now());
      return new Promise<number>((resolve) => (finish = resolve));
    }, { maxBusyShare: 0.5 });
    c.mark('round');
    vi.advanceTimersByTime(0);
    c.mark('round');
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual([0]);
    // Finished at 1,000 after 200 ms of work: at half the loop, not before 1,000 + 200.
    finish(200);
    await Promise.resolve();
    expectNextFlushAt(runs, 1200);
  });
});
