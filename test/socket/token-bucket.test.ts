import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.js';
import { connectRedis, type RedisConnection } from '../../server/store/redis-connection.js';
import type { Budget } from '../../server/socket/budget.js';
import { MemoryBuckets, RedisBuckets } from '../../server/socket/token-bucket.js';
import { deleteKeys, listKeys, redisUrl, uniquePrefix } from '../integration/redis-harness.js';

async function spendMany(budget: Budget, key: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await budget.spend(key);
}

describe('token buckets in memory', () => {
  it('says how long until the tokens asked for are there: the capacity at once, then one per refill interval', () => {
    let now = 1_000_000;
    const bucket = new MemoryBuckets({ capacity: 3, perMinute: 60 }, () => now);
    expect([1, 3, 4, 5].map((needed) => bucket.msUntil('a', needed))).toEqual([0, 0, 1000, 2000]);
    for (let i = 0; i < 3; i++) bucket.spend('a');
    expect(bucket.msUntil('a', 1)).toBe(1000);
    now += 400;
    expect(bucket.msUntil('a', 1)).toBe(600);
    now += 600;
    expect(bucket.msUntil('a', 1)).toBe(0);
    // Other keys have their own bucket.
    expect(bucket.msUntil('b', 3)).toBe(0);
  });

  it('changes nothing when asked, however often', () => {
    const bucket = new MemoryBuckets({ capacity: 2, perMinute: 1 }, () => 1_000_000);
    for (let i = 0; i < 100; i++) bucket.msUntil('venue', 1 + (i % 3));
    expect(bucket.msUntil('venue', 2)).toBe(0);
    bucket.spend('venue');
    for (let i = 0; i < 100; i++) bucket.msUntil('venue', 1);
    expect(bucket.msUntil('venue', 1)).toBe(0);
    expect(bucket.msUntil('venue', 2)).toBe(60_000);
  });

  it('goes into debt when spent beyond its tokens, repays it by waiting, and never refills beyond its capacity', () => {
    let now = 1_000_000;
    const bucket = new MemoryBuckets({ capacity: 2, perMinute: 60 }, () => now);
    for (let i = 0; i < 4; i++) bucket.spend('a');
    expect(bucket.msUntil('a', 1)).toBe(3000);
    now += 3000;
    expect(bucket.msUntil('a', 1)).toBe(0);
    now += 3_600_000;
    expect(bucket.msUntil('a', 2)).toBe(0);
    expect(bucket.msUntil('a', 3)).toBe(1000);
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

  it('answers checks without writing anything, and keeps what one node spends for every node', async () => {
    const shape = { capacity: 4, perMinute: 1e-3 };
    const [nodeA, nodeB] = [new RedisBuckets(client, `${prefix}rl`, shape), new RedisBuckets(client, `${prefix}rl`, shape)];
    for (let needed = 1; needed <= 6; needed++) await nodeA.msUntil('venue', needed);
    expect(await nodeB.msUntil('venue', 4)).toBe(0);
    expect(await nodeB.msUntil('venue', 5)).toBeGreaterThan(60_000);
    expect(await listKeys(prefix)).toEqual([]);

    await spendMany(nodeA, 'venue', 2);
    await spendMany(nodeB, 'venue', 2);
    expect(await nodeA.msUntil('venue', 1)).toBeGreaterThan(60_000);
    const stored = await client.hGetAll(`${prefix}rl:venue`);
    for (let i = 0; i < 20; i++) await nodeB.msUntil('venue', 1);
    expect(await client.hGetAll(`${prefix}rl:venue`)).toEqual(stored);
    expect(await nodeB.msUntil('elsewhere', 4)).toBe(0);
  });

  it('goes into debt when nodes spent more than it held, and expires once it is full again', async () => {
    // One token a second: a debt of one means two seconds until the next token.
    const shape = { capacity: 3, perMinute: 60 };
    const [nodeA, nodeB] = [new RedisBuckets(client, `${prefix}rl`, shape), new RedisBuckets(client, `${prefix}rl`, shape)];
    await Promise.all([spendMany(nodeA, 'debt', 2), spendMany(nodeB, 'debt', 2)]);
    const waitMs = await nodeA.msUntil('debt', 1);
    expect(waitMs).toBeGreaterThan(1500);
    expect(waitMs).toBeLessThanOrEqual(2000);
    // Full again after four seconds, and then forgotten within one more.
    const ttl = await client.pTTL(`${prefix}rl:debt`);
    expect(ttl).toBeGreaterThan(4000);
    expect(ttl).toBeLessThanOrEqual(5000);
  });
});
