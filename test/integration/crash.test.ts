import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeRecords } from '../../server/store/file-log.js';
import type { FacilitatorContributionView } from '../../shared/views.js';
import { cleanupAfter, client, ok, removeDir, roomWithOpenQuestion, tempDir, waitFor } from './harness.js';
import { spawnNode, type NodeProcess } from './processes.js';
import { RoamingPhone } from './roaming-phone.js';

const cleanup = cleanupAfter(afterAll);

const PHONES = 50;
const POSTS_PER_PHONE = 20;

describe('kill -9 of an embedded node', () => {
  it('keeps every acknowledged contribution, once, and repairs a torn tail on restart', async () => {
    const dataDir = tempDir();
    cleanup.push(() => removeDir(dataDir));
    const env = { DATA_DIR: dataDir };
    let node: NodeProcess = await spawnNode(env);
    cleanup.push(() => node.kill9());
    const room = await roomWithOpenQuestion(node);
    room.facilitator.disconnect();

    const phones = Array.from({ length: PHONES }, (_, i) => new RoamingPhone([node.url], 0, room.joinCode, i + 1));
    cleanup.push(() => phones.forEach((p) => p.close()));
    await Promise.all(phones.map((p) => p.ready()));
    const ackedCount = () => phones.reduce((n, p) => n + p.acked.size, 0);
    const posting = Promise.all(
      phones.map(async (phone, i) => {
        for (let k = 0; k < POSTS_PER_PHONE; k++) await phone.post(room.questionId, `Phone ${i} point ${k}`);
      }),
    );

    await waitFor(() => ackedCount() >= 300, 20_000);
    await node.kill9();
    const ackedBeforeCrash = phones.flatMap((p) => [...p.acked.values()]);
    expect(ackedBeforeCrash.length).toBeLessThan(PHONES * POSTS_PER_PHONE);

    // Same port and DATA_DIR: the phones find the node again and resend what was not acknowledged.
    node = await spawnNode(env, node.port);
    await posting;

    const file = join(dataDir, 'rounds', `${room.round.roundId}.log`);
    const bytes = readFileSync(file);
    const { events, goodBytes } = decodeRecords(bytes, file);
    expect(goodBytes).toBe(bytes.length);
    const repairs = node.logs.filter((l) => l.includes('repaired a torn tail'));
    expect(repairs.length).toBeLessThanOrEqual(1);

    const watcher = await client(node);
    cleanup.push(() => void watcher.disconnect());
    await ok(watcher, 'facilitator:auth', { roundId: room.round.roundId, key: room.round.facilitatorKey });
    const { snapshot } = await ok(watcher, 'session:watch', { sessionId: room.sessionId });
    const stored = (snapshot.contributions as FacilitatorContributionView[]).map((c) => c.id);
    const acked = phones.flatMap((p) => [...p.acked.values()]);
    expect(acked).toHaveLength(PHONES * POSTS_PER_PHONE);
    expect(new Set(stored).size).toBe(stored.length);
    expect([...stored].sort()).toEqual([...acked].sort());
    for (const id of ackedBeforeCrash) expect(stored).toContain(id);
    expect(events.filter((e) => e.event.type === 'contribution.added')).toHaveLength(PHONES * POSTS_PER_PHONE);
  });
});
