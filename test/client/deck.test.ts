import { describe, expect, it } from 'vitest';
import type { ParticipantSnapshot, ParticipantContributionView, QuestionView, SessionStatus } from '../../shared/views.js';
import { deckOrder, fromSnapshot, withMyVote, withoutContributions } from '../../client/store/participant-reducers.js';
import { mayPost, mayReact, mayWithdraw } from '../../client/participant/room-state.js';

const contribution = (id: string, questionId: string, extra: Partial<ParticipantContributionView> = {}): ParticipantContributionView => ({
  id,
  questionId,
  text: `Contribution ${id}`,
  fromDiscussion: false,
  mine: false,
  myVote: null,
  myTags: [],
  ...extra,
});

function snapshot(visibility: 'immediate' | 'after-posting', contributions: ParticipantContributionView[]): ParticipantSnapshot {
  return {
    session: { id: 's', roundTitle: 'R', title: 'S', place: 'Geneva', date: '2026-11-28', format: 'roundtable', language: 'en', joinCode: 'ABCDEF', status: { state: 'open' } },
    settings: { visibility, tallies: 'never', talliesRevealed: false },
    questions: [],
    currentQuestionId: 'q1',
    countdown: null,
    tagSet: [],
    serverNow: 0,
    contributions,
    postedTo: ['q1'],
  };
}

describe('the voting deck', () => {
  it("holds the phone's own contributions too, so that its blanks say nothing of what it wrote", () => {
    const state = fromSnapshot(snapshot('immediate', [contribution('a', 'q1'), contribution('mine', 'q1', { mine: true }), contribution('b', 'q1')]));
    expect(deckOrder(state, 'q1').map((c) => c.id)).toEqual(['a', 'mine', 'b']);
    expect(deckOrder(withMyVote(state, 'mine', 'agree'), 'q1').map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('under "after posting", holds its own only once another participant posted to that question', () => {
    const alone = fromSnapshot(snapshot('after-posting', [contribution('mine', 'q1', { mine: true }), contribution('aloud', 'q1', { fromDiscussion: true })]));
    expect(deckOrder(alone, null).map((c) => c.id)).toEqual(['aloud']);
    const joined = fromSnapshot(snapshot('after-posting', [contribution('mine', 'q1', { mine: true }), contribution('other', 'q1')]));
    expect(deckOrder(joined, null).map((c) => c.id)).toEqual(['mine', 'other']);
  });
});

describe('a merge seen from the phone', () => {
  it("keeps the phone's own merged contribution with where it went, out of the deck; drops the others'", () => {
    const state = fromSnapshot(snapshot('immediate', [contribution('kept', 'q1'), contribution('mine', 'q1', { mine: true }), contribution('theirs', 'q1')]));
    const after = withoutContributions(state, ['mine', 'theirs'], { id: 'kept', text: 'Contribution kept' });
    expect(after.order).toEqual(['kept', 'mine']);
    expect(after.contributions.mine.mergedInto).toEqual({ id: 'kept', text: 'Contribution kept' });
    expect(deckOrder(after, 'q1').map((c) => c.id)).toEqual(['kept']);
    // Hidden or withdrawn, without a contribution it joined: gone, its author's included.
    expect(withoutContributions(state, ['mine']).order).toEqual(['kept', 'theirs']);
  });
});

describe('what the phone offers, by the session and the question', () => {
  const agenda = (status: SessionStatus, questionStatus: QuestionView['status']) => ({
    ...fromSnapshot(snapshot('immediate', [])).agenda!,
    session: { ...snapshot('immediate', []).session, status },
    questions: [{ id: 'q1', text: 'Q?', group: null, status: questionStatus }],
  });
  const cases: [SessionStatus, QuestionView['status'], [boolean, boolean, boolean]][] = [
    [{ state: 'open' }, 'open', [true, true, true]],
    [{ state: 'open' }, 'closed', [false, false, false]],
    [{ state: 'locked', votes: true }, 'open', [false, true, true]],
    [{ state: 'locked', votes: false }, 'open', [false, false, true]],
    [{ state: 'ended' }, 'closed', [false, false, false]],
  ];
  for (const [status, questionStatus, expected] of cases) {
    it(`${JSON.stringify(status)}, question ${questionStatus}: post, react, withdraw = ${expected.join(', ')}`, () => {
      const a = agenda(status, questionStatus);
      expect([mayPost(a, a.questions[0]), mayReact(a, a.questions[0]), mayWithdraw(a, a.questions[0])]).toEqual(expected);
    });
  }
});
