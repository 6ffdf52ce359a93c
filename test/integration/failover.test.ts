import { afterAll, describe, expect, it } from 'vitest';
import type { FacilitatorContributionView } from '../../shared/views.js';
import { cleanupAfter, client, ok, removeDir, roomWithOpenQuestion, tempDir, waitFor, type Client } from './harness.js';
import { spawnNode, type NodeProcess } from './processes.js';
import { deleteKeys, redisUrl, uniquePrefix } from './redis-harness.js';
import { RoamingPhone } from './roaming-phone.js';

const prefix = uniquePrefix('failover');
const cleanup = cleanupAfter(afterAll);
cleanup.push(() => deleteKeys(prefix));

const PHONES_PER_NODE = 3;
const POSTS_PER_PHONE = 30;

describe('failover between three Redis-backed nodes', () => {
  it('loses and doubles nothing when a node is killed while its phones post', async () => {
    const unused = tempDir();
    cleanup.push(() => removeDir(unused));
    const env = { REDIS_URL: redisUrl(), REDIS_PREFIX: prefix, DATA_DIR: unused };
    const nodes: NodeProcess[] = await Promise.all([0, 1, 2].map(() => spawnNode(env)));
    cleanup.push(() => Promise.all(nodes.map((n) => n.kill9())).then(() => undefined));
    const urls = nodes.map((n) => n.url);
    const room = await roomWithOpenQuestion(nodes[0]);
    cleanup.push(() => void room.facilitator.disconnect());

    const phones = Array.from({ length: 3 * PHONES_PER_NODE }, (_, i) => new RoamingPhone(urls, i % 3, room.joinCode, i + 1));
    cleanup.push(() => phones.forEach((p) => p.close()));
    await Promise.all(phones.map((p) => p.ready()));
    const victims = phones.filter((_, i) => i % 3 === 2);
    const victimAcks = () => victims.reduce((n, p) => n + p.acked.size, 0);

    const posting = Promise.all(
      phones.map(async (phone, i) => {
        for (let k = 0; k < POSTS_PER_PHONE; k++) {
          await phone.post(room.questionId, `Phone ${i} point ${k}`);
          await new Promise((r) => setTimeout(r, 15));
        }
      }),
    );
    // Kill node 2 in the middle of its phones' burst.
    await waitFor(() => victimAcks() >= PHONES_PER_NODE * 8, 20_000);
    const ackedBeforeKill = victims.flatMap((p) => [...p.acked.values()]);
    await nodes[2].kill9();
    expect(victimAcks()).toBeLessThan(PHONES_PER_NODE * POSTS_PER_PHONE);
    await posting;

    const acked = phones.flatMap((p) => [...p.acked.values()]);
    expect(acked).toHaveLength(phones.length * POSTS_PER_PHONE);
    expect(new Set(acked).size).toBe(acked.length);
    for (const node of [nodes[0], nodes[1]]) {
      const watcher: Client = await client(node);
      cleanup.push(() => void watcher.disconnect());
      await ok(watcher, 'facilitator:auth', { roundId: room.round.roundId, key: room.round.facilitatorKey });
      const { snapshot } = await ok(watcher, 'session:watch', { sessionId: room.sessionId });
      const stored = (snapshot.contributions as FacilitatorContributionView[]).map((c) => c.id);
      expect(stored.length).toBe(new Set(stored).size);
      expect([...stored].sort()).toEqual([...acked].sort());
      for (const id of ackedBeforeKill) expect(stored).toContain(id);
    }
  });
});
