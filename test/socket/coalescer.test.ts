import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from '../../server/realtime/coalescer.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Coalescer', () => {
  it('hands over every key marked within an interval once', () => {
    const flushed: string[][] = [];
    const c = new Coalescer<string>(50, (keys) => flushed.push([...keys]));
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
    const c = new Coalescer<string>(
      150,
      () => {
        runs.push(performance.now());
        vi.advanceTimersByTime(100);
      },
      { maxBusyShare: 0.25 },
    );
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
});
