import { describe, expect, it } from 'vitest';
import type { Budget } from '../../server/socket/budget.js';
import { RateLimited } from '../../server/socket/errors.js';
import { GuessPacer } from '../../server/socket/guess-pacer.js';
import { MemoryBuckets } from '../../server/socket/token-bucket.js';

/** A bucket that does not refill within a test. */
const budget = (capacity: number) => new MemoryBuckets({ capacity, perMinute: 1e-6 });
const connection = () => ({ connected: true });
const outcome = (p: Promise<unknown>) => p.then((v) => (v === null ? 'wrong' : 'right'), (e: unknown) => (e instanceof RateLimited ? 'paced' : 'failed'));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = (outcomes: string[], which: string) => outcomes.filter((o) => o === which).length;

/** A budget elsewhere (as in Redis): every answer takes a few milliseconds. Records its spends. */
function remote(bucket: MemoryBuckets): Budget & { spent: string[] } {
  const spent: string[] = [];
  return {
    spent,
    msUntil: async (key, needed) => (await pause(3), bucket.msUntil(key, needed)),
    spend: async (key) => {
      await pause(3);
      spent.push(key);
      bucket.spend(key);
    },
  };
}

describe('the pacing of typed join codes', () => {
  it('passes a surge of right codes through a budget of one, each letting the next in at once', async () => {
    // The wait is shorter than the first periodic check, so only the wake-up can let them all in.
    const pacer = new GuessPacer({ perAddress: budget(1), overall: budget(1000), waitMs: 150 });
    const results = await Promise.all(Array.from({ length: 20 }, () => outcome(pacer.evaluate(connection(), 'venue', async () => 'session'))));
    expect(results).toEqual(Array(20).fill('right'));
  });

  it('spends a token on a wrong code only: a right code, a lookup that failed and a refused attempt spend nothing', async () => {
    const [perAddress, overall] = [remote(budget(1)), remote(budget(1000))];
    const pacer = new GuessPacer({ perAddress, overall, waitMs: 0 });
    for (let i = 0; i < 5; i++) expect(await outcome(pacer.evaluate(connection(), 'venue', async () => 'session'))).toBe('right');
    expect(await outcome(pacer.evaluate(connection(), 'venue', () => Promise.reject(new Error('storage away'))))).toBe('failed');
    expect([perAddress.spent, overall.spent]).toEqual([[], []]);
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('wrong');
    expect([perAddress.spent, overall.spent]).toEqual([['venue'], ['all']]);
    for (let i = 0; i < 3; i++) expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('paced');
    expect([perAddress.spent, overall.spent]).toEqual([['venue'], ['all']]);
    // Another address has its own budget; the overall one is shared.
    expect(await outcome(pacer.evaluate(connection(), 'elsewhere', async () => null))).toBe('wrong');
    expect(overall.spent).toEqual(['all', 'all']);
  });

  it('spends nothing from the address budget when the overall budget refuses', async () => {
    let overallOpen = false;
    const overall: Budget = { msUntil: () => (overallOpen ? 0 : 1000), spend: () => undefined };
    const pacer = new GuessPacer({ perAddress: budget(1), overall, waitMs: 0 });
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('paced');
    overallOpen = true;
    // The address's only token is still there for the next code, and then spent.
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('wrong');
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('paced');
  });

  it('lets no more codes turn out wrong on one node than the budget holds, however many are checked side by side', async () => {
    const pacer = new GuessPacer({ perAddress: remote(budget(3)), overall: remote(budget(1000)), waitMs: 100 });
    const slowWrong = async () => (await pause(20), null);
    const results = await Promise.all(Array.from({ length: 12 }, () => outcome(pacer.evaluate(connection(), 'venue', slowWrong))));
    expect(count(results, 'wrong')).toBe(3);
    expect(count(results, 'paced')).toBe(9);
  });

  it('across two nodes sharing a budget, lets through at most the attempts in flight elsewhere beyond it, as a debt repaid by waiting', async () => {
    // One token a second, on a clock that stands still: the debt shows in the wait.
    const shared = new MemoryBuckets({ capacity: 3, perMinute: 60 }, () => 1_000_000);
    const nodes = [0, 1].map(() => new GuessPacer({ perAddress: remote(shared), overall: remote(budget(1000)), waitMs: 50 }));
    const slowWrong = async () => (await pause(20), null);
    const results = (
      await Promise.all(nodes.map((pacer) => Promise.all(Array.from({ length: 4 }, () => outcome(pacer.evaluate(connection(), 'venue', slowWrong))))))
    ).map((answers) => count(answers, 'wrong'));
    // Each node alone keeps to the budget; the other node's attempts in flight are the most it can add.
    for (const wrong of results) expect(wrong).toBeLessThanOrEqual(3);
    const wrong = results[0] + results[1];
    expect(wrong).toBeGreaterThanOrEqual(3);
    expect(shared.msUntil('venue', 1)).toBe((wrong - 3 + 1) * 1000);
  });

  it('refuses at once beyond the attempts one address may have waiting on this node', async () => {
    const pacer = new GuessPacer({ perAddress: budget(1), overall: budget(1000), waitMs: 1000, maxWaitingPerAddress: 2 });
    await pacer.evaluate(connection(), 'venue', async () => null);
    const waiting = [0, 1].map(() => outcome(pacer.evaluate(connection(), 'venue', async () => null)));
    await pause(20);
    const started = Date.now();
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('paced');
    expect(Date.now() - started).toBeLessThan(800);
    const others = await Promise.all(waiting);
    expect(others).toEqual(['paced', 'paced']);
  });
});
