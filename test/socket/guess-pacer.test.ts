import { describe, expect, it } from 'vitest';
import type { Budget } from '../../server/socket/budget.js';
import { RateLimited } from '../../server/socket/errors.js';
import { GuessPacer } from '../../server/socket/guess-pacer.js';
import { MemoryBuckets } from '../../server/socket/token-bucket.js';

/** A bucket that does not refill within a test. */
const budget = (capacity: number) => new MemoryBuckets({ capacity, perMinute: 1e-6 });
const connection = () => ({ connected: true });
const outcome = (p: Promise<unknown>) => p.then((v) => (v === null ? 'wrong' : 'right'), (e: unknown) => (e instanceof RateLimited ? 'paced' : 'failed'));

describe('the pacing of typed join codes', () => {
  it('passes a surge of right codes through a budget of one, each handing its token to the next at once', async () => {
    // The wait is shorter than the first periodic check, so only the hand-over can let them all in.
    const pacer = new GuessPacer({ perAddress: budget(1), overall: budget(1000), waitMs: 150 });
    const results = await Promise.all(Array.from({ length: 20 }, () => outcome(pacer.evaluate(connection(), 'venue', async () => 'session'))));
    expect(results).toEqual(Array(20).fill('right'));
  });

  it('keeps the token of a wrong code and gives back the token of a lookup that failed', async () => {
    const pacer = new GuessPacer({ perAddress: budget(2), overall: budget(1000), waitMs: 0 });
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('wrong');
    expect(await outcome(pacer.evaluate(connection(), 'venue', () => Promise.reject(new Error('storage away'))))).toBe('failed');
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('wrong');
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('paced');
    // Another address has its own budget; the overall one is shared.
    expect(await outcome(pacer.evaluate(connection(), 'elsewhere', async () => null))).toBe('wrong');
  });

  it('gives back the address token when the overall budget refuses', async () => {
    let overallOpen = false;
    const overall: Budget = { take: async () => (overallOpen ? { ok: true, giveBack: async () => undefined } : { ok: false, retryAfterMs: 1000 }) };
    const pacer = new GuessPacer({ perAddress: budget(1), overall, waitMs: 0 });
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('paced');
    overallOpen = true;
    // The address's only token came back with the refusal: it is there for the next code, and then spent.
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('wrong');
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('paced');
  });

  it('refuses at once beyond the attempts one address may have waiting on this node', async () => {
    const pacer = new GuessPacer({ perAddress: budget(1), overall: budget(1000), waitMs: 1000, maxWaitingPerAddress: 2 });
    await pacer.evaluate(connection(), 'venue', async () => null);
    const waiting = [0, 1].map(() => outcome(pacer.evaluate(connection(), 'venue', async () => null)));
    await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    expect(await outcome(pacer.evaluate(connection(), 'venue', async () => null))).toBe('paced');
    expect(Date.now() - started).toBeLessThan(800);
    const others = await Promise.all(waiting);
    expect(others).toEqual(['paced', 'paced']);
  });
});
