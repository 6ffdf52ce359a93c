import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TallyUpdate } from '../../shared/protocol/events.js';
import type { FacilitatorContributionView } from '../../shared/views.js';
import { client, ok, opId, participant, roomWithOpenQuestion, waitFor, type Client, type TestNode } from './harness.js';
import { deleteKeys, startRedisNode, uniquePrefix } from './redis-harness.js';

const prefix = uniquePrefix('cluster');
const nodes: TestNode[] = [];
const sockets: Client[] = [];

beforeAll(async () => {
  nodes.push(...(await Promise.all([0, 1, 2].map(() => startRedisNode(prefix)))));
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await Promise.all(nodes.map((n) => n.close()));
  await deleteKeys(prefix);
});

const addedIds = (c: Client) =>
  c.received.filter((r) => r.event === 'contribution:added').map((r) => (r.payload as { contribution: { id: string } }).contribution.id);

/** The latest tally each contribution had in the tally updates this client received. */
function lastTallies(c: Client): Map<string, TallyUpdate['tally']> {
  const latest = new Map<string, TallyUpdate['tally']>();
  for (const r of c.received) {
    if (r.event === 'tallies:updated') for (const t of (r.payload as { tallies: TallyUpdate[] }).tallies) latest.set(t.id, t.tally);
  }
  return latest;
}

describe('three nodes on one Redis', () => {
  it('shows every contribution and vote to everyone, in the same order, once', async () => {
    const room = await roomWithOpenQuestion(nodes[0]);
    sockets.push(room.facilitator);
    await ok(room.facilitator, 'session:settings', { sessionId: room.sessionId, settings: { tallies: 'always' } });
    const phones: Client[] = [];
    for (let n = 0; n < 6; n++) {
      const { socket } = await participant(nodes[n % 3], room.joinCode, n + 1);
      phones.push(socket);
      sockets.push(socket);
    }
    // Connected phones are counted across nodes: the facilitator on node 0 hears of those on nodes 1 and 2.
    const connected = () => (room.facilitator.received.filter((r) => r.event === 'presence:updated').at(-1)?.payload as { connected: number } | undefined)?.connected;
    await waitFor(() => connected() === 6);

    // A second facilitator on another node watches the same session.
    const observer = await client(nodes[2]);
    sockets.push(observer);
    await ok(observer, 'facilitator:auth', { roundId: room.round.roundId, key: room.round.facilitatorKey });
    await ok(observer, 'session:watch', { sessionId: room.sessionId });

    // Everyone posts at once, from all three nodes: the writers race for the same round.
    const acked = await Promise.all(
      phones.flatMap((phone, n) =>
        [0, 1, 2].map(async (k) => (await ok(phone, 'contribution:add', { questionId: room.questionId, text: `Point ${n}.${k}`, quotable: false, opId: opId() })).contribution.id),
      ),
    );
    expect(new Set(acked).size).toBe(18);

    const everyone = [room.facilitator, observer, ...phones];
    await waitFor(() => everyone.every((c) => addedIds(c).length >= 18), 10_000);
    const order = addedIds(room.facilitator);
    expect([...order].sort()).toEqual([...acked].sort());
    for (const c of everyone) expect(addedIds(c)).toEqual(order);

    // Each phone votes on every contribution it did not write: agree on even positions, disagree on odd.
    const expected = new Map(acked.map((id) => [id, { agree: 0, disagree: 0, pass: 0 }]));
    await Promise.all(
      phones.map(async (phone, n) => {
        for (const [i, id] of acked.entries()) {
          if (Math.floor(i / 3) === n) continue;
          const vote = i % 2 === 0 ? 'agree' : 'disagree';
          await ok(phone, 'vote:cast', { contributionId: id, vote, opId: opId() });
          expected.get(id)![vote]++;
        }
      }),
    );
    const want = sortKeys(Object.fromEntries(expected));
    const seen = (c: Client) => sortKeys(Object.fromEntries(lastTallies(c)));
    // Tallies are coalesced: wait for the last update to reach everyone, then compare exactly.
    await waitFor(() => everyone.every((c) => JSON.stringify(seen(c)) === JSON.stringify(want)), 10_000).catch(() => undefined);
    for (const c of everyone) expect(seen(c)).toEqual(want);

    // Every node folded the same log: a fresh look from each one agrees.
    for (const node of nodes) {
      const f = await client(node);
      sockets.push(f);
      await ok(f, 'facilitator:auth', { roundId: room.round.roundId, key: room.round.facilitatorKey });
      const { snapshot } = await ok(f, 'session:watch', { sessionId: room.sessionId });
      const contributions = snapshot.contributions as FacilitatorContributionView[];
      expect(contributions.map((c) => c.id)).toEqual(order);
      expect(sortKeys(Object.fromEntries(contributions.map((c) => [c.id, c.tally])))).toEqual(want);
    }
  });
});

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
