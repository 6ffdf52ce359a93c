import { describe, expect, it } from 'vitest';
import { DomainError } from '../../server/domain/errors.js';
import { contributionTally } from '../../server/domain/tally.js';
import { isVisible } from '../../server/domain/state.js';
import { participantSnapshot } from '../../server/views/participant.js';
import { facilitatorSnapshot } from '../../server/views/facilitator.js';
import { roundSynthesisInput } from '../../server/use-cases/synthesis-input.js';
import { Harness } from './harness.js';

/** The code a command is refused with, or 'accepted'. */
function outcome(run: () => unknown): string {
  try {
    run();
    return 'accepted';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

function tagOn(h: Harness, actor: ReturnType<Harness['participant']>, contributionId: string) {
  return () => h.run({ name: 'tag:set', payload: { contributionId, tag: 'gap', on: true, opId: h.opId() } }, actor);
}

const NO_ROSTER = { connected: 0, roster: { participants: 0, categories: {} } };

describe('a closed question', () => {
  it('refuses votes and tags, the taking back of a vote included, with question-closed', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const id = h.post(h.participant(sessionId, 1), questionId, 'A');
    const voter = h.participant(sessionId, 2);
    h.vote(voter, id, 'agree');
    h.run({ name: 'question:close', payload: { sessionId, questionId } });
    expect(outcome(() => h.vote(voter, id, 'disagree'))).toBe('question-closed');
    expect(outcome(() => h.vote(voter, id, null))).toBe('question-closed');
    expect(outcome(tagOn(h, voter, id))).toBe('question-closed');
    expect(contributionTally(h.round, h.round.contributions.get(id)!)).toEqual({ agree: 1, disagree: 0, pass: 0 });
  });

  it('still acknowledges a resend of a vote cast while it was open, changing nothing', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const id = h.post(h.participant(sessionId, 1), questionId, 'A');
    const voter = h.participant(sessionId, 2);
    h.vote(voter, id, 'agree', 'op-before-close');
    h.run({ name: 'question:close', payload: { sessionId, questionId } });
    expect(h.vote(voter, id, 'agree', 'op-before-close')).toEqual([]);
  });
});

describe('the countdown', () => {
  it('stops when its question closes or another opens, so it never carries into the next question', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const next = h.round.sessions.get(sessionId)!.questionOrder[1];
    h.run({ name: 'countdown:set', payload: { sessionId, kind: 'question', seconds: 60 } });
    expect(h.run({ name: 'question:open', payload: { sessionId, questionId: next } }).map((e) => e.type)).toEqual(['countdown.cleared', 'question.opened']);
    expect(h.round.sessions.get(sessionId)!.countdown).toBeNull();
    h.run({ name: 'countdown:set', payload: { sessionId, kind: 'speaker', seconds: 30 } });
    h.run({ name: 'question:close', payload: { sessionId, questionId: next } });
    expect(h.round.sessions.get(sessionId)!.countdown).toBeNull();
    expect(h.replay().sessions.get(sessionId)!.countdown).toBeNull();
    // Without a countdown, nothing extra is written.
    expect(h.run({ name: 'question:open', payload: { sessionId, questionId } }).map((e) => e.type)).toEqual(['question.opened']);
  });
});

describe('locking a session', () => {
  it('refuses new contributions and keeps votes and tags where the facilitator allows them', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const author = h.participant(sessionId, 1);
    const voter = h.participant(sessionId, 2);
    const id = h.post(author, questionId, 'Before the lock');
    h.run({ name: 'session:lock', payload: { sessionId, locked: true, votes: true } });
    expect(outcome(() => h.post(author, questionId, 'After the lock'))).toBe('session-locked');
    expect(outcome(() => h.vote(voter, id, 'agree'))).toBe('accepted');
    expect(outcome(tagOn(h, voter, id))).toBe('accepted');

    h.run({ name: 'session:lock', payload: { sessionId, locked: true, votes: false } });
    expect(outcome(() => h.vote(voter, id, 'pass'))).toBe('session-locked');
    expect(outcome(tagOn(h, h.participant(sessionId, 3), id))).toBe('session-locked');

    h.run({ name: 'session:lock', payload: { sessionId, locked: false, votes: true } });
    expect(outcome(() => h.post(author, questionId, 'Unlocked again'))).toBe('accepted');
    expect(h.replay().sessions.get(sessionId)!.status).toEqual({ state: 'open' });
  });

  it('writes nothing when asked for what already holds', () => {
    const h = new Harness();
    const { sessionId } = h.openSession();
    expect(h.run({ name: 'session:lock', payload: { sessionId, locked: false, votes: true } })).toEqual([]);
    h.run({ name: 'session:lock', payload: { sessionId, locked: true, votes: false } });
    expect(h.run({ name: 'session:lock', payload: { sessionId, locked: true, votes: false } })).toEqual([]);
  });
});

describe('ending a session', () => {
  it('closes the open question, stops the countdown, and refuses posts, votes, opening and locking from then on', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const id = h.post(h.participant(sessionId, 1), questionId, 'Said before the end');
    h.run({ name: 'countdown:set', payload: { sessionId, kind: 'question', seconds: 60 } });
    expect(h.run({ name: 'session:end', payload: { sessionId } }).map((e) => e.type)).toEqual(['question.closed', 'countdown.cleared', 'session.ended']);
    const session = h.round.sessions.get(sessionId)!;
    expect(session.status).toEqual({ state: 'ended' });
    expect(session.countdown).toBeNull();
    expect(outcome(() => h.post(h.participant(sessionId, 2), questionId, 'Too late'))).toBe('session-ended');
    expect(outcome(() => h.vote(h.participant(sessionId, 2), id, 'agree'))).toBe('session-ended');
    expect(outcome(() => h.run({ name: 'question:open', payload: { sessionId, questionId } }))).toBe('session-ended');
    expect(outcome(() => h.run({ name: 'countdown:set', payload: { sessionId, kind: 'question', seconds: 5 } }))).toBe('session-ended');
    expect(outcome(() => h.run({ name: 'session:lock', payload: { sessionId, locked: false, votes: true } }))).toBe('session-ended');
    expect(h.run({ name: 'session:end', payload: { sessionId } })).toEqual([]);
    // What was said stays for the synthesis and the exports.
    expect(roundSynthesisInput(h.round).contributions.map((c) => c.text)).toEqual(['Said before the end']);
    expect(h.replay().sessions.get(sessionId)!.status).toEqual({ state: 'ended' });
  });
});

describe('withdrawing a contribution', () => {
  it('is for its author alone, and the event names the contribution and nothing else', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const author = h.participant(sessionId, 1);
    const id = h.post(author, questionId, 'I take this back');
    expect(outcome(() => h.run({ name: 'contribution:withdraw', payload: { contributionId: id } }, h.participant(sessionId, 2)))).toBe('not-your-contribution');
    expect(outcome(() => h.run({ name: 'contribution:withdraw', payload: { contributionId: id } }))).toBe('forbidden');
    const events = h.run({ name: 'contribution:withdraw', payload: { contributionId: id } }, author);
    expect(events).toEqual([{ type: 'contribution.withdrawn', contributionId: id }]);
    expect(h.run({ name: 'contribution:withdraw', payload: { contributionId: id } }, author)).toEqual([]);
  });

  it('takes it out of every view, the synthesis and the exports, and refuses votes on it as if it never was', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const author = h.participant(sessionId, 1);
    const kept = h.post(h.participant(sessionId, 2), questionId, 'Stays');
    const id = h.post(author, questionId, 'Goes');
    h.vote(h.participant(sessionId, 3), id, 'agree');
    h.run({ name: 'contribution:withdraw', payload: { contributionId: id } }, author);
    const session = h.round.sessions.get(sessionId)!;
    expect(isVisible(h.round.contributions.get(id)!)).toBe(false);
    expect(roundSynthesisInput(h.round).contributions.map((c) => c.id)).toEqual([kept]);
    expect(roundSynthesisInput(h.round).votes).toEqual([]);
    expect(facilitatorSnapshot(h.round, session, NO_ROSTER, 0).contributions.map((c) => c.id)).toEqual([kept]);
    expect(participantSnapshot(h.round, session, { voterKey: 'voter-1', mine: new Set([id]) }, 0).contributions.map((c) => c.id)).toEqual([kept]);
    expect(outcome(() => h.vote(h.participant(sessionId, 4), id, 'agree'))).toBe('contribution-not-found');
    expect(outcome(() => h.run({ name: 'contribution:hide', payload: { contributionId: id, reason: 'x' } }))).toBe('contribution-not-found');
    expect(isVisible(h.replay().contributions.get(id)!)).toBe(false);
  });

  it('is refused once its question is closed or the session has ended, and allowed while the session is locked', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const author = h.participant(sessionId, 1);
    const first = h.post(author, questionId, 'First');
    const second = h.post(author, questionId, 'Second');
    h.run({ name: 'session:lock', payload: { sessionId, locked: true, votes: false } });
    expect(outcome(() => h.run({ name: 'contribution:withdraw', payload: { contributionId: first } }, author))).toBe('accepted');
    h.run({ name: 'question:close', payload: { sessionId, questionId } });
    expect(outcome(() => h.run({ name: 'contribution:withdraw', payload: { contributionId: second } }, author))).toBe('question-closed');
    h.run({ name: 'session:end', payload: { sessionId } });
    expect(outcome(() => h.run({ name: 'contribution:withdraw', payload: { contributionId: second } }, author))).toBe('session-ended');
  });

  it("brings back the duplicates merged into it, and no longer counts a merged one's votes on its survivor", () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const alice = h.participant(sessionId, 1);
    const bob = h.participant(sessionId, 2);
    const a = h.post(alice, questionId, 'Data matters');
    const b = h.post(bob, questionId, 'We need data');
    const c = h.post(h.participant(sessionId, 3), questionId, 'Data, data');
    h.vote(h.participant(sessionId, 4), b, 'agree');
    h.run({ name: 'contributions:merge', payload: { into: a, from: [b] } });
    expect(contributionTally(h.round, h.round.contributions.get(a)!).agree).toBe(1);
    h.run({ name: 'contribution:withdraw', payload: { contributionId: b } }, bob);
    expect(contributionTally(h.round, h.round.contributions.get(a)!).agree).toBe(0);

    h.run({ name: 'contributions:merge', payload: { into: a, from: [c] } });
    h.run({ name: 'contribution:withdraw', payload: { contributionId: a } }, alice);
    expect(isVisible(h.round.contributions.get(c)!)).toBe(true);
    expect(h.replay().contributions.get(c)!.mergedInto).toBeNull();
  });

  it('is refused for a contribution of another session as not found', () => {
    const h = new Harness();
    const one = h.openSession('Brussels');
    const two = h.openSession('Geneva');
    const id = h.post(h.participant(one.sessionId, 1), one.questionId, 'Mine, in Brussels');
    expect(outcome(() => h.run({ name: 'contribution:withdraw', payload: { contributionId: id } }, h.participant(two.sessionId, 1)))).toBe('contribution-not-found');
  });
});

describe('a merged contribution, seen by its author', () => {
  it('stays in its author’s view alone, saying which contribution it joined', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const a = h.post(h.participant(sessionId, 1), questionId, 'Data matters');
    const b = h.post(h.participant(sessionId, 2), questionId, 'We need data');
    h.run({ name: 'contributions:merge', payload: { into: a, from: [b] } });
    const session = h.round.sessions.get(sessionId)!;
    const author = participantSnapshot(h.round, session, { voterKey: 'voter-2', mine: new Set([b]) }, 0);
    expect(author.contributions.find((c) => c.id === b)).toMatchObject({ mine: true, mergedInto: { id: a, text: 'Data matters' } });
    const other = participantSnapshot(h.round, session, { voterKey: 'voter-3', mine: new Set() }, 0);
    expect(other.contributions.map((c) => c.id)).toEqual([a]);
    expect(other.contributions[0].mergedInto).toBeUndefined();
    h.run({ name: 'contribution:hide', payload: { contributionId: a, reason: 'Off topic' } });
    const hidden = participantSnapshot(h.round, session, { voterKey: 'voter-2', mine: new Set([b]) }, 0);
    expect(hidden.contributions.find((c) => c.id === b)?.mergedInto).toEqual({ id: a, text: null });
  });
});

describe('refusals name what was not found', () => {
  it('tells a missing session, question and contribution apart', () => {
    const h = new Harness();
    const { sessionId } = h.openSession();
    expect(outcome(() => h.run({ name: 'question:open', payload: { sessionId: 'nope', questionId: 'q' } }))).toBe('session-not-found');
    expect(outcome(() => h.run({ name: 'question:open', payload: { sessionId, questionId: 'nope' } }))).toBe('question-not-found');
    expect(outcome(() => h.run({ name: 'contribution:star', payload: { contributionId: 'nope', starred: true } }))).toBe('contribution-not-found');
  });

  it('gives its own code to a tag outside the round, too many questions, an open question set aside and a reused operation id', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const voter = h.participant(sessionId, 2);
    const id = h.post(h.participant(sessionId, 1), questionId, 'A');
    expect(outcome(() => h.run({ name: 'tag:set', payload: { contributionId: id, tag: 'nonsense', on: true, opId: h.opId() } }, voter))).toBe('unknown-tag');
    expect(outcome(() => h.run({ name: 'question:include', payload: { sessionId, questionId, included: false } }))).toBe('question-open');
    h.vote(voter, id, 'agree', 'op-reused-1');
    expect(outcome(() => h.vote(voter, id, 'pass', 'op-reused-1'))).toBe('operation-reused');
    for (let i = h.round.sessions.get(sessionId)!.questions.size; i < 200; i++) h.run({ name: 'question:add', payload: { sessionId, text: `Q${i}?` } });
    expect(outcome(() => h.run({ name: 'question:add', payload: { sessionId, text: 'One too many?' } }))).toBe('too-many-questions');
  });
});
