/**
 * The facilitator serializer. The facilitator sees everything about contributions except who wrote
 * them: no author tag, no voter key, and a category only inside the Chatham label of a contribution
 * whose author chose to be quoted.
 */
import type { FacilitatorContributionView, FacilitatorQuestionView, FacilitatorSnapshot, RoundView } from '../../shared/views.js';
import type { RosterCounts } from '../store/types.js';
import { orderedQuestions, isVisible, type Contribution, type Round, type Session } from '../domain/state.js';
import { effectiveVotes, tagCounts, tallyOf } from '../domain/tally.js';
import { countdownView, questionView, sessionMeta } from './agenda.js';
import { publishCategories } from './categories.js';
import { sharedContribution } from './participant.js';

export function facilitatorContribution(round: Round, c: Contribution): FacilitatorContributionView {
  return {
    ...sharedContribution(c),
    tally: tallyOf(effectiveVotes(round, c)),
    tags: tagCounts(round, c),
    hidden: c.hidden ? { reason: c.hidden.reason } : null,
    mergedInto: c.mergedInto,
    merged: [...c.merged],
    starred: c.starred,
    promoted: c.promoted,
    attribution: c.quotable?.label ?? null,
  };
}

export function questionStats(round: Round, session: Session): Map<string, FacilitatorQuestionView['stats']> {
  const stats = new Map<string, { contributions: number; votes: number; voters: Set<string> }>();
  for (const id of session.questionOrder) stats.set(id, { contributions: 0, votes: 0, voters: new Set() });
  for (const c of round.contributions.values()) {
    if (c.sessionId !== session.id || !isVisible(c)) continue;
    const s = stats.get(c.questionId);
    if (!s) continue;
    s.contributions += 1;
    for (const voter of effectiveVotes(round, c).keys()) {
      s.votes += 1;
      s.voters.add(voter);
    }
  }
  return new Map([...stats].map(([id, s]) => [id, { contributions: s.contributions, votes: s.votes, voters: s.voters.size }]));
}

export function facilitatorQuestions(round: Round, session: Session): FacilitatorQuestionView[] {
  const stats = questionStats(round, session);
  return orderedQuestions(session).map((q) => ({ ...questionView(q), included: q.included, seeded: q.seeded, stats: stats.get(q.id)! }));
}

export function facilitatorSnapshot(
  round: Round,
  session: Session,
  presence: { connected: number; roster: RosterCounts },
  serverNow: number,
): FacilitatorSnapshot {
  const published = publishCategories(presence.roster);
  return {
    session: sessionMeta(round, session),
    settings: { ...session.settings },
    questions: facilitatorQuestions(round, session),
    currentQuestionId: session.currentQuestionId,
    countdown: countdownView(session),
    projector: session.projector,
    tagSet: round.tagSet,
    version: round.version,
    serverNow,
    // Withdrawn by their authors: gone for the facilitator too.
    contributions: [...round.contributions.values()].filter((c) => c.sessionId === session.id && c.withdrawn === null).map((c) => facilitatorContribution(round, c)),
    connected: presence.connected,
    categories: published.categories,
    categoriesRemainder: published.remainder,
  };
}

export function roundView(round: Round): RoundView {
  return {
    id: round.id,
    title: round.title,
    sessions: round.sessionOrder.map((id) => {
      const session = round.sessions.get(id)!;
      let contributions = 0;
      for (const c of round.contributions.values()) if (c.sessionId === id && isVisible(c)) contributions += 1;
      const open = session.currentQuestionId ? session.questions.get(session.currentQuestionId) : undefined;
      return { ...sessionMeta(round, session), contributions, openQuestion: open?.status === 'open' ? open.text : null };
    }),
  };
}
