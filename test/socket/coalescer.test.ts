import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from '../../server/realtime/coalescer.js';
import { runSliced } from '../../server/realtime/sliced.js';
import { runWhole, type Steps } from '../../server/synthesis/steps.js';

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

describe('Coalescer', () => {
  it('hands over every key marked within an interval once', () => {
    const flushed: string[][] = [];
    const c = new Coalescer<string>(50, (keys) => void flushed.push([...keys]));
    c.mark('a');
    c.mark('b');
    c.mark('a');
    vi.advanceTimersByTime(49);
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(flushed).toEqual([['a', 'b']]);
  });

  it('spaces out a slow flush so it takes no more than its share of the loop', () => {
    vi.setSystemTime(0);
    const runs: number[] = [];
    // Each flush takes 100 ms of work; at a 25 % share the next may start 400 ms after the last began.
    const c = slowFlushes(runs, { maxBusyShare: 0.25 });
    c.mark('round');
    vi.advanceTimersByTime(150);
    expect(runs).toEqual([150]);
    // Marked at 250 (the flush ended there): not before 150 + 400 = 550.
    c.mark('round');
    vi.advanceTimersByTime(299);
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([150, 550]);
  });

  it('never pauses longer than maxPauseMs after a slow flush', () => {
    vi.setSystemTime(0);
    const runs: number[] = [];
    const c = slowFlushes(runs, { maxBusyShare: 0.1, maxPauseMs: 200 });
    c.mark('round');
    vi.advanceTimersByTime(150);
    // Ended at 250; a tenth of the loop would mean 900 ms of pause, capped at 200.
    c.mark('round');
    vi.advanceTimersByTime(199);
    expect(runs).toEqual([150]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([150, 450]);
  });

  it('keeps the plain interval when flushes are quick', () => {
    vi.setSystemTime(0);
    const runs: number[] = [];
    const c = new Coalescer<string>(150, () => void runs.push(performance.now()), { maxBusyShare: 0.25 });
    c.mark('round');
    vi.advanceTimersByTime(150);
    c.mark('round');
    vi.advanceTimersByTime(150);
    expect(runs).toEqual([150, 300]);
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
    vi.advanceTimersByTime(150);
    c.mark('round');
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual([150]);
    // Finished at 1,150 after 200 ms of work: at half the loop, not before 1,150 + 200.
    finish(200);
    await Promise.resolve();
    vi.advanceTimersByTime(199);
    expect(runs).toEqual([150]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([150, 1350]);
  });
});

describe('runSliced', () => {
  function* counting(n: number, log: string[]): Steps<number> {
    let sum = 0;
    for (let i = 1; i <= n; i++) {
      sum += i;
      log.push(`step ${i}`);
      vi.advanceTimersByTime(2);
      yield;
    }
    return sum;
  }

  it('gives the same result as running whole, and lets the event loop in between slices', async () => {
    vi.useRealTimers();
    const log: string[] = [];
    vi.useFakeTimers({ toFake: ['performance'] });
    setImmediate(() => log.push('a message goes out'));
    const done = await runSliced(counting(6, log), 5);
    expect(done?.value).toBe(runWhole(counting(6, [])));
    expect(done?.busyMs).toBeGreaterThanOrEqual(12);
    // Slices of 5 ms at 2 ms a step: three steps, then the queued message, then the rest.
    expect(log.slice(0, 4)).toEqual(['step 1', 'step 2', 'step 3', 'a message goes out']);
  });

  it('stops when cancelled', async () => {
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['performance'] });
    let cancel = false;
    const pending = runSliced(counting(10, []), 5, () => cancel);
    cancel = true;
    expect(await pending).toBeNull();
  });
});

