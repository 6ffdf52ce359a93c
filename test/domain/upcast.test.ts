/** Every stored event is read through one upcaster: checked against its type's schema, older shapes made current. */
import { describe, expect, it } from 'vitest';
import { foldRound } from '../../server/domain/evolve.js';
import { legacyOpKey, upcast, UnreadableEvent } from '../../server/domain/upcast.js';
import { Harness } from './harness.js';

/** A session with one contribution, a vote, a tag and a curation step, all as today's code writes them. */
function todaysLog() {
  const h = new Harness();
  const { sessionId, questionId } = h.openSession();
  const phone = h.participant(sessionId, 1);
  const id = h.post(phone, questionId, 'The GFMD has to move from talking to acting.', true);
  h.vote(h.participant(sessionId, 2), id, 'agree');
  h.run({ name: 'tag:set', payload: { contributionId: id, tag: 'common-ground', on: true, opId: h.opId() } }, phone);
  h.run({ name: 'countdown:set', payload: { sessionId, kind: 'question', seconds: 300 } });
  h.run({ name: 'curation:apply', payload: { event: { type: 'theme.renamed', themeId: 'agent-gfmd', label: 'The GFMD' } } });
  return { h, sessionId, questionId, id };
}

describe('the upcaster', () => {
  it("reads today's events as they are written", () => {
    const { h } = todaysLog();
    for (const { event } of h.log) expect(upcast(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('turns a contribution with an author key and a raw opId into one with neither', () => {
    const stored = { type: 'contribution.added', sessionId: 's', questionId: 'q', contributionId: 'c', text: 'Hello', authorKey: 'k1', quotable: null, opId: 'op-1' };
    expect(upcast(stored)).toEqual({ type: 'contribution.added', sessionId: 's', questionId: 'q', contributionId: 'c', text: 'Hello', authorTag: null, legacyAuthorKey: 'k1', quotable: null, opKey: legacyOpKey('op-1') });
    expect(upcast({ ...stored, authorKey: null, opId: null })).toEqual({ type: 'contribution.added', sessionId: 's', questionId: 'q', contributionId: 'c', text: 'Hello', authorTag: null, quotable: null, opKey: null });
  });

  it('turns the raw opId of a vote, a withdrawal and a tag into an operation key of its own namespace', () => {
    expect(upcast({ type: 'vote.cast', contributionId: 'c', voterKey: 'v', vote: 'pass', opId: 'op-2' })).toEqual({ type: 'vote.cast', contributionId: 'c', voterKey: 'v', vote: 'pass', opKey: 'legacy:op-2' });
    expect(upcast({ type: 'vote.withdrawn', contributionId: 'c', voterKey: 'v', opId: 'op-3' })).toEqual({ type: 'vote.withdrawn', contributionId: 'c', voterKey: 'v', opKey: 'legacy:op-3' });
    expect(upcast({ type: 'tag.set', contributionId: 'c', voterKey: 'v', tag: 'gap', on: true, opId: 'op-4' })).toEqual({ type: 'tag.set', contributionId: 'c', voterKey: 'v', tag: 'gap', on: true, opKey: 'legacy:op-4' });
  });

  it('keeps the absolute end time of a countdown stored with one', () => {
    expect(upcast({ type: 'countdown.set', sessionId: 's', kind: 'speaker', seconds: 60, endsAt: 1_700_000_000_000 })).toEqual({ type: 'countdown.set', sessionId: 's', kind: 'speaker', seconds: 60, endsAt: 1_700_000_000_000 });
  });

  it('refuses an event that fits no shape its type ever had, naming what is wrong', () => {
    expect(() => upcast({ type: 'vote.cast', contributionId: 'c', voterKey: 'v', vote: 'maybe', opKey: 'k' })).toThrow(UnreadableEvent);
    expect(() => upcast({ type: 'vote.cast', contributionId: 'c', voterKey: 'v', vote: 'maybe', opKey: 'k' })).toThrow(/vote\.cast: vote:/);
    expect(() => upcast({ type: 'contribution.added', sessionId: 's', questionId: 'q', contributionId: 'c', authorTag: null, quotable: null, opKey: null })).toThrow(/contribution\.added: text:/);
    expect(() => upcast({ type: 'session.exploded', sessionId: 's' })).toThrow(/unknown type "session\.exploded"/);
    expect(() => upcast({ type: 'curation', event: { type: 'theme.renamed', themeId: 'x' } })).toThrow(/curation: event\.label:/);
    expect(() => upcast('vote.cast')).toThrow(/not an object/);
  });
});

describe('a log of older shapes, folded', () => {
  it('keeps what the older shapes meant: the phone key of its contributions, its resends, its voter keys spanning the round, the countdown end', () => {
    const { h, sessionId, questionId } = todaysLog();
    const seq = h.log.length;
    const older = [
      { type: 'contribution.added', sessionId, questionId, contributionId: 'old', text: 'Written before tags', authorKey: 'phone-key', quotable: null, opId: 'op-old' },
      { type: 'vote.cast', contributionId: 'old', voterKey: 'round-voter', vote: 'agree', opId: 'op-vote' },
      { type: 'countdown.set', sessionId, kind: 'question', seconds: 120, endsAt: 1_700_000_000_000 },
    ];
    const round = foldRound([...h.log, ...older.map((event, i) => ({ seq: seq + i + 1, event: event as never }))]);
    expect(round.contributions.get('old')!.author).toEqual({ legacyKey: 'phone-key' });
    expect(round.appliedOps.get('legacy:op-old')).toEqual({ kind: 'contribution', contributionId: 'old' });
    expect(round.appliedOps.get('legacy:op-vote')).toEqual({ kind: 'vote', contributionId: 'old', vote: 'agree' });
    expect(round.votersPerRound).toBe(true);
    expect(round.sessions.get(sessionId)!.countdown).toMatchObject({ seconds: 120, endsAt: 1_700_000_000_000 });
    expect(h.replay().votersPerRound).toBe(false);
  });

  it('stops at an unreadable event instead of folding it', () => {
    const { h, id } = todaysLog();
    const bad = { seq: h.log.length + 1, event: { type: 'vote.cast', contributionId: id, voterKey: 'v', vote: 'maybe', opKey: 'k' } as never };
    expect(() => foldRound([...h.log, bad])).toThrow(UnreadableEvent);
  });
});
