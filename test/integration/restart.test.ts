import { afterEach, describe, expect, it } from 'vitest';
import { cleanupAfter, client, ok, opId, participant, removeDir, roomWithOpenQuestion, startTestNode, tempDir, token, waitFor, type Client, testNodeIn } from './harness.js';

const cleanup = cleanupAfter(afterEach);

describe('durability across a restart', () => {
  it('loses nothing and doubles nothing when the server restarts on the same DATA_DIR', async () => {
    const dataDir = tempDir();
    cleanup.push(() => removeDir(dataDir));
    const first = await startTestNode(dataDir);
    const room = await roomWithOpenQuestion(first);
    const phones: Client[] = [];
    const acked: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const { socket } = await participant(first, room.joinCode, n);
      phones.push(socket);
      for (let k = 0; k < 4; k++) {
        const ack = await ok(socket, 'contribution:add', { questionId: room.questionId, text: `Point ${n}.${k}`, quotable: false, opId: opId() });
        acked.push(ack.contribution.id);
      }
    }
    await ok(phones[0], 'vote:cast', { contributionId: acked[5], vote: 'agree', opId: opId() });
    room.facilitator.disconnect();
    await first.close();

    const second = await startTestNode(dataDir, { PORT: String(first.port) });
    cleanup.push(() => second.close());
    // The phones reconnect by themselves to the restarted server and resynchronise.
    await waitFor(() => phones.every((p) => p.connected), 10_000);
    const resynced = await ok(phones[0], 'participant:join', { joinCode: room.joinCode, token: token(1) });
    const ids = resynced.snapshot.contributions.map((c) => c.id);
    expect(ids.sort()).toEqual([...acked].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(resynced.snapshot.contributions.filter((c) => c.mine)).toHaveLength(4);
    expect(resynced.snapshot.contributions.find((c) => c.id === acked[5])!.myVote).toBe('agree');
    for (const p of phones) p.disconnect();

    const facilitator = await client(second);
    cleanup.push(() => void facilitator.disconnect());
    await ok(facilitator, 'facilitator:auth', { roundId: room.round.roundId, key: room.round.facilitatorKey });
    const watched = await ok(facilitator, 'session:watch', { sessionId: room.sessionId });
    expect(watched.snapshot.contributions).toHaveLength(12);
    expect(watched.snapshot.contributions.find((c) => c.id === acked[5])!.tally).toEqual({ agree: 1, disagree: 0, pass: 0 });
  });

  it('applies a post retried after a lost acknowledgement once', async () => {
    const node = await testNodeIn(cleanup);
    const room = await roomWithOpenQuestion(node);
    cleanup.push(() => void room.facilitator.disconnect());
    const { socket } = await participant(node, room.joinCode, 1);
    cleanup.push(() => void socket.disconnect());
    const op = opId();
    const first = await ok(socket, 'contribution:add', { questionId: room.questionId, text: 'Once', quotable: false, opId: op });
    const retry = await ok(socket, 'contribution:add', { questionId: room.questionId, text: 'Once', quotable: false, opId: op });
    expect(retry.contribution.id).toBe(first.contribution.id);
    const { snapshot } = await ok(room.facilitator, 'session:watch', { sessionId: room.sessionId });
    expect(snapshot.contributions).toHaveLength(1);
  });
});
