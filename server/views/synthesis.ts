/**
 * The facilitator's live synthesis of a round: the round's state handed to the synthesis engine.
 * Hidden and merged-away contributions stay out; votes are the merge-aware ones; participants
 * leave as opaque per-computation ids.
 */
import type { Synthesis } from '../../shared/synthesis.js';
import { isFromDiscussion, isVisible, type Round } from '../domain/state.js';
import { effectiveVotes, tagCounts } from '../domain/tally.js';
import { synthesisSteps, type SynthesisOptions } from '../synthesis/engine.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { withOpaqueParticipants } from '../synthesis/privacy.js';
import type { Steps } from '../synthesis/steps.js';
import type { Vote } from '../synthesis/votes.js';

const VOTE_VALUE = { agree: 1, disagree: -1, pass: 0 } as const;

export function roundSynthesisInput(round: Round): SynthesisInput {
  const contributions: SynthesisInput['contributions'] = [];
  const votes: Vote[] = [];
  for (const c of round.contributions.values()) {
    if (!isVisible(c)) continue;
    const session = round.sessions.get(c.sessionId)!;
    contributions.push({
      id: c.id,
      text: c.text,
      sessionId: c.sessionId,
      questionId: c.questionId,
      place: session.place,
      category: c.quotable?.category ?? undefined,
      quotable: c.quotable?.label ?? null,
      origin: isFromDiscussion(c) ? 'discussion' : 'participant',
      starred: c.starred,
      promoted: c.promoted,
      tags: tagCounts(round, c),
    });
    for (const [voter, cast] of effectiveVotes(round, c)) votes.push({ participant: voter, contribution: c.id, vote: VOTE_VALUE[cast.vote] });
  }
  const sessions = [...round.sessionOrder]
    .map((id) => round.sessions.get(id)!)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => ({ id: s.id, title: s.title, place: s.place, date: s.date, format: s.format }));
  const questions = round.sessionOrder.flatMap((sessionId) => {
    const s = round.sessions.get(sessionId)!;
    return s.questionOrder.map((id) => s.questions.get(id)!).map((q) => ({ id: q.id, text: q.text, group: q.group ?? undefined, sessionId, opened: q.status !== 'pending' }));
  });
  return { title: round.title, sessions, questions, contributions, votes, tagSet: round.tagSet, curation: round.curation ?? undefined };
}

/** The round's synthesis, in steps (see synthesis/steps.ts); the round is read when the first step runs. */
export function* roundSynthesisSteps(round: Round, options?: SynthesisOptions): Steps<Synthesis> {
  return withOpaqueParticipants(yield* synthesisSteps(roundSynthesisInput(round), options));
}
