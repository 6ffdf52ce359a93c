/**
 * An embedded node process on a disk that fills up, and on a data folder with one damaged round
 * file: the node keeps serving, and restarts with everything it acknowledged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeRecords } from '../../server/store/file-log.js';
import type { FacilitatorContributionView } from '../../shared/views.js';
import { smallDisk } from '../support/small-disk.js';
import { cleanupAfter, client, ok, opId, participant, removeDir, roomWithOpenQuestion, send, tempDir, type Client } from './harness.js';
import { spawnNode, type NodeProcess } from './processes.js';

const cleanup = cleanupAfter(afterAll);

function roundFile(dataDir: string, roundId: string): string {
  return join(dataDir, 'rounds', `${roundId}.log`);
}

/** Every byte of the file is a whole, valid record. */
function expectWhole(file: string) {
  const bytes = readFileSync(file);
  const { events, goodBytes } = decodeRecords(bytes, file);
  expect(goodBytes, `${bytes.length - goodBytes} bytes of a partial record at the end of ${file}`).toBe(bytes.length);
  return events;
}

async function storedContributions(node: NodeProcess, roundId: string, facilitatorKey: string, sessionId: string): Promise<string[]> {
  const watcher = await client(node);
  cleanup.push(() => void watcher.disconnect());
  await ok(watcher, 'facilitator:auth', { roundId, key: facilitatorKey });
  const { snapshot } = await ok(watcher, 'session:watch', { sessionId });
  watcher.disconnect();
  return (snapshot.contributions as FacilitatorContributionView[]).map((c) => c.id).sort();
}

describe('a full disk (a 256 KiB tmpfs, or ENOSPC simulated at the write call where mounting is not allowed)', () => {
  it('refuses posts with unavailable, keeps the round file whole, and restarts with every acknowledged post', async () => {
    const disk = smallDisk();
    cleanup.push(() => disk.remove());
    console.info(`full-disk test: ${disk.description}`);
    const env = { DATA_DIR: disk.dir, RATE_COMMANDS_PER_SOCKET: '1000', ...disk.env };
    let node = await spawnNode(env, undefined, { nodeArgs: disk.nodeArgs });
    cleanup.push(() => node.kill9());
    const room = await roomWithOpenQuestion(node);
    cleanup.push(() => void room.facilitator.disconnect());
    const phone = await participant(node, room.joinCode, 1);
    cleanup.push(() => void phone.socket.disconnect());
    const post = (text: string) => send(phone.socket, 'contribution:add', { questionId: room.questionId, text, quotable: false, opId: opId() });

    const acked: string[] = [];
    for (let i = 0; i < 3; i++) acked.push((await ok(phone.socket, 'contribution:add', { questionId: room.questionId, text: `Before the disk filled up, ${i}.`, quotable: false, opId: opId() })).contribution.id);

    disk.fill();
    let refusal: { code: string; message: string } | undefined;
    for (let i = 0; i < 300 && !refusal; i++) {
      const ack = await post(`Point ${i} while the disk fills up. ${'Long enough to need more room than is left. '.repeat(20)}`);
      if (ack.ok) acked.push(ack.contribution.id);
      else refusal = ack.error;
    }
    expect(refusal?.code).toBe('unavailable');
    const file = roundFile(disk.dir, room.round.roundId);
    expectWhole(file);
    expect((await fetch(`${node.url}/healthz`)).status).toBe(200);

    disk.free();
    acked.push((await ok(phone.socket, 'contribution:add', { questionId: room.questionId, text: 'After the disk was freed.', quotable: false, opId: opId() })).contribution.id);
    expect(expectWhole(file).filter((e) => e.event.type === 'contribution.added')).toHaveLength(acked.length);

    await node.stop();
    node = await spawnNode(env, node.port, { nodeArgs: disk.nodeArgs });
    expect(await storedContributions(node, room.round.roundId, room.round.facilitatorKey, room.sessionId)).toEqual([...acked].sort());
    expect(node.logs.filter((l) => l.includes('torn tail') || l.includes('set aside'))).toEqual([]);
  });
});

describe('a round file damaged between restarts', () => {
  it('is set aside, reported in /healthz and the log, while every other round serves', async () => {
    const dataDir = tempDir();
    cleanup.push(() => removeDir(dataDir));
    const env = { DATA_DIR: dataDir };
    let node = await spawnNode(env);
    cleanup.push(() => node.kill9());
    const damaged = await roomWithOpenQuestion(node, 'Geneva');
    const intact = await roomWithOpenQuestion(node, 'Rabat');
    for (const room of [damaged, intact]) {
      const phone = await participant(node, room.joinCode, 1);
      await ok(phone.socket, 'contribution:add', { questionId: room.questionId, text: `Said in ${room.round.roundId}.`, quotable: false, opId: opId() });
      phone.socket.disconnect();
      room.facilitator.disconnect();
    }
    await node.stop();

    // One byte changed in the round's second record: its checksum no longer matches, and records follow it.
    const file = roundFile(dataDir, damaged.round.roundId);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1].replace('"session.created"', '"session.cReated"');
    writeFileSync(file, lines.join('\n'));

    node = await spawnNode(env, node.port);
    expect(await (await fetch(`${node.url}/healthz`)).json()).toEqual({ ok: true, store: 'embedded', damagedRounds: 1 });
    const reported = node.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => String(l.msg).includes('set aside'));
    expect(reported).toMatchObject([{ level: 50, roundId: damaged.round.roundId, record: 2 }]);

    // The intact round serves: its facilitator, a phone by its join code, a post, an export.
    const facilitator: Client = await client(node);
    cleanup.push(() => void facilitator.disconnect());
    await ok(facilitator, 'facilitator:auth', { roundId: intact.round.roundId, key: intact.round.facilitatorKey });
    const phone = await participant(node, intact.joinCode, 2);
    cleanup.push(() => void phone.socket.disconnect());
    await ok(phone.socket, 'contribution:add', { questionId: intact.questionId, text: 'Still serving.', quotable: false, opId: opId() });
    const intactExport = await fetch(`${node.url}/api/rounds/${intact.round.roundId}/exports/csv`, { headers: { authorization: `Bearer ${intact.round.facilitatorKey}` } });
    expect(intactExport.status).toBe(200);
    expect(await intactExport.text()).toContain('Still serving.');

    // The damaged round is refused, with an error that says why.
    const auth = await send(facilitator, 'facilitator:auth', { roundId: damaged.round.roundId, key: damaged.round.facilitatorKey });
    expect(auth).toMatchObject({ ok: false, error: { code: 'round-damaged' } });
    if (!auth.ok) expect(auth.error.message).toMatch(/damaged/);
    for (const path of ['exports/csv', 'codebook']) {
      const res = await fetch(`${node.url}/api/rounds/${damaged.round.roundId}/${path}`, { headers: { authorization: `Bearer ${damaged.round.facilitatorKey}` } });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'round-damaged' } });
    }
    expect((await send(phone.socket, 'participant:join', { joinCode: damaged.joinCode, token: `phone-token-damaged-${'x'.repeat(32)}` })).ok).toBe(false);
  });
});
