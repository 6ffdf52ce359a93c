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
  [a, b] = await Promise.all([0, 1].map(() => openRedisStore({ url: redisUrl(), prefix, logger })));
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

  it('hands a follower what other nodes wrote, and takes in a new round while blocked', async () => {
    const seenByA: StoredEvent[] = [];
    const seenByB: StoredEvent[] = [];
    a.log.follow('first', (events) => seenByA.push(...events));
    b.log.follow('first', (events) => seenByB.push(...events));
    await a.log.append('first', [question(1)], 0);
    await b.log.append('first', [question(2)], 1);
    await waitFor(() => seenByA.some((e) => e.seq === 2) && seenByB.some((e) => e.seq === 1));
    // Entries name no writer: a node's own append comes back only if it raced the append's reply, and then the caller's version covers it.
    expect(seenByA.map((e) => e.seq).filter((seq) => seq !== 1)).toEqual([2]);
    expect(seenByB.map((e) => e.seq).filter((seq) => seq !== 2)).toEqual([1]);
    expect(seenByA.find((e) => e.seq === 2)!.event).toEqual(question(2));

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

  it('lets go of a round: stops following it and forgets its events, then reads it whole again', async () => {
    const seen: StoredEvent[] = [];
    await a.log.append('released', [question(1)], 0);
    a.log.follow('released', (events) => seen.push(...events), 1);
    await b.log.append('released', [question(2)], 1);
    await waitFor(() => seen.length === 1, 2500);

    await a.release!('released', []);
    await b.log.append('released', [question(3)], 2);
    const marker: StoredEvent[] = [];
    a.log.follow('marker', (events) => marker.push(...events));
    await b.log.append('marker', [question(1)], 0);
    // The follower has read past the release: "released" is no longer among what it reads.
    await waitFor(() => marker.length === 1, 2500);
    expect(seen.map((e) => e.seq)).toEqual([2]);
    expect((await a.log.read('released')).map((e) => e.event)).toEqual([question(1), question(2), question(3)]);
  });

  it('runs its scripts again on a Redis that has forgotten them (SCRIPT FLUSH, as after a restart)', async () => {
    await a.log.append('flushed', [question(1)], 0);
    await a.client.scriptFlush();
    expect(await a.log.append('flushed', [question(2)], 1)).toEqual([{ seq: 2, event: question(2) }]);
    await expect(a.log.append('flushed', [question(3)], 1)).rejects.toBeInstanceOf(VersionConflict);
  });
});
