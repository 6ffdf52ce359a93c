/** Locking and ending a session, a closed question's refusals, withdrawals and merges, on real sockets. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agenda, ProjectorSnapshot } from '../../shared/views.js';
import { client, ok, opId, participant, removeDir, roomWithOpenQuestion, send, startTestNode, token, waitFor, type Client, type TestNode } from './harness.js';

let node: TestNode;
const sockets: Client[] = [];

beforeEach(async () => {
  node = await startTestNode();
});

afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await node.close();
  removeDir(node.dataDir);
});

async function room() {
  const r = await roomWithOpenQuestion(node);
  sockets.push(r.facilitator);
  return r;
}

async function phone(joinCode: string, n: number) {
  const p = await participant(node, joinCode, n);
  sockets.push(p.socket);
  return p.socket;
}

function post(socket: Client, questionId: string, text: string) {
  return ok(socket, 'contribution:add', { questionId, text, quotable: false, opId: opId() }).then((a) => a.contribution.id);
}

function lastAgenda(socket: Client): Agenda | undefined {
  return (socket.received.filter((r) => r.event === 'agenda:updated').at(-1)?.payload as { agenda: Agenda } | undefined)?.agenda;
}

async function exportText(r: Awaited<ReturnType<typeof room>>): Promise<string> {
  const res = await fetch(`${node.url}/api/rounds/${r.round.roundId}/exports/md?session=${r.sessionId}`, { headers: { authorization: `Bearer ${r.round.facilitatorKey}` } });
  expect(res.status).toBe(200);
  return res.text();
}

describe('a closed question', () => {
  it('refuses a vote and a tag with question-closed, and nobody hears of them', async () => {
    const r = await room();
    const alice = await phone(r.joinCode, 1);
    const bob = await phone(r.joinCode, 2);
    const id = await post(alice, r.questionId, 'Data first');
    await ok(r.facilitator, 'question:close', { sessionId: r.sessionId, questionId: r.questionId });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const heard = r.facilitator.received.length;
    expect(await send(bob, 'vote:cast', { contributionId: id, vote: 'agree', opId: opId() })).toMatchObject({ ok: false, error: { code: 'question-closed' } });
    expect(await send(bob, 'tag:set', { contributionId: id, tag: 'gap', on: true, opId: opId() })).toMatchObject({ ok: false, error: { code: 'question-closed' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(r.facilitator.received.slice(heard).filter((m) => m.event === 'tallies:updated')).toEqual([]);
  });

  it('stops a running countdown when the question closes, for the phones too', async () => {
    const r = await room();
    const alice = await phone(r.joinCode, 1);
    await ok(r.facilitator, 'countdown:set', { sessionId: r.sessionId, kind: 'question', seconds: 120 });
    await waitFor(() => lastAgenda(alice)?.countdown);
    await ok(r.facilitator, 'question:close', { sessionId: r.sessionId, questionId: r.questionId });
    await waitFor(() => lastAgenda(alice)?.countdown === null);
  });
});

describe('locking a session', () => {
  it('tells the phones, refuses posts, and keeps or stops votes as the facilitator chose', async () => {
    const r = await room();
    const alice = await phone(r.joinCode, 1);
    const bob = await phone(r.joinCode, 2);
    const id = await post(alice, r.questionId, 'Before the lock');
    await ok(r.facilitator, 'session:lock', { sessionId: r.sessionId, locked: true, votes: true });
    await waitFor(() => lastAgenda(bob)?.session.status.state === 'locked');
    expect(await send(bob, 'contribution:add', { questionId: r.questionId, text: 'Late', quotable: false, opId: opId() })).toMatchObject({ ok: false, error: { code: 'session-locked' } });
    await ok(bob, 'vote:cast', { contributionId: id, vote: 'agree', opId: opId() });
    await ok(r.facilitator, 'session:lock', { sessionId: r.sessionId, locked: true, votes: false });
    expect(await send(bob, 'vote:cast', { contributionId: id, vote: 'pass', opId: opId() })).toMatchObject({ ok: false, error: { code: 'session-locked' } });
    await ok(r.facilitator, 'session:lock', { sessionId: r.sessionId, locked: false });
    await waitFor(() => lastAgenda(bob)?.session.status.state === 'open');
    await post(bob, r.questionId, 'Unlocked');
  });
});

describe('ending a session', () => {
  it('tells phones and projectors, retires its join code, and leaves its exports whole', async () => {
    const r = await room();
    const alice = await phone(r.joinCode, 1);
    await post(alice, r.questionId, 'Said before the end');
    const projector = await client(node);
    sockets.push(projector);
    await ok(projector, 'projector:watch', { joinCode: r.joinCode, joinKey: r.joinKey });
    await ok(r.facilitator, 'session:end', { sessionId: r.sessionId });
    await waitFor(() => lastAgenda(alice)?.session.status.state === 'ended');
    expect(lastAgenda(alice)?.questions.find((q) => q.id === r.questionId)?.status).toBe('closed');
    await waitFor(() => projector.received.some((m) => m.event === 'projector:updated' && (m.payload as { snapshot: ProjectorSnapshot }).snapshot.session.status.state === 'ended'));

    const latecomer = await client(node);
    sockets.push(latecomer);
    expect(await send(latecomer, 'participant:join', { joinCode: r.joinCode, joinKey: r.joinKey, token: token(7) })).toMatchObject({ ok: false, error: { code: 'session-ended' } });
    expect(await send(latecomer, 'participant:join', { joinCode: r.joinCode, token: token(7) })).toMatchObject({ ok: false, error: { code: 'session-ended' } });
    expect(await send(latecomer, 'projector:watch', { joinCode: r.joinCode })).toMatchObject({ ok: false, error: { code: 'session-ended' } });
    expect(await send(alice, 'contribution:add', { questionId: r.questionId, text: 'Too late', quotable: false, opId: opId() })).toMatchObject({ ok: false, error: { code: 'session-ended' } });
    expect(await exportText(r)).toContain('Said before the end');
  });
});

describe('withdrawing a contribution', () => {
  it('takes it off every screen and out of the exports, for its author only, and stores nothing but its id', async () => {
    const r = await room();
    const alice = await phone(r.joinCode, 1);
    const bob = await phone(r.joinCode, 2);
    const id = await post(alice, r.questionId, 'A sentence to take back');
    await post(bob, r.questionId, 'A sentence that stays');
    expect(await send(bob, 'contribution:withdraw', { contributionId: id })).toMatchObject({ ok: false, error: { code: 'not-your-contribution' } });
    expect(await send(r.facilitator, 'contribution:withdraw', { contributionId: id })).toMatchObject({ ok: false, error: { code: 'not-joined' } });

    await ok(alice, 'contribution:withdraw', { contributionId: id });
    await waitFor(() => bob.received.some((m) => m.event === 'contributions:removed' && (m.payload as { ids: string[] }).ids.includes(id)));
    await waitFor(() => r.facilitator.received.some((m) => m.event === 'contributions:removed' && (m.payload as { ids: string[] }).ids.includes(id)));
    const watched = await ok(r.facilitator, 'session:watch', { sessionId: r.sessionId });
    expect(watched.snapshot.contributions.map((c) => c.text)).toEqual(['A sentence that stays']);
    const again = await phone(r.joinCode, 1);
    const rejoined = await ok(again, 'participant:join', { joinCode: r.joinCode, joinKey: r.joinKey, token: token(1) });
    expect(rejoined.snapshot.contributions.map((c) => c.text)).toEqual(['A sentence that stays']);
    const exported = await exportText(r);
    expect(exported).toContain('A sentence that stays');
    expect(exported).not.toContain('A sentence to take back');

    // The log holds the withdrawal as the contribution's id alone.
    const logDir = join(node.dataDir, 'rounds');
    const stored = readdirSync(logDir).map((f) => readFileSync(join(logDir, f), 'latin1')).join('');
    const withdrawal = /\{[^{}]*"contribution\.withdrawn"[^{}]*\}/.exec(stored)?.[0];
    expect(withdrawal && JSON.parse(withdrawal)).toEqual({ type: 'contribution.withdrawn', contributionId: id });
  });

  it('is refused once the question is closed', async () => {
    const r = await room();
    const alice = await phone(r.joinCode, 1);
    const id = await post(alice, r.questionId, 'Too late to take back');
    await ok(r.facilitator, 'question:close', { sessionId: r.sessionId, questionId: r.questionId });
    expect(await send(alice, 'contribution:withdraw', { contributionId: id })).toMatchObject({ ok: false, error: { code: 'question-closed' } });
  });
});

describe('a merged contribution', () => {
  it('tells its author where it went, live and after a reload, and nobody else', async () => {
    const r = await room();
    const alice = await phone(r.joinCode, 1);
    const bob = await phone(r.joinCode, 2);
    const kept = await post(alice, r.questionId, 'Data matters');
    const duplicate = await post(bob, r.questionId, 'We need data');
    await ok(r.facilitator, 'contributions:merge', { into: kept, from: [duplicate] });
    const told = await waitFor(() => bob.received.find((m) => m.event === 'contributions:removed'));
    expect(told.payload).toEqual({ ids: [duplicate], mergedInto: { id: kept, text: 'Data matters' } });

    const bobAgain = await ok(bob, 'participant:join', { joinCode: r.joinCode, joinKey: r.joinKey, token: token(2) });
    expect(bobAgain.snapshot.contributions.find((c) => c.id === duplicate)).toMatchObject({ mine: true, mergedInto: { id: kept, text: 'Data matters' } });
    const aliceAgain = await ok(alice, 'participant:join', { joinCode: r.joinCode, joinKey: r.joinKey, token: token(1) });
    expect(aliceAgain.snapshot.contributions.map((c) => c.id)).toEqual([kept]);
  });

  it('under "after posting", names the contribution it joined only to phones that posted to that question', async () => {
    const r = await room();
    await ok(r.facilitator, 'session:settings', { sessionId: r.sessionId, settings: { visibility: 'after-posting' } });
    const alice = await phone(r.joinCode, 1);
    const bob = await phone(r.joinCode, 2);
    const carol = await phone(r.joinCode, 3);
    const kept = await post(alice, r.questionId, 'Data matters');
    const duplicate = await post(bob, r.questionId, 'We need data');
    await ok(r.facilitator, 'contributions:merge', { into: kept, from: [duplicate] });
    const toCarol = await waitFor(() => carol.received.find((m) => m.event === 'contributions:removed'));
    expect(toCarol.payload).toEqual({ ids: [duplicate] });
    const toBob = await waitFor(() => bob.received.find((m) => m.event === 'contributions:removed'));
    expect(toBob.payload).toMatchObject({ mergedInto: { text: 'Data matters' } });
  });
});
