/**
 * The operator reads Redis's append-only file, which records every write in the order it ran (the
 * setting the operations guide recommends: appendonly yes, appendfsync always). Beside the round's
 * events, in their log order, it must hold no keyed hash of a sender's address next to what it sent,
 * no phone paired with its category, no order of joins within a batch, and no wall-clock time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RedisStore } from '../../server/store/redis-store.js';
import { startThrowawayRedis } from '../support/redis-server.js';
import { cleanupAfter, ok, opId, participant, removeDir, roomWithOpenQuestion, tempDir, type Client } from './harness.js';
import { startRedisNode, uniquePrefix } from './redis-harness.js';
import { wallClockTimes } from './stored-data.js';

/** The commands of RESP-encoded append-only files, in order. */
function commandsIn(aof: Buffer): string[][] {
  const commands: string[][] = [];
  let at = 0;
  const line = () => {
    const end = aof.indexOf('\r\n', at);
    const text = aof.subarray(at, end).toString('latin1');
    at = end + 2;
    return text;
  };
  while (at < aof.length) {
    const header = line();
    if (!header.startsWith('*')) continue; // an annotation, or the start of a base file's RDB preamble
    const args: string[] = [];
    for (let n = Number(header.slice(1)); n > 0; n--) {
      const size = Number(line().slice(1));
      args.push(aof.subarray(at, at + size).toString('utf8'));
      at += size + 2;
    }
    commands.push(args);
  }
  return commands;
}

const cleanup = cleanupAfter(afterAll);

describe("Redis's append-only file", () => {
  it('pairs no phone with its category or address, orders no joins within a batch, and dates nothing', async () => {
    const persistDir = tempDir();
    const redis = await startThrowawayRedis({ persistDir });
    cleanup.push(() => removeDir(persistDir), () => redis.stop());
    const startedAt = Date.now();
    const node = await startRedisNode(uniquePrefix('aof'), redis.url);
    cleanup.push(() => node.close());
    const room = await roomWithOpenQuestion(node, 'Geneva');
    const sockets: Client[] = [room.facilitator];
    cleanup.push(() => sockets.forEach((s) => s.disconnect()));
    const categories = ['ambassador', 'business', null];
    for (const [i, category] of categories.entries()) {
      const { socket } = await participant(node, room.joinCode, i + 1, category);
      sockets.push(socket);
      const { contribution } = await ok(socket, 'contribution:add', { questionId: room.questionId, text: `Point ${i}`, quotable: false, opId: opId() });
      await ok(socket, 'vote:cast', { contributionId: contribution.id, vote: 'agree', opId: opId() });
    }
    // Joins go out in batches every few seconds; this one now.
    await (node.store as Partial<RedisStore>).roster?.flush?.();

    const dir = join(persistDir, 'appendonlydir');
    const aof = Buffer.concat(readdirSync(dir).filter((f) => f.endsWith('.incr.aof')).sort().map((f) => readFileSync(join(dir, f))));
    const commands = commandsIn(aof);
    const written = commands.map((c) => c.join(' '));
    expect(written.some((c) => c.startsWith('XADD'))).toBe(true);
    expect(written.filter((c) => c.includes('rl:'))).toEqual([]);
    expect(wallClockTimes(aof.toString('latin1'), startedAt - 86_400_000, Date.now() + 86_400_000)).toEqual([]);

    const roster = commands.filter((c) => c[1]?.includes(':roster:'));
    const adds = roster.filter((c) => c[0].toUpperCase() === 'ZADD');
    expect(adds).toHaveLength(1);
    const phones = adds[0].slice(2).filter((_, i) => i % 2 === 1);
    expect(phones).toHaveLength(3);
    expect(phones).toEqual([...phones].sort());
    const increments = roster.filter((c) => c[0].toUpperCase() === 'HINCRBY').map((c) => c.slice(2));
    expect(increments).toEqual([
      ['ambassador', '1'],
      ['business', '1'],
      ['undisclosed', '1'],
    ]);
    // The batch went out after every event of the three phones: it orders no join against them.
    const batchAt = commands.indexOf(adds[0]);
    const lastEvent = commands.findLastIndex((c) => c[0].toUpperCase() === 'XADD');
    expect(batchAt).toBeGreaterThan(lastEvent);
  });
});
