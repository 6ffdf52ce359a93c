import { refuse } from '../errors.js';
import { isVisible, type Contribution, type Question, type Round, type Session } from '../state.js';

export function findSession(round: Round, sessionId: string): Session {
  return round.sessions.get(sessionId) ?? refuse('not-found', 'There is no such session in this round.');
}

export function findQuestion(session: Session, questionId: string): Question {
  return session.questions.get(questionId) ?? refuse('not-found', 'There is no such question in this session.');
}

export function findContribution(round: Round, id: string): Contribution {
  return round.contributions.get(id) ?? refuse('not-found', 'There is no such contribution.');
}

/** A contribution people can still react to: not hidden, not merged away. */
export function findLiveContribution(round: Round, id: string, sessionId?: string): Contribution {
  const c = round.contributions.get(id);
  if (!c || (sessionId !== undefined && c.sessionId !== sessionId)) {
    refuse('not-found', 'There is no such contribution in this session.');
  }
  if (c.hidden) refuse('contribution-unavailable', 'This contribution was hidden by the facilitator.');
  if (c.mergedInto) refuse('contribution-unavailable', 'This contribution was merged into another one.');
  return c;
}

export function liveContributions(round: Round, sessionId: string): Contribution[] {
  return [...round.contributions.values()].filter((c) => c.sessionId === sessionId && isVisible(c));
}
