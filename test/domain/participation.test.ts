import { describe, expect, it } from 'vitest';
import { contributionTally, tagCounts } from '../../server/domain/tally.js';
import { Harness } from './harness.js';

describe('contributions, votes and tags', () => {
  it("stores a contribution with its own author tag only, no category unless quotable", () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession('Brussels');
    const id = h.post(h.participant(sessionId, 1, 'business'), questionId, 'Labour markets, not just labour migration.');
    const c = h.round.contributions.get(id)!;
    expect(c.author).toEqual({ tag: `tag-1-${id}` });
    expect(c.quotable).toBeNull();
    const quoted = h.post(h.participant(sessionId, 1, 'business'), questionId, 'Quote me.', true);
    expect(h.round.contributions.get(quoted)!.quotable).toEqual({ label: 'Brussels roundtable participant, business sector', category: 'business' });
    expect(h.round.contributions.get(quoted)!.author).toEqual({ tag: `tag-1-${quoted}` });
  });

  it('counts one vote per person, the latest, and lets it be taken back', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const id = h.post(h.participant(sessionId, 1), questionId, 'A');
    const voter = h.participant(sessionId, 2);
    h.vote(voter, id, 'agree');
    h.vote(voter, id, 'disagree');
    expect(contributionTally(h.round, h.round.contributions.get(id)!)).toEqual({ agree: 0, disagree: 1, pass: 0 });
    h.vote(voter, id, null);
    expect(contributionTally(h.round, h.round.contributions.get(id)!)).toEqual({ agree: 0, disagree: 0, pass: 0 });
  });

  it("counts no vote of the author's on their own contribution unless they cast one", () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const author = h.participant(sessionId, 1);
    const id = h.post(author, questionId, 'Mine');
    expect(contributionTally(h.round, h.round.contributions.get(id)!)).toEqual({ agree: 0, disagree: 0, pass: 0 });
    h.vote(author, id, 'agree');
    expect(contributionTally(h.round, h.round.contributions.get(id)!).agree).toBe(1);
  });

  it('applies a retried vote once, refuses the same operation id for another vote, and scopes it to the phone', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const id = h.post(h.participant(sessionId, 1), questionId, 'A');
    const voter = h.participant(sessionId, 2);
    expect(h.vote(voter, id, 'agree', 'op-retry-1')).toHaveLength(1);
    expect(h.vote(voter, id, 'agree', 'op-retry-1')).toHaveLength(0);
    expect(() => h.vote(voter, id, 'pass', 'op-retry-1')).toThrow(/already used/);
    expect(h.vote(h.participant(sessionId, 3), id, 'pass', 'op-retry-1')).toHaveLength(1);
    expect(contributionTally(h.round, h.round.contributions.get(id)!)).toEqual({ agree: 1, disagree: 0, pass: 1 });
  });

  it('answers a resent post with the contribution stored the first time, and refuses the same operation id for other text', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const second = h.round.sessions.get(sessionId)!.questionOrder[1];
    h.run({ name: 'question:open', payload: { sessionId, questionId: second } });
    h.run({ name: 'question:open', payload: { sessionId, questionId } });
    const author = h.participant(sessionId, 1);
    const payload = { questionId, text: 'Once', quotable: false, opId: 'op-post-1' };
    expect(h.run({ name: 'contribution:add', payload }, author)).toHaveLength(1);
    expect(h.run({ name: 'contribution:add', payload }, author)).toHaveLength(0);
    for (const other of [{ text: 'Twice' }, { quotable: true }, { questionId: second }]) {
      expect(() => h.run({ name: 'contribution:add', payload: { ...payload, ...other } }, author)).toThrow(/already used/);
    }
    expect(() => h.vote(author, [...h.round.contributions.keys()][0], 'agree', 'op-post-1')).toThrow(/already used/);
    expect(h.round.contributions.size).toBe(1);
  });

  it('tags by distinct people, from the round tag set only', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const id = h.post(h.participant(sessionId, 1), questionId, 'A');
    for (const n of [2, 3]) h.run({ name: 'tag:set', payload: { contributionId: id, tag: 'common-ground', on: true, opId: h.opId() } }, h.participant(sessionId, n));
    h.run({ name: 'tag:set', payload: { contributionId: id, tag: 'common-ground', on: true, opId: h.opId() } }, h.participant(sessionId, 2));
    expect(tagCounts(h.round, h.round.contributions.get(id)!)).toEqual({ 'common-ground': 2 });
    expect(() => h.run({ name: 'tag:set', payload: { contributionId: id, tag: 'not-a-tag', on: true, opId: h.opId() } }, h.participant(sessionId, 2))).toThrow(/convergence tags/);
  });

  it("refuses votes on another session's contribution", () => {
    const h = new Harness();
    const a = h.openSession('Brussels');
    const b = h.openSession('Geneva');
    const id = h.post(h.participant(a.sessionId, 1), a.questionId, 'In Brussels');
    expect(() => h.vote(h.participant(b.sessionId, 2), id, 'agree')).toThrow(/no such contribution/);
  });
});

describe('moderation', () => {
  it('hides with a reason, keeps the log, refuses votes on it, and undoes', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const id = h.post(h.participant(sessionId, 1), questionId, 'Off topic');
    h.run({ name: 'contribution:hide', payload: { contributionId: id, reason: 'Off topic' } });
    expect(h.round.contributions.get(id)!.hidden).toEqual({ reason: 'Off topic' });
    expect(() => h.vote(h.participant(sessionId, 2), id, 'agree')).toThrow(/hidden/);
    h.run({ name: 'contribution:unhide', payload: { contributionId: id } });
    expect(h.round.contributions.get(id)!.hidden).toBeNull();
    expect(h.log.map((e) => e.event.type)).toContain('contribution.hidden');
  });

  it('merges duplicates without counting anyone twice, and unmerges', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const a = h.post(h.participant(sessionId, 1), questionId, 'Data matters');
    const b = h.post(h.participant(sessionId, 2), questionId, 'We need data');
    h.vote(h.participant(sessionId, 3), a, 'agree');
    h.vote(h.participant(sessionId, 3), b, 'disagree'); // later vote of the same person wins
    h.vote(h.participant(sessionId, 4), b, 'agree');
    h.vote(h.participant(sessionId, 5), a, 'pass');
    h.run({ name: 'contributions:merge', payload: { into: a, from: [b] } });
    const target = h.round.contributions.get(a)!;
    expect(contributionTally(h.round, target)).toEqual({ agree: 1, disagree: 1, pass: 1 });
    expect(() => h.vote(h.participant(sessionId, 6), b, 'agree')).toThrow(/merged/);
    h.run({ name: 'contribution:unmerge', payload: { contributionId: b } });
    expect(contributionTally(h.round, target)).toEqual({ agree: 1, disagree: 0, pass: 1 });
    expect(contributionTally(h.round, h.round.contributions.get(b)!)).toEqual({ agree: 1, disagree: 1, pass: 0 });
  });

  it('withdraws a vote cast on a merged duplicate when taken back on the survivor', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const a = h.post(h.participant(sessionId, 1), questionId, 'A');
    const b = h.post(h.participant(sessionId, 2), questionId, 'B');
    h.vote(h.participant(sessionId, 3), b, 'agree');
    h.run({ name: 'contributions:merge', payload: { into: a, from: [b] } });
    h.vote(h.participant(sessionId, 3), a, null);
    expect(contributionTally(h.round, h.round.contributions.get(a)!)).toEqual({ agree: 0, disagree: 0, pass: 0 });
  });

  it('stars, promotes to a question for further reflection, and undoes both', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const id = h.post(h.participant(sessionId, 1), questionId, 'Who will push it?');
    h.run({ name: 'contribution:star', payload: { contributionId: id, starred: true } });
    h.run({ name: 'contribution:promote', payload: { contributionId: id, promoted: true } });
    expect(h.round.contributions.get(id)).toMatchObject({ starred: true, promoted: true });
    h.run({ name: 'contribution:star', payload: { contributionId: id, starred: false } });
    h.run({ name: 'contribution:promote', payload: { contributionId: id, promoted: false } });
    expect(h.replay().contributions.get(id)).toMatchObject({ starred: false, promoted: false });
  });

  it('enters a point made aloud as an unattributed contribution from the discussion', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const [event] = h.run({ name: 'discussion:add', payload: { sessionId, questionId, text: 'Security is the elephant in the room.' } });
    expect(event).toMatchObject({ type: 'contribution.added', authorTag: null, quotable: null, opKey: null });
  });
});

describe('the round’s convergence tags', () => {
  it('can be adjusted by the facilitator; tags outside the new set are refused', () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const id = h.post(h.participant(sessionId, 1), questionId, 'A');
    h.run({ name: 'tags:set', payload: { tags: [{ id: 'common-ground', label: 'Common ground', meaning: 'common-ground' }, { id: 'tipping-point', label: 'Tipping point', meaning: 'other' }] } });
    expect(h.round.tagSet.map((t) => t.id)).toEqual(['common-ground', 'tipping-point']);
    h.run({ name: 'tag:set', payload: { contributionId: id, tag: 'tipping-point', on: true, opId: h.opId() } }, h.participant(sessionId, 2));
    expect(() => h.run({ name: 'tag:set', payload: { contributionId: id, tag: 'gap', on: true, opId: h.opId() } }, h.participant(sessionId, 2))).toThrow(/convergence tags/);
    expect(() => h.run({ name: 'tags:set', payload: { tags: [{ id: 'x', label: 'X', meaning: 'other' }, { id: 'x', label: 'Y', meaning: 'other' }] } })).toThrow(/own id/);
    expect(h.replay().tagSet).toEqual(h.round.tagSet);
  });
});
