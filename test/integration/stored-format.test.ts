/**
 * Data stored before author tags, operation keys and countdown durations still loads and still works:
 * a round log and roster written by the previous version (test/fixtures/legacy-*, embedded and Redis),
 * and a restart on data written by this one.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterEach, describe, expect, it } from 'vitest';
import type { FacilitatorSnapshot, ParticipantSnapshot } from '../../shared/views.js';
import type { RedisConnection } from '../../server/store/redis-connection.js';
import type { RedisStore } from '../../server/store/redis-store.js';
import { cleanupAfter, client, ok, opId, removeDir, send, startTestNode, tempDir, type Client, type TestNode } from './harness.js';
import { deleteKeys, redisUrl, startRedisNode, uniquePrefix } from './redis-harness.js';
import { readRedis } from './stored-data.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

interface Manifest {
  roundId: string;
  facilitatorKey: string;
  sessionId: string;
  joinCode: string;
  questionId: string;
  tokens: Record<string, string>;
  contributions: { phone1: string[]; phone2: string[]; discussion: string[] };
  ops: Record<string, { kind: string; text?: string; quotable?: boolean; contributionId?: string; vote?: string | null }>;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(FIXTURES, dir, 'manifest.json'), 'utf8')) as Manifest;

const cleanup = cleanupAfter(afterEach);

async function connect(node: TestNode): Promise<Client> {
  const socket = await client(node);
  cleanup.push(() => socket.disconnect());
  return socket;
}

async function joinAs(node: TestNode, m: Manifest, phone: number): Promise<{ socket: Client; snapshot: ParticipantSnapshot }> {
  const socket = await connect(node);
  const { snapshot } = await ok(socket, 'participant:join', { joinCode: m.joinCode, token: m.tokens[phone] });
  return { socket, snapshot: snapshot as ParticipantSnapshot };
}

const mineOf = (snapshot: ParticipantSnapshot) => snapshot.contributions.filter((c) => c.mine).map((c) => c.id).sort();

/** What every legacy round must still do once loaded. */
async function checkLegacyRound(node: TestNode, m: Manifest, endsAtStored: number | null) {
  const phone1 = await joinAs(node, m, 1);
  const phone2 = await joinAs(node, m, 2);
  expect(mineOf(phone1.snapshot)).toEqual([...m.contributions.phone1].sort());
  expect(mineOf(phone2.snapshot)).toEqual(m.contributions.phone2);
  // Votes stored with a round-wide voter key stay the phone's own (the round keeps that key for its phones).
  expect(phone2.snapshot.contributions.find((x) => x.id === m.contributions.phone1[0])!.myVote).toBe('agree');
  expect(phone1.snapshot.contributions.find((x) => x.id === m.contributions.phone2[0])!.myVote).toBe('pass');
  if (endsAtStored !== null) expect(phone1.snapshot.countdown?.endsAt).toBe(endsAtStored);

  const facilitator = await connect(node);
  await ok(facilitator, 'facilitator:auth', { roundId: m.roundId, key: m.facilitatorKey });
  const watch = async () => (await ok(facilitator, 'session:watch', { sessionId: m.sessionId })).snapshot as FacilitatorSnapshot;
  const before = await watch();
  const [a, b] = m.contributions.phone1;
  const c = m.contributions.phone2[0];
  const tallies = Object.fromEntries(before.contributions.map((x) => [x.id, x.tally]));
  expect(tallies[a]).toEqual({ agree: 1, disagree: 0, pass: 0 });
  expect(tallies[c]).toEqual({ agree: 0, disagree: 0, pass: 1 });
  expect(before.contributions.find((x) => x.id === b)!.tags).toEqual({ 'common-ground': 1 });
  expect(before.contributions.find((x) => x.id === a)!.attribution).toBe('Ambassador participant');

  // Operations stored with their raw opId: a resend is still recognised, and still compared.
  const post = m.ops['legacy-op-0001'];
  const resent = await ok(phone1.socket, 'contribution:add', { questionId: m.questionId, text: post.text!, quotable: true, opId: 'legacy-op-0001' });
  expect(resent.contribution.id).toBe(a);
  expect(resent.contribution.mine).toBe(true);
  expect(await send(phone1.socket, 'contribution:add', { questionId: m.questionId, text: 'Changed since', quotable: true, opId: 'legacy-op-0001' })).toMatchObject({
    ok: false,
    error: { code: 'operation-reused' },
  });
  await ok(phone2.socket, 'vote:cast', { contributionId: a, vote: 'agree', opId: 'legacy-op-0004' });
  expect(await send(phone2.socket, 'vote:cast', { contributionId: a, vote: 'pass', opId: 'legacy-op-0004' })).toMatchObject({ ok: false, error: { code: 'operation-reused' } });
  expect((await watch()).version).toBe(before.version);

  // A phone of the old round posts again: its new contribution carries a tag of its own, and both kinds are its own.
  const { contribution } = await ok(phone1.socket, 'contribution:add', { questionId: m.questionId, text: 'Written after the upgrade', quotable: false, opId: opId() });
  const again = await joinAs(node, m, 1);
  expect(mineOf(again.snapshot)).toEqual([...m.contributions.phone1, contribution.id].sort());
  return contribution.id;
}

describe('data stored before author tags', () => {
  it('loads an embedded round log and roster as the previous version wrote them', async () => {
    const m = manifestOf('legacy-embedded');
    const dataDir = tempDir();
    cpSync(join(FIXTURES, 'legacy-embedded'), dataDir, { recursive: true });
    const node = await startTestNode(dataDir);
    cleanup.push(() => removeDir(dataDir), () => node.close());
    const log = readFileSync(join(dataDir, 'rounds', `${m.roundId}.log`), 'utf8');
    const storedEndsAt = Number(/"endsAt":(\d+)/.exec(log)![1]);
    const added = await checkLegacyRound(node, m, storedEndsAt);
    const appended = readFileSync(join(dataDir, 'rounds', `${m.roundId}.log`), 'utf8').trim().split('\n').at(-1)!;
    expect(JSON.parse(appended.slice(9)).event).toMatchObject({ type: 'contribution.added', contributionId: added, authorTag: expect.any(String) });
    expect(appended).not.toContain('authorKey');
  });

  it('loads a Redis round stream (entries naming their writer) and roster set as the previous version wrote them', async () => {
    const m = manifestOf('legacy-redis');
    const prefix = uniquePrefix('legacy');
    cleanup.push(() => deleteKeys(prefix));
    const dump = JSON.parse(readFileSync(join(FIXTURES, 'legacy-redis', 'redis-keys.json'), 'utf8')) as Record<string, { type: string; entries?: [string, Record<string, string>][]; fields?: Record<string, string>; members?: string[]; value?: string }>;
    const redis = createClient({ url: redisUrl() }) as RedisConnection;
    await redis.connect();
    for (const [name, key] of Object.entries(dump)) {
      const full = `${prefix}${name}`;
      if (key.type === 'stream') for (const [id, fields] of key.entries!) await redis.xAdd(full, id, fields);
      if (key.type === 'hash') await redis.hSet(full, key.fields!);
      if (key.type === 'set') await redis.sAdd(full, key.members!);
      if (key.type === 'string') await redis.set(full, key.value!);
    }
    await redis.close();
    const node = await startRedisNode(prefix);
    cleanup.push(() => node.close());

    const facilitator = await connect(node);
    await ok(facilitator, 'facilitator:auth', { roundId: m.roundId, key: m.facilitatorKey });
    const counted = (await ok(facilitator, 'session:watch', { sessionId: m.sessionId })).snapshot as FacilitatorSnapshot;
    expect(counted.categoriesRemainder).toBe(3);
    await checkLegacyRound(node, m, null);

    // The next batch of joins moved the roster over: phones in a sorted set with equal scores, every category in the fixed order.
    await (node.store as RedisStore).roster.flush();
    const stored = await readRedis(prefix, redisUrl());
    const roster = stored.redis!.filter((k) => k.name.startsWith(`roster:${m.sessionId}`));
    expect(roster.map((k) => [k.name.split(':')[2], k.type])).toEqual([
      ['categories', 'hash'],
      ['phones', 'zset'],
    ]);
    expect(roster[1].members!.map(([, score]) => score)).toEqual(['0', '0', '0']);
    expect(Object.fromEntries(roster[0].fields!.filter(([, n]) => n !== '0'))).toEqual({ ambassador: '1', business: '1', undisclosed: '1' });
    const round = stored.redis!.find((k) => k.name === `round:${m.roundId}`)!;
    expect(round.entries!.at(-1)!.fields.map(([f]) => f)).toEqual(['e']);
  });
});

describe('a restart', () => {
  it('keeps "mine" for every phone, and treats a countdown that was running as ended', async () => {
    const dataDir = tempDir();
    cleanup.push(() => removeDir(dataDir));
    const first = await startTestNode(dataDir);
    const round = await (await fetch(`${first.url}/api/rounds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":"Restarted"}' })).json();
    const facilitator = await client(first);
    await ok(facilitator, 'facilitator:auth', { roundId: round.roundId, key: round.facilitatorKey });
    const { sessionId, joinCode } = await ok(facilitator, 'session:create', { title: 'Before and after', place: 'Geneva', date: '2026-11-28', format: 'roundtable' });
    const { snapshot } = await ok(facilitator, 'session:watch', { sessionId });
    const questionId = snapshot.questions[0].id;
    await ok(facilitator, 'question:open', { sessionId, questionId });
    await ok(facilitator, 'countdown:set', { sessionId, kind: 'question', seconds: 600 });
    const phone = await client(first);
    const joined = (await ok(phone, 'participant:join', { joinCode, token: 'restart-phone-token-xxxxxxxxxxxxxxxxxxxxxxxx' })).snapshot as ParticipantSnapshot;
    expect(joined.countdown!.endsAt).toBeGreaterThan(Date.now() + 500_000);
    const { contribution } = await ok(phone, 'contribution:add', { questionId, text: 'Before the restart', quotable: false, opId: opId() });
    phone.disconnect();
    facilitator.disconnect();
    await first.close();
    expect(readFileSync(join(dataDir, 'rounds', `${round.roundId}.log`), 'utf8')).not.toContain('endsAt');

    const second = await startTestNode(dataDir);
    cleanup.push(() => second.close());
    const again = await connect(second);
    const after = (await ok(again, 'participant:join', { joinCode, token: 'restart-phone-token-xxxxxxxxxxxxxxxxxxxxxxxx' })).snapshot as ParticipantSnapshot;
    expect(mineOf(after)).toEqual([contribution.id]);
    expect(after.countdown).toEqual({ kind: 'question', seconds: 600, endsAt: 0 });
  });
});
