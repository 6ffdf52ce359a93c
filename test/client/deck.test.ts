import { describe, expect, it } from 'vitest';
import type { ParticipantSnapshot, ParticipantContributionView } from '../../shared/views.js';
import { deckOrder, fromSnapshot, withMyVote } from '../../client/store/participant-reducers.js';

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
    session: { id: 's', roundTitle: 'R', title: 'S', place: 'Geneva', date: '2026-11-28', format: 'roundtable', language: 'en', joinCode: 'ABCDEF' },
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
