import { io as connect } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandName } from '../../shared/protocol/commands.js';
import { validExamples } from './examples.js';
import { cleanupAfter, ok, opId, participant, roomWithOpenQuestion, send, token, type Client, type TestNode, testNodeIn } from './harness.js';
import type { NodeOptions } from '../../server/server.js';

const cleanup = cleanupAfter(afterAll);

async function embeddedNode(limits: NodeOptions['limits'] = {}): Promise<TestNode> {
  const node = await testNodeIn(cleanup, {}, { limits });
  return node;
}

function track<T extends Client>(socket: T): T {
  cleanup.push(() => void socket.disconnect());
  return socket;
}

const FACILITATOR_ONLY: CommandName[] = [
  'session:create', 'session:update', 'session:settings', 'session:lock', 'session:end', 'session:watch', 'question:add', 'question:edit', 'question:include',
  'questions:reorder', 'question:open', 'question:close', 'countdown:set', 'countdown:clear', 'discussion:add',
  'contribution:hide', 'contribution:unhide', 'contributions:merge', 'contribution:unmerge', 'contribution:star',
  'contribution:promote', 'curation:apply',
];

describe('hostile clients', () => {
  it('slows a phone that sends too fast and tells it how long to wait', async () => {
    const node = await embeddedNode();
    const room = await roomWithOpenQuestion(node);
    track(room.facilitator);
    const phone = track((await participant(node, room.joinCode, 1)).socket);
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) => send(phone, 'contribution:add', { questionId: room.questionId, text: `Spam ${i}`, quotable: false, opId: opId() })),
    );
    const accepted = burst.filter((a) => a.ok);
    const limited = burst.flatMap((a) => (!a.ok && a.error.code === 'rate-limited' ? [a.error] : []));
    expect(accepted.length + limited.length).toBe(40);
    expect(limited.length).toBeGreaterThan(0);
    for (const error of limited) {
      expect(error.retryAfterMs).toBeGreaterThan(0);
      expect(error.message).toMatch(/wait \d+ s/);
    }
    // Nothing refused was stored; after the wait the phone may post again.
    const { snapshot } = await ok(room.facilitator, 'session:watch', { sessionId: room.sessionId });
    expect(snapshot.contributions).toHaveLength(accepted.length);
    await new Promise((r) => setTimeout(r, Math.max(...limited.map((e) => e.retryAfterMs!))));
    await ok(phone, 'contribution:add', { questionId: room.questionId, text: 'After waiting', quotable: false, opId: opId() });
  });

  it('keeps a phone to its own role and its own session', async () => {
    const node = await embeddedNode({ commandsPerSocket: 1000 });
    const mine = await roomWithOpenQuestion(node, 'Geneva');
    const other = await roomWithOpenQuestion(node, 'Rabat');
    track(mine.facilitator);
    track(other.facilitator);
    const phone = track((await participant(node, mine.joinCode, 1)).socket);
    const stranger = track((await participant(node, other.joinCode, 2)).socket);
    const theirs = await ok(stranger, 'contribution:add', { questionId: other.questionId, text: 'Elsewhere', quotable: false, opId: opId() });
    const service = await node.registry.get(other.round.roundId);
    const before = service!.round.version;

    const examples = validExamples(other.sessionId, other.questionId, theirs.contribution.id);
    for (const name of FACILITATOR_ONLY) {
      const ack = await send(phone, name, examples[name] as never);
      expect({ name, ack }).toMatchObject({ name, ack: { ok: false, error: { code: 'forbidden' } } });
    }
    const reachOut = [
      await send(phone, 'vote:cast', { contributionId: theirs.contribution.id, vote: 'agree', opId: opId() }),
      await send(phone, 'tag:set', { contributionId: theirs.contribution.id, tag: 'gap', on: true, opId: opId() }),
      await send(phone, 'contribution:add', { questionId: other.questionId, text: 'Intrusion', quotable: false, opId: opId() }),
      await send(phone, 'session:sync', { sessionId: other.sessionId }),
    ];
    expect(reachOut.map((a) => (a.ok ? 'accepted' : a.error.code))).toEqual(['contribution-not-found', 'contribution-not-found', 'question-not-found', 'not-joined']);
    expect(service!.round.version).toBe(before);
    expect(phone.received.filter((r) => JSON.stringify(r.payload ?? '').includes('Elsewhere'))).toEqual([]);
  });

  it('limits each client behind a trusted proxy on its own address, and ignores the header otherwise', async () => {
    const guess = async (node: TestNode, forwardedFor: string) => {
      const socket = connect(node.url, { transports: ['websocket'], forceNew: true, extraHeaders: { 'x-forwarded-for': forwardedFor } });
      cleanup.push(() => void socket.disconnect());
      const acks: string[] = [];
      for (let i = 0; i < 4; i++) {
        const ack = await socket.timeout(5000).emitWithAck('participant:join', { joinCode: 'ZZZZZZ', token: token(1) });
        acks.push(ack.ok ? 'joined' : ack.error.code);
      }
      return acks;
    };
    // Two wrong codes per address, then a short wait before the refusal.
    const limits: NodeOptions['limits'] = { wrongCodesPerAddress: { capacity: 2, perMinute: 1 }, guessWaitMs: 100 };
    const behindProxy = await testNodeIn(cleanup, { TRUST_PROXY: '1' }, { limits });
    expect(await guess(behindProxy, '198.51.100.1')).toEqual(['wrong-join-code', 'wrong-join-code', 'rate-limited', 'rate-limited']);
    expect((await guess(behindProxy, '198.51.100.2'))[0]).toBe('wrong-join-code');

    const exposed = await testNodeIn(cleanup, {}, { limits });
    await guess(exposed, '198.51.100.1');
    expect((await guess(exposed, '198.51.100.2'))[0]).toBe('rate-limited');
  });
});
