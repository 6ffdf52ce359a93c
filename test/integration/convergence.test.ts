import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TallyUpdate } from '../../shared/protocol/events.js';
import { client, ok, opId, participant, roomWithOpenQuestion, send, waitFor, type Client, nodeForEachTest } from './harness.js';

const each = nodeForEachTest({ beforeEach, afterEach });

async function setup(settings?: Record<string, unknown>) {
  const room = await roomWithOpenQuestion(each.node);
  each.sockets.push(room.facilitator);
  if (settings) await ok(room.facilitator, 'session:settings', { sessionId: room.sessionId, settings });
  const projector = await client(each.node);
  each.sockets.push(projector);
  await ok(projector, 'projector:watch', { joinCode: room.joinCode });
  const phones = [];
  for (let n = 1; n <= 3; n++) {
    const p = await participant(each.node, room.joinCode, n);
    each.sockets.push(p.socket);
    phones.push(p.socket);
  }
  const { contribution } = await ok(phones[0], 'contribution:add', { questionId: room.questionId, text: 'Regional processes lead to global change.', quotable: false, opId: opId() });
  return { ...room, projector, phones, contributionId: contribution.id };
}

const talliesOf = (socket: Client) => socket.received.filter((r) => r.event === 'tallies:updated').flatMap((r) => (r.payload as { tallies: TallyUpdate[] }).tallies);

describe('votes and tags on real sockets', () => {
  it('sends two votes to the facilitator and projector as aggregates, in one coalesced broadcast', async () => {
    // The projector counts votes only where the room may see tallies.
    const room = await setup({ tallies: 'always' });
    await Promise.all([
      ok(room.phones[1], 'vote:cast', { contributionId: room.contributionId, vote: 'agree', opId: opId() }),
      ok(room.phones[2], 'vote:cast', { contributionId: room.contributionId, vote: 'disagree', opId: opId() }),
    ]);
    const update = await waitFor(() => talliesOf(room.facilitator).find((t) => t.tally.agree + t.tally.disagree === 2));
    expect(update.tally).toEqual({ agree: 1, disagree: 1, pass: 0 });
    expect(room.facilitator.received.filter((r) => r.event === 'tallies:updated')).toHaveLength(1);
    await waitFor(() => room.projector.received.some((r) => r.event === 'projector:updated' && (r.payload as { snapshot: { counts: { votes: number } } }).snapshot.counts.votes === 2));
  });

  it('shows participants no tallies by default, until the facilitator reveals them', async () => {
    const room = await setup();
    await ok(room.phones[1], 'vote:cast', { contributionId: room.contributionId, vote: 'agree', opId: opId() });
    await waitFor(() => talliesOf(room.facilitator).length > 0);
    await new Promise((r) => setTimeout(r, 100));
    for (const phone of room.phones) expect(talliesOf(phone)).toEqual([]);
    await ok(room.facilitator, 'session:settings', { sessionId: room.sessionId, settings: { talliesRevealed: true } });
    await waitFor(() => room.phones[2].received.some((r) => r.event === 'session:stale'));
    const { snapshot } = await ok(room.phones[2], 'session:sync', { sessionId: room.sessionId });
    expect('contributions' in snapshot && snapshot.contributions[0].tally).toEqual({ agree: 1, disagree: 0, pass: 0 });
  });

  it('under "after voting", sends a tally only to the phones that voted on it', async () => {
    const room = await setup({ tallies: 'after-voting' });
    await ok(room.phones[1], 'vote:cast', { contributionId: room.contributionId, vote: 'pass', opId: opId() });
    await waitFor(() => talliesOf(room.phones[1]).length > 0);
    await new Promise((r) => setTimeout(r, 100));
    expect(talliesOf(room.phones[2])).toEqual([]);
    expect(talliesOf(room.phones[0])).toEqual([]);
  });

  it('under "after posting", shows a phone the others\' contributions only once it posted', async () => {
    const room = await setup({ visibility: 'after-posting' });
    const late = await participant(each.node, room.joinCode, 7);
    each.sockets.push(late.socket);
    expect(late.snapshot.contributions).toEqual([]);
    await ok(late.socket, 'contribution:add', { questionId: room.questionId, text: 'My own view first.', quotable: false, opId: opId() });
    await waitFor(() => late.socket.received.some((r) => r.event === 'session:stale'));
    const { snapshot } = await ok(late.socket, 'session:sync', { sessionId: room.sessionId });
    expect('contributions' in snapshot && snapshot.contributions.map((c) => c.text).sort()).toEqual(['My own view first.', 'Regional processes lead to global change.']);
  });

  it('removes a hidden contribution from every phone and the projector, and refuses votes on it', async () => {
    const room = await setup({ talliesRevealed: true });
    await ok(room.facilitator, 'contribution:hide', { contributionId: room.contributionId, reason: 'Duplicate of a spoken point' });
    for (const phone of room.phones) {
      await waitFor(() => phone.received.some((r) => r.event === 'contributions:removed' && (r.payload as { ids: string[] }).ids.includes(room.contributionId)));
    }
    const vote = await send(room.phones[1], 'vote:cast', { contributionId: room.contributionId, vote: 'agree', opId: opId() });
    expect(vote).toMatchObject({ ok: false, error: { code: 'contribution-unavailable' } });
    const { snapshot } = await ok(room.projector, 'session:sync', { sessionId: room.sessionId });
    expect(JSON.stringify(snapshot)).not.toContain('Regional processes');
  });

  it('refuses a countdown of minus five minutes and a tag outside the set, changing nothing', async () => {
    const room = await setup();
    const before = (await ok(room.facilitator, 'session:watch', { sessionId: room.sessionId })).snapshot.version;
    expect(await send(room.facilitator, 'countdown:set', { sessionId: room.sessionId, kind: 'question', seconds: -300 })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await send(room.phones[1], 'tag:set', { contributionId: room.contributionId, tag: 'nonsense', on: true, opId: opId() })).toMatchObject({ ok: false, error: { code: 'unknown-tag' } });
    const after = (await ok(room.facilitator, 'session:watch', { sessionId: room.sessionId })).snapshot.version;
    expect(after).toBe(before);
  });

  it('gives every device the same countdown end on the server clock', async () => {
    const room = await setup();
    await ok(room.facilitator, 'countdown:set', { sessionId: room.sessionId, kind: 'speaker', seconds: 120 });
    const agendas = await Promise.all(
      room.phones.map((p) => waitFor(() => p.received.find((r) => r.event === 'agenda:updated' && (r.payload as { agenda: { countdown: unknown } }).agenda.countdown))),
    );
    const ends = agendas.map((a) => (a.payload as { agenda: { countdown: { endsAt: number } } }).agenda.countdown.endsAt);
    expect(new Set(ends).size).toBe(1);
  });
});
