import { afterEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/protocol/commands.js';
import { startThrowawayRedis } from '../support/redis-server.js';
import { cleanupAfter, client, ok, opId, participant, removeDir, roomWithOpenQuestion, send, tempDir, waitFor, type Client } from './harness.js';
import { startRedisNode, uniquePrefix } from './redis-harness.js';

const cleanup = cleanupAfter(afterEach);

/** What a phone's outbox does: resend the same operation until the server has stored it. */
async function resendUntilStored(phone: Client, payload: CommandInput<'contribution:add'>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ack = await send(phone, 'contribution:add', payload);
    if (ack.ok) return ack;
    expect(ack.error.code).toBe('unavailable');
    if (Date.now() > deadline) throw new Error('the node did not recover');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const texts = (c: Client) =>
  c.received.filter((r) => r.event === 'contribution:added').map((r) => (r.payload as { contribution: { text: string } }).contribution.text);

describe('when Redis is unreachable', () => {
  it('refuses commands as "unavailable", acknowledges nothing it did not store, and recovers by itself', async () => {
    const dir = tempDir('concert-redis-');
    const redis = await startThrowawayRedis({ persistDir: dir });
    cleanup.push(() => removeDir(dir), () => redis.stop());
    const prefix = uniquePrefix('outage');
    const [a, b] = await Promise.all([startRedisNode(prefix, redis.url), startRedisNode(prefix, redis.url)]);
    cleanup.push(() => a.close(), () => b.close());
    const room = await roomWithOpenQuestion(a);
    const phoneA = (await participant(a, room.joinCode, 1)).socket;
    const phoneB = (await participant(b, room.joinCode, 2)).socket;
    cleanup.push(() => void [room.facilitator, phoneA, phoneB].forEach((s) => s.disconnect()));
    await ok(phoneA, 'contribution:add', { questionId: room.questionId, text: 'Before the outage', quotable: false, opId: opId() });
    await waitFor(() => texts(phoneB).includes('Before the outage'));

    await redis.stop();
    const during = { questionId: room.questionId, text: 'During the outage', quotable: false, opId: opId() };
    const refused = await send(phoneA, 'contribution:add', during);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const newcomer = await client(b);
    cleanup.push(() => void newcomer.disconnect());
    const joinRefused = await send(newcomer, 'participant:join', { joinCode: room.joinCode, token: 'another-phone-token-'.padEnd(40, 'x') });
    expect(joinRefused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(texts(phoneB)).not.toContain('During the outage');

    await redis.start();
    const stored = await resendUntilStored(phoneA, during);
    expect(stored.contribution.text).toBe('During the outage');
    // Node B's follower came back too: it hands over what node A wrote after the outage.
    await waitFor(() => texts(phoneB).includes('During the outage'), 10_000);

    const { snapshot } = await ok(room.facilitator, 'session:watch', { sessionId: room.sessionId });
    expect(snapshot.contributions.map((c) => c.text).sort()).toEqual(['Before the outage', 'During the outage']);
    expect(a.logs.lines.some((l) => l.includes('redis unreachable'))).toBe(true);
    expect(a.logs.lines.some((l) => l.includes('redis reachable again'))).toBe(true);
  });
});
