import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, participant, roomWithOpenQuestion, send, waitFor, opId, type Client, nodeForEachTest } from './harness.js';

const each = nodeForEachTest({ beforeEach, afterEach });

function raw(socket: Client, event: string, payload: unknown) {
  const timed = socket.timeout(5000) as unknown as { emitWithAck(e: string, p: unknown): Promise<{ ok: boolean; error?: { code: string; message: string } }> };
  return timed.emitWithAck(event, payload);
}

async function join(joinCode: string, n: number, category: string | null = null) {
  const p = await participant(each.node, joinCode, n, category);
  each.sockets.push(p.socket);
  return p;
}

describe('a live session on real sockets', () => {
  it('acknowledges a post and broadcasts it to the others and the facilitator, unattributed', async () => {
    const room = await roomWithOpenQuestion(each.node);
    each.sockets.push(room.facilitator);
    const alice = await join(room.joinCode, 1);
    const bob = await join(room.joinCode, 2);
    const ack = await ok(alice.socket, 'contribution:add', { questionId: room.questionId, text: '  Good policy needs tools.  ', quotable: false, opId: opId() });
    expect(ack.contribution).toMatchObject({ text: 'Good policy needs tools.', mine: true });

    const seen = await waitFor(() => bob.socket.received.find((r) => r.event === 'contribution:added'));
    expect(seen.payload).toMatchObject({ contribution: { id: ack.contribution.id, text: 'Good policy needs tools.', mine: false } });
    const facilitatorSeen = await waitFor(() => room.facilitator.received.find((r) => r.event === 'contribution:added'));
    expect(JSON.stringify(facilitatorSeen.payload)).not.toMatch(/author|voter|token/i);
  });

  it('refuses an invalid payload with a clear error and broadcasts nothing', async () => {
    const room = await roomWithOpenQuestion(each.node);
    each.sockets.push(room.facilitator);
    const alice = await join(room.joinCode, 1);
    const bob = await join(room.joinCode, 2);
    // A text's own problem gets its own code, so that the phone can say what to do about it.
    const cases: [string, unknown, string][] = [
      ['contribution:add', { questionId: room.questionId, text: '   ', opId: opId() }, 'text-empty'],
      ['contribution:add', { questionId: room.questionId, text: 'x'.repeat(1001), opId: opId() }, 'text-too-long'],
      ['contribution:add', { questionId: room.questionId, text: 'bell\u0007', opId: opId() }, 'text-bad-character'],
      ['contribution:add', { questionId: room.questionId, text: 'right\u202Eleft', opId: opId() }, 'text-bad-character'],
      ['contribution:add', { questionId: room.questionId, text: 'ok', opId: opId(), extra: 1 }, 'invalid-payload'],
      ['contribution:add', 'not an object', 'invalid-payload'],
      ['vote:cast', { contributionId: 'nope', vote: 'maybe', opId: opId() }, 'invalid-payload'],
    ];
    for (const [event, payload, code] of cases) {
      const ack = await raw(alice.socket, event, payload);
      expect(ack.ok, `${event} ${JSON.stringify(payload).slice(0, 60)}`).toBe(false);
      expect(ack.error!.code, `${event} ${JSON.stringify(payload).slice(0, 60)}`).toBe(code);
      expect(ack.error!.message.length).toBeGreaterThan(5);
    }
    const unknown = await raw(alice.socket, 'admin:drop-tables', {});
    expect(unknown.error!.code).toBe('unknown-event');
    await new Promise((r) => setTimeout(r, 150));
    expect(bob.socket.received.filter((r) => r.event === 'contribution:added')).toHaveLength(0);
    const health = await fetch(`${each.node.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('refuses a wrong join code, a wrong facilitator key and a post to a closed question', async () => {
    const room = await roomWithOpenQuestion(each.node);
    each.sockets.push(room.facilitator);
    const stranger = await join(room.joinCode, 9);
    const wrongCode = await send(stranger.socket, 'participant:join', { joinCode: 'ZZZ-ZZZ', token: 'phone-token-wrong-xxxxxxxxxxxxxxxxxxxxxxxx' });
    expect(wrongCode).toMatchObject({ ok: false, error: { code: 'wrong-join-code' } });
    const wrongKey = await send(stranger.socket, 'facilitator:auth', { roundId: room.round.roundId, key: 'guess' });
    expect(wrongKey).toMatchObject({ ok: false, error: { code: 'wrong-facilitator-key' } });
    const asFacilitator = await send(stranger.socket, 'question:close', { sessionId: room.sessionId, questionId: room.questionId });
    expect(asFacilitator).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await ok(room.facilitator, 'question:close', { sessionId: room.sessionId, questionId: room.questionId });
    const late = await send(stranger.socket, 'contribution:add', { questionId: room.questionId, text: 'late', quotable: false, opId: opId() });
    expect(late).toMatchObject({ ok: false, error: { code: 'question-closed' } });
  });

  it('lets a phone in with the right code after a dozen typos from the same address', async () => {
    const room = await roomWithOpenQuestion(each.node);
    each.sockets.push(room.facilitator);
    const guesser = await join(room.joinCode, 3);
    const codes: string[] = [];
    for (let i = 0; i < 14; i++) {
      const ack = await send(guesser.socket, 'participant:join', { joinCode: `AAA${String(i).padStart(3, '2')}`, token: 'phone-token-guess-xxxxxxxxxxxxxxxxxxxxxxxx' });
      if (!ack.ok) codes.push(ack.error.code);
    }
    // A few typos never come near the budget of wrong codes, and the right code is never counted against it.
    expect(codes).toEqual(Array(14).fill('wrong-join-code'));
    const right = await send(guesser.socket, 'participant:join', { joinCode: room.joinCode, token: 'phone-token-guess-xxxxxxxxxxxxxxxxxxxxxxxx' });
    expect(right).toMatchObject({ ok: true, joinKey: room.joinKey });
  });

  it('counts connected phones for the facilitator, never who', async () => {
    const room = await roomWithOpenQuestion(each.node);
    each.sockets.push(room.facilitator);
    await join(room.joinCode, 1);
    const b = await join(room.joinCode, 2);
    await waitFor(() => room.facilitator.received.some((r) => r.event === 'presence:updated' && (r.payload as { connected: number }).connected === 2));
    b.socket.disconnect();
    await waitFor(() => room.facilitator.received.some((r) => r.event === 'presence:updated' && (r.payload as { connected: number }).connected === 1));
  });

  it('marks a phone’s own contributions as its own after it reconnects, and no one else’s', async () => {
    const room = await roomWithOpenQuestion(each.node);
    each.sockets.push(room.facilitator);
    const alice = await join(room.joinCode, 1);
    await ok(alice.socket, 'contribution:add', { questionId: room.questionId, text: 'Mine', quotable: false, opId: opId() });
    alice.socket.disconnect();
    const again = await join(room.joinCode, 1);
    const bob = await join(room.joinCode, 2);
    expect(again.snapshot.contributions.map((c) => [c.text, c.mine])).toEqual([['Mine', true]]);
    expect(bob.snapshot.contributions.map((c) => [c.text, c.mine])).toEqual([['Mine', false]]);
  });
});
