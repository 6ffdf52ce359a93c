/**
 * HTTP long-polling end to end: clients that never open a WebSocket join, post, vote, tag and
 * receive broadcasts, on one node and on three Redis-mode nodes behind a sticky proxy.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { SOCKET_OPTIONS } from '../../client/socket/options.js';
import type { FacilitatorContributionView } from '../../shared/views.js';
import { startStickyProxy } from '../support/sticky-proxy.js';
import { cleanupAfter, ok, opId, participant, roomWithOpenQuestion, waitFor, type Client, testNodeIn } from './harness.js';
import { deleteKeys, startRedisNode, uniquePrefix } from './redis-harness.js';

const polling = { transports: ['polling'] as string[] };
const prefix = uniquePrefix('long-polling');
const cleanup = cleanupAfter(afterAll);
cleanup.push(() => deleteKeys(prefix));

async function oneNode() {
  return testNodeIn(cleanup);
}

function transportOf(socket: Client): string {
  return socket.io.engine.transport.name;
}

/** A facilitator and two phones, all on long-polling through `url`, play a question through. */
async function playOverPolling(url: string) {
  const room = await roomWithOpenQuestion({ url }, 'Geneva', polling);
  cleanup.push(() => void room.facilitator.disconnect());
  const alice = await participant({ url }, room.joinCode, 1, null, polling);
  const bob = await participant({ url }, room.joinCode, 2, null, polling);
  cleanup.push(() => void alice.socket.disconnect(), () => void bob.socket.disconnect());

  const { contribution } = await ok(alice.socket, 'contribution:add', { questionId: room.questionId, text: 'Sent over long-polling.', quotable: false, opId: opId() });
  const seenByBob = await waitFor(() => bob.socket.received.find((r) => r.event === 'contribution:added'), 10_000);
  expect(seenByBob.payload).toMatchObject({ contribution: { id: contribution.id, text: 'Sent over long-polling.', mine: false } });
  await waitFor(() => room.facilitator.received.find((r) => r.event === 'contribution:added'), 10_000);

  await ok(bob.socket, 'vote:cast', { contributionId: contribution.id, vote: 'agree', opId: opId() });
  await ok(bob.socket, 'tag:set', { contributionId: contribution.id, tag: 'common-ground', on: true, opId: opId() });
  const tallied = await waitFor(
    () =>
      room.facilitator.received.find((r) => {
        if (r.event !== 'tallies:updated') return false;
        const { tallies } = r.payload as { tallies: { id: string; tally: { agree: number }; tags: Record<string, number> }[] };
        return tallies.some((t) => t.id === contribution.id && t.tally.agree === 1 && t.tags['common-ground'] === 1);
      }),
    10_000,
  );
  expect(tallied).toBeTruthy();

  const { snapshot } = await ok(room.facilitator, 'session:watch', { sessionId: room.sessionId });
  expect((snapshot.contributions as FacilitatorContributionView[]).map((c) => c.text)).toEqual(['Sent over long-polling.']);
  for (const socket of [room.facilitator, alice.socket, bob.socket]) expect(transportOf(socket)).toBe('polling');
}

describe('long-polling', () => {
  it('works end to end on one node', async () => {
    const node = await oneNode();
    await playOverPolling(node.url);
  });

  it('works end to end on three Redis-mode nodes behind a proxy with sticky sessions', async () => {
    const nodes = await Promise.all([0, 1, 2].map(() => startRedisNode(prefix)));
    cleanup.push(() => Promise.all(nodes.map((n) => n.close())).then(() => undefined));
    const proxy = await startStickyProxy(nodes.map((n) => n.url));
    cleanup.push(() => proxy.close());

    await playOverPolling(proxy.url);
    // Three clients in turn over three nodes: the broadcasts above crossed nodes.
    expect(proxy.handshakes).toEqual([1, 1, 1]);
  });
});

describe("the page's socket", () => {
  it('falls back to long-polling where a proxy refuses WebSockets', async () => {
    const node = await oneNode();
    const proxy = await startStickyProxy([node.url], { refuseWebSocket: true });
    cleanup.push(() => proxy.close());
    const room = await roomWithOpenQuestion(node);
    cleanup.push(() => void room.facilitator.disconnect());

    const phone = await participant(proxy, room.joinCode, 1, null, { ...SOCKET_OPTIONS, autoConnect: true, reconnection: false, timeout: 5000 });
    cleanup.push(() => void phone.socket.disconnect());
    expect(transportOf(phone.socket)).toBe('polling');
    await ok(phone.socket, 'contribution:add', { questionId: room.questionId, text: 'Through a proxy without WebSockets.', quotable: false, opId: opId() });
    await waitFor(() => room.facilitator.received.find((r) => r.event === 'contribution:added'), 10_000);
  });
});
