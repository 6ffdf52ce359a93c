import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundEvent, StoredEvent } from '../../server/domain/events.js';
import { createLogger } from '../../server/logger.js';
import { openRedisStore, type RedisStore } from '../../server/store/redis-store.js';
import { VersionConflict } from '../../server/store/types.js';
import { waitFor } from './harness.js';
import { deleteKeys, redisUrl, uniquePrefix } from './redis-harness.js';

const prefix = uniquePrefix('log');
let a: RedisStore;
let b: RedisStore;

beforeAll(async () => {
  const logger = createLogger('silent');
  [a, b] = await Promise.all(['node-a', 'node-b'].map((nodeId) => openRedisStore({ url: redisUrl(), prefix, nodeId, logger })));
});

afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
  await deleteKeys(prefix);
});

const question = (n: number): RoundEvent => ({ type: 'question.edited', sessionId: 's', questionId: `q${n}`, text: `Question ${n}` });

describe('the event log on Redis Streams', () => {
  it('appends a batch whole, or not at all when another writer got there first', async () => {
    await a.log.append('conflict', [question(1), question(2), question(3)], 0);
    await expect(b.log.append('conflict', [question(4), question(5)], 2)).rejects.toBeInstanceOf(VersionConflict);
    await expect(b.log.append('conflict', [question(4)], 0)).rejects.toBeInstanceOf(VersionConflict);
    expect((await b.log.read('conflict')).map((e) => e.seq)).toEqual([1, 2, 3]);
    const stored = await b.log.append('conflict', [question(4), question(5)], 3);
    expect(stored.map((e) => e.seq)).toEqual([4, 5]);
    expect(await a.log.read('conflict', 3)).toEqual(stored);
    expect(await a.log.roundIds()).toContain('conflict');
  });

  it('hands a follower only what other nodes wrote, and takes in a new round while blocked', async () => {
    const seenByA: StoredEvent[] = [];
    const seenByB: StoredEvent[] = [];
    a.log.follow('first', (events) => seenByA.push(...events));
    b.log.follow('first', (events) => seenByB.push(...events));
    await a.log.append('first', [question(1)], 0);
    await b.log.append('first', [question(2)], 1);
    await waitFor(() => seenByA.length === 1 && seenByB.length === 1);
    expect(seenByA.map((e) => e.seq)).toEqual([2]);
    expect(seenByB.map((e) => e.seq)).toEqual([1]);

    // A is now blocked reading "first"; following "second" must not wait for that read to time out (5 s).
    const secondSeenByA: StoredEvent[] = [];
    a.log.follow('second', (events) => secondSeenByA.push(...events));
    await b.log.append('second', [question(1), question(2)], 0);
    await waitFor(() => secondSeenByA.length === 2, 2500);
    expect(secondSeenByA.map((e) => e.event)).toEqual([question(1), question(2)]);
  });

  it('starts following after what the caller already read', async () => {
    await b.log.append('resume', [question(1), question(2)], 0);
    const seen: StoredEvent[] = [];
    a.log.follow('resume', (events) => seen.push(...events), 2);
    await b.log.append('resume', [question(3)], 2);
    await waitFor(() => seen.length > 0, 2500);
    expect(seen.map((e) => e.seq)).toEqual([3]);
  });
});
