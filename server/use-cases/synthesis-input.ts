/**
 * The engine's input drawn from a round's state: the whole round's, or one session's alone.
 * Hidden and merged-away contributions stay out; votes are the merge-aware ones; the round's
 * curation comes along. A session's input is that session's contributions and the votes on them,
 * built without building the rest of the round's.
 */
import { isFromDiscussion, isVisible, type Round } from '../domain/state.js';
import { effectiveVotes, tagCounts } from '../domain/tally.js';
import type { SynthesisInput } from '../synthesis/input.js';
import type { Vote } from '../synthesis/votes.js';

const VOTE_VALUE = { agree: 1, disagree: -1, pass: 0 } as const;

export function roundSynthesisInput(round: Round): SynthesisInput {
  return synthesisInput(round, null);
}

export function sessionSynthesisInput(round: Round, sessionId: string): SynthesisInput {
  return synthesisInput(round, sessionId);
}

/** Covers every session when `only` is null. */
function synthesisInput(round: Round, only: string | null): SynthesisInput {
  const covers = (sessionId: string) => only === null || sessionId === only;
  const contributions: SynthesisInput['contributions'] = [];
  const votes: Vote[] = [];
  for (const c of round.contributions.values()) {
    if (!covers(c.sessionId) || !isVisible(c)) continue;
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
  const covered = round.sessionOrder.filter(covers);
  const sessions = covered
    .map((id) => round.sessions.get(id)!)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => ({ id: s.id, title: s.title, place: s.place, date: s.date, format: s.format }));
  const questions = covered.flatMap((sessionId) => {
    const s = round.sessions.get(sessionId)!;
    return s.questionOrder.map((id) => s.questions.get(id)!).map((q) => ({ id: q.id, text: q.text, group: q.group ?? undefined, sessionId, opened: q.status !== 'pending' }));
  });
  return { title: round.title, sessions, questions, contributions, votes, tagSet: round.tagSet, curation: round.curation ?? undefined };
}
