import { refuse } from '../errors.js';
import { isVisible, type Contribution, type Question, type Round, type Session } from '../state.js';

export function findSession(round: Round, sessionId: string): Session {
  return round.sessions.get(sessionId) ?? refuse('session-not-found', 'There is no such session in this round.');
}

export function findQuestion(session: Session, questionId: string): Question {
  return session.questions.get(questionId) ?? refuse('question-not-found', 'There is no such question in this session.');
}

/** Any contribution of the round its author has not withdrawn (a withdrawn one is beyond moderation too). */
export function findContribution(round: Round, id: string): Contribution {
  const c = round.contributions.get(id);
  if (!c || c.withdrawn !== null) refuse('contribution-not-found', 'There is no such contribution.');
  return c;
}

/** A contribution of this session, whatever became of it; another session's is not found. */
export function findSessionContribution(round: Round, id: string, sessionId: string): Contribution {
  const c = round.contributions.get(id);
  if (!c || c.sessionId !== sessionId) refuse('contribution-not-found', 'There is no such contribution in this session.');
  return c;
}

/** A contribution people can still react to: not hidden, not merged away, not withdrawn. */
export function findLiveContribution(round: Round, id: string, sessionId?: string): Contribution {
  const c = sessionId === undefined ? findContribution(round, id) : findSessionContribution(round, id, sessionId);
  // Withdrawn is gone for everyone: it reads as if it never was.
  if (c.withdrawn !== null) refuse('contribution-not-found', 'There is no such contribution in this session.');
  if (c.hidden) refuse('contribution-unavailable', 'This contribution was hidden by the facilitator.');
  if (c.mergedInto) refuse('contribution-unavailable', 'This contribution was merged into another one.');
  return c;
}

export function liveContributions(round: Round, sessionId: string): Contribution[] {
  return [...round.contributions.values()].filter((c) => c.sessionId === sessionId && isVisible(c));
}
