import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.js';
import { connectRedis, type RedisConnection } from '../../server/store/redis-connection.js';
import type { Budget, Taken } from '../../server/socket/budget.js';
import { MemoryBuckets, RedisBuckets } from '../../server/socket/token-bucket.js';
import { deleteKeys, redisUrl, uniquePrefix } from '../integration/redis-harness.js';

async function takeMany(budget: Budget, key: string, n: number): Promise<Taken[]> {
  const out: Taken[] = [];
  for (let i = 0; i < n; i++) out.push(await budget.take(key));
  return out;
}
const granted = (taken: Taken[]) => taken.filter((t) => t.ok).length;

describe('token buckets in memory', () => {
  it('grants the capacity at once, then one token per refill interval, and says how long to wait', async () => {
    let now = 1_000_000;
    const bucket = new MemoryBuckets({ capacity: 3, perMinute: 60 }, () => now);
    expect(granted(await takeMany(bucket, 'a', 3))).toBe(3);
    expect(await bucket.take('a')).toEqual({ ok: false, retryAfterMs: 1000 });
    now += 400;
    expect(await bucket.take('a')).toEqual({ ok: false, retryAfterMs: 600 });
    now += 600;
    expect((await bucket.take('a')).ok).toBe(true);
    // Other keys have their own bucket.
    expect(granted(await takeMany(bucket, 'b', 3))).toBe(3);
  });

  it('charges nothing for a refused attempt, so a token given back is there for the very next one', async () => {
    const now = 1_000_000;
    const bucket = new MemoryBuckets({ capacity: 1, perMinute: 1 }, () => now);
    const held = await bucket.take('venue');
    expect(granted(await takeMany(bucket, 'venue', 100))).toBe(0);
    if (held.ok) await held.giveBack();
    expect((await bucket.take('venue')).ok).toBe(true);
  });

  it('never holds more than its capacity, however many tokens are given back', async () => {
    const bucket = new MemoryBuckets({ capacity: 2, perMinute: 1 }, () => 1_000_000);
    const [first] = await takeMany(bucket, 'a', 1);
    if (first.ok) for (let i = 0; i < 5; i++) await first.giveBack();
    expect(granted(await takeMany(bucket, 'a', 5))).toBe(2);
  });
});

describe('token buckets in Redis, shared by every node', () => {
  const prefix = uniquePrefix('bucket');
  let client: RedisConnection;
  beforeAll(async () => {
    client = await connectRedis({ url: redisUrl(), logger: createLogger('silent'), role: 'test' });
  });
  afterAll(async () => {
    await deleteKeys(prefix);
    await client.close();
  });

  it('grants the capacity once across two nodes, charges nothing for refusals and never exceeds its capacity', async () => {
    const shape = { capacity: 4, perMinute: 1e-3 };
    const [nodeA, nodeB] = [new RedisBuckets(client, `${prefix}rl`, shape), new RedisBuckets(client, `${prefix}rl`, shape)];
    const taken = await Promise.all([...(await Promise.all([takeMany(nodeA, 'venue', 3), takeMany(nodeB, 'venue', 3)]))].flat());
    expect(granted(taken)).toBe(4);
    const refused = taken.find((t) => !t.ok);
    expect(refused && !refused.ok && refused.retryAfterMs).toBeGreaterThan(60_000);
    expect(granted(await takeMany(nodeA, 'venue', 50))).toBe(0);
    const held = taken.find((t) => t.ok)!;
    if (held.ok) for (let i = 0; i < 10; i++) await held.giveBack();
    expect(granted(await takeMany(nodeB, 'venue', 10))).toBe(4);
    expect(granted(await takeMany(nodeB, 'elsewhere', 10))).toBe(4);
  });
});
