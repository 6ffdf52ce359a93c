/**
 * The read-only link: a co-facilitator or rapporteur opens the round's console with the observer key,
 * follows the session live and downloads the exports, and every command that would change the round
 * is refused with `read-only-link`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandName } from '../../shared/protocol/commands.js';
import { client, ok, opId, participant, removeDir, roomWithOpenQuestion, send, startTestNode, waitFor, type Client, type TestNode } from './harness.js';
import { validExamples } from './examples.js';

/** Commands that are not a console's changes to the round: entering a role, reading, and a phone's own actions. */
const NOT_CONSOLE_WRITES = new Set<CommandName>([
  'participant:join',
  'projector:watch',
  'facilitator:auth',
  'session:sync',
  'session:watch',
  'contribution:add',
  'contribution:withdraw',
  'vote:cast',
  'tag:set',
]);

let node: TestNode;
let room: Awaited<ReturnType<typeof roomWithOpenQuestion>>;
let observer: Client;
let observerKey: string;

beforeAll(async () => {
  // One socket sends every console command in a burst: more than a second's worth of the default rate.
  node = await startTestNode(undefined, { RATE_COMMANDS_PER_SOCKET: '100' });
  room = await roomWithOpenQuestion(node);
  const auth = await ok(room.facilitator, 'facilitator:auth', { roundId: room.round.roundId, key: room.round.facilitatorKey });
  if (auth.access !== 'facilitator') throw new Error('the facilitator key opened a read-only console');
  observerKey = auth.observerKey;
  observer = await client(node);
});

afterAll(async () => {
  observer.close();
  room.facilitator.close();
  await node.close();
  removeDir(node.dataDir);
});

describe('the observer link', () => {
  it('is not the facilitator key and opens a read-only console that follows the session live', async () => {
    expect(observerKey).not.toBe(room.round.facilitatorKey);
    expect(observerKey.length).toBe(room.round.facilitatorKey.length);
    const auth = await ok(observer, 'facilitator:auth', { roundId: room.round.roundId, key: observerKey });
    expect(auth.access).toBe('observer');
    expect(auth).not.toHaveProperty('observerKey');
    await ok(observer, 'session:watch', { sessionId: room.sessionId });

    const phone = await participant(node, room.joinCode, 1);
    const { contribution } = await ok(phone.socket, 'contribution:add', { questionId: room.questionId, text: 'Cities should be at the table.', quotable: false, opId: opId() });
    await ok(phone.socket, 'vote:cast', { contributionId: contribution.id, vote: 'agree', opId: opId() });
    await waitFor(() => observer.received.some((r) => r.event === 'contribution:added'));
    await waitFor(() => observer.received.some((r) => r.event === 'tallies:updated'));
    await waitFor(() => observer.received.some((r) => r.event === 'synthesis:updated'));
    await ok(room.facilitator, 'countdown:set', { sessionId: room.sessionId, kind: 'question', seconds: 90 });
    await waitFor(() => observer.received.some((r) => r.event === 'session:stale'));
    const synced = await ok(observer, 'session:sync', { sessionId: room.sessionId });
    expect(synced.snapshot).toMatchObject({ countdown: { seconds: 90 } });
    phone.socket.close();
  });

  it('is refused every command that changes the round, and the round does not change', async () => {
    const watched = await ok(room.facilitator, 'session:watch', { sessionId: room.sessionId });
    const contributionId = watched.snapshot.contributions[0].id;
    const examples = validExamples(room.sessionId, room.questionId, contributionId);
    // Every other command of the protocol, so that a console command added later is checked too.
    const writes = (Object.keys(examples) as CommandName[]).filter((name) => !NOT_CONSOLE_WRITES.has(name));
    expect(writes.length).toBeGreaterThanOrEqual(20);
    for (const name of writes) {
      const ack = await send(observer, name, examples[name] as never);
      expect({ name, ack }).toMatchObject({ name, ack: { ok: false, error: { code: 'read-only-link' } } });
    }
    const after = await ok(room.facilitator, 'session:watch', { sessionId: room.sessionId });
    expect(after.snapshot.version).toBe(watched.snapshot.version);
  });

  it('downloads exports, as the facilitator key does, and a wrong key still opens nothing', async () => {
    const wrong = `${observerKey.slice(0, -1)}${observerKey.endsWith('A') ? 'B' : 'A'}`;
    const base = `${node.url}/api/rounds/${room.round.roundId}`;
    const withObserver = { headers: { authorization: `Bearer ${observerKey}` } };
    const md = await fetch(`${base}/exports/md`, withObserver);
    expect(md.status).toBe(200);
    expect(await md.text()).toContain('Cities should be at the table.');
    expect((await fetch(`${base}/codebook`, withObserver)).status).toBe(200);
    expect((await fetch(`${base}/exports/md`, { headers: { authorization: `Bearer ${wrong}` } })).status).toBe(403);
    const stranger = await client(node);
    const refused = await send(stranger, 'facilitator:auth', { roundId: room.round.roundId, key: wrong });
    expect(refused).toMatchObject({ ok: false, error: { code: 'wrong-facilitator-key' } });
    stranger.close();
  });
});
