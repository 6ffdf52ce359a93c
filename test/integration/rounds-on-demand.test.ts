/**
 * Rounds cost nothing while nobody uses them: a start reads no round file (the join codes come from
 * the index), a round is read when first used, and a round nobody has used for ROUND_IDLE_EVICT_MS is
 * let go of and read again, transparently, on its next use.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { FileEventLog } from '../../server/store/file-log.js';
import type { RoundIndex } from '../../server/store/round-index.js';
import type { FacilitatorContributionView } from '../../shared/views.js';
import { writeStoredRounds } from '../support/stored-rounds.js';
import { cleanupAfter, client, ok, opId, participant, removeDir, roomWithOpenQuestion, startTestNode, tempDir, waitFor, type TestNode } from './harness.js';

const IDLE_MS = 150;

const cleanup = cleanupAfter(afterAll);
afterEach(() => vi.restoreAllMocks());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fileLog(node: TestNode): FileEventLog {
  return node.store.log as FileEventLog;
}

function roundIndex(node: TestNode): RoundIndex {
  return node.store.joinCodes as RoundIndex;
}

describe('a round nobody uses', () => {
  it('stays loaded while a phone is connected, is let go of once idle, and serves again when the phone comes back', async () => {
    const dataDir = tempDir();
    const node = await startTestNode(dataDir, { ROUND_IDLE_EVICT_MS: String(IDLE_MS) });
    cleanup.push(() => removeDir(dataDir), () => node.close());
    const room = await roomWithOpenQuestion(node);
    const { roundId, facilitatorKey } = room.round;
    const first = await participant(node, room.joinCode, 1);
    const posted = await ok(first.socket, 'contribution:add', { questionId: room.questionId, text: 'Before the break.', quotable: false, opId: opId() });
    room.facilitator.disconnect();

    await sleep(IDLE_MS * 4);
    expect(node.registry.loaded(roundId)).toBeDefined();
    expect(fileLog(node).isOpen(roundId)).toBe(true);

    first.socket.disconnect();
    await waitFor(() => !node.registry.loaded(roundId) && !fileLog(node).isOpen(roundId));

    // The same phone comes back: it is let in, sees its own contribution as its own, and posts.
    const again = await participant(node, room.joinCode, 1);
    cleanup.push(() => void again.socket.disconnect());
    expect(again.snapshot.contributions.find((c) => c.id === posted.contribution.id)).toMatchObject({ mine: true, text: 'Before the break.' });
    const after = await ok(again.socket, 'contribution:add', { questionId: room.questionId, text: 'After the break.', quotable: false, opId: opId() });
    expect(node.registry.loaded(roundId)).toBeDefined();

    const facilitator = await client(node);
    cleanup.push(() => void facilitator.disconnect());
    await ok(facilitator, 'facilitator:auth', { roundId, key: facilitatorKey });
    const { snapshot } = await ok(facilitator, 'session:watch', { sessionId: room.sessionId });
    expect((snapshot.contributions as FacilitatorContributionView[]).map((c) => c.id).sort()).toEqual([posted.contribution.id, after.contribution.id].sort());
  });
});

describe('a start', () => {
  it('reads no round file once the index vouches for them, and rebuilds a damaged index by scanning', async () => {
    const dataDir = tempDir();
    cleanup.push(() => removeDir(dataDir));
    const [large, ...small] = [...writeStoredRounds(dataDir, 1, 10_000), ...writeStoredRounds(dataDir, 3, 50, 1)];

    // The first start has no index: it scans the round files for their join codes, once.
    let node = await startTestNode(dataDir);
    await node.close();

    const reads = vi.spyOn(FileEventLog.prototype, 'read');
    node = await startTestNode(dataDir);
    cleanup.push(() => node.close());
    expect(reads).not.toHaveBeenCalled();
    expect(roundIndex(node).scanned).toBe(0);
    for (const round of [large, ...small]) {
      expect(await node.store.joinCodes.resolve(round.joinCode)).toEqual({ roundId: round.roundId, sessionId: round.sessionId });
      expect(fileLog(node).isOpen(round.roundId)).toBe(false);
    }

    // First use reads the round, and only that one.
    const phone = await participant(node, large.joinCode, 1);
    cleanup.push(() => void phone.socket.disconnect());
    expect(fileLog(node).isOpen(large.roundId)).toBe(true);
    expect(new Set(reads.mock.calls.map(([roundId]) => roundId))).toEqual(new Set([large.roundId]));
    phone.socket.disconnect();
    await node.close();

    writeFileSync(join(dataDir, 'round-index.json'), '{"format":1,"rounds":');
    node = await startTestNode(dataDir);
    expect(roundIndex(node).scanned).toBe(4);
    for (const round of [large, ...small]) expect((await node.store.joinCodes.resolve(round.joinCode))?.roundId).toBe(round.roundId);
  });
});
