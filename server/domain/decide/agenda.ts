/** The facilitator's agenda: sessions, their questions, settings and countdowns. */
import type { Command } from '../../../shared/protocol/commands.js';
import type { DecisionContext } from '../actor.js';
import { refuse } from '../errors.js';
import type { RoundEvent } from '../events.js';
import { annexQuestions } from '../seed.js';
import type { Round, Session } from '../state.js';
import { findQuestion, findSession } from './lookup.js';
import { refuseIfEnded } from './room-state.js';
import { LIMITS } from '../../../shared/protocol/limits.js';

/** The session id and join code were reserved in the join-code index before deciding. */
export function createSession(
  round: Round,
  cmd: Command<'session:create'>,
  reserved: { sessionId: string; joinCode: string },
  ctx: DecisionContext,
): RoundEvent[] {
  if (round.sessions.has(reserved.sessionId)) refuse('conflict', 'This session exists already.');
  return [{ type: 'session.created', ...reserved, ...cmd, questions: annexQuestions(ctx.newId) }];
}

export function updateSession(round: Round, cmd: Command<'session:update'>): RoundEvent[] {
  findSession(round, cmd.sessionId);
  if (Object.keys(cmd.details).length === 0) return [];
  return [{ type: 'session.updated', sessionId: cmd.sessionId, details: cmd.details }];
}

export function changeSettings(round: Round, cmd: Command<'session:settings'>): RoundEvent[] {
  findSession(round, cmd.sessionId);
  if (Object.keys(cmd.settings).length === 0) return [];
  return [{ type: 'session.settings-changed', sessionId: cmd.sessionId, settings: cmd.settings }];
}

/** Locks contributions (votes and tags too unless `votes`), or unlocks them; an ended session stays ended. */
export function lockSession(round: Round, cmd: Command<'session:lock'>): RoundEvent[] {
  const session = findSession(round, cmd.sessionId);
  refuseIfEnded(session);
  const status = session.status;
  if (!cmd.locked) return status.state === 'locked' ? [{ type: 'session.unlocked', sessionId: session.id }] : [];
  if (status.state === 'locked' && status.votes === cmd.votes) return [];
  return [{ type: 'session.locked', sessionId: session.id, votes: cmd.votes }];
}

/** Ends the session for good: the open question closes, the countdown stops, the join code opens it no more. */
export function endSession(round: Round, cmd: Command<'session:end'>): RoundEvent[] {
  const session = findSession(round, cmd.sessionId);
  if (session.status.state === 'ended') return [];
  const current = session.currentQuestionId ? session.questions.get(session.currentQuestionId) : undefined;
  return [
    ...(current?.status === 'open' ? [{ type: 'question.closed' as const, sessionId: session.id, questionId: current.id }] : []),
    ...stopCountdown(session),
    { type: 'session.ended', sessionId: session.id },
  ];
}

/** A countdown belongs to the question it was started under: opening or closing a question stops it. */
function stopCountdown(session: Session): RoundEvent[] {
  return session.countdown ? [{ type: 'countdown.cleared', sessionId: session.id }] : [];
}

export function addQuestion(round: Round, cmd: Command<'question:add'>, ctx: DecisionContext): RoundEvent[] {
  const session = findSession(round, cmd.sessionId);
  if (session.questions.size >= LIMITS.questionsPerSession) {
    refuse('too-many-questions', `A session holds at most ${LIMITS.questionsPerSession} questions.`);
  }
  return [
    { type: 'question.added', sessionId: session.id, question: { id: ctx.newId(), text: cmd.text, group: null, seeded: false } },
  ];
}

export function editQuestion(round: Round, cmd: Command<'question:edit'>): RoundEvent[] {
  const question = findQuestion(findSession(round, cmd.sessionId), cmd.questionId);
  if (question.text === cmd.text) return [];
  return [{ type: 'question.edited', sessionId: cmd.sessionId, questionId: question.id, text: cmd.text }];
}

export function includeQuestion(round: Round, cmd: Command<'question:include'>): RoundEvent[] {
  const session = findSession(round, cmd.sessionId);
  const question = findQuestion(session, cmd.questionId);
  if (!cmd.included && question.status === 'open') refuse('question-open', 'Close the question before setting it aside.');
  if (question.included === cmd.included) return [];
  return [{ type: 'question.included', sessionId: session.id, questionId: question.id, included: cmd.included }];
}

export function reorderQuestions(round: Round, cmd: Command<'questions:reorder'>): RoundEvent[] {
  const session = findSession(round, cmd.sessionId);
  const seen = new Set<string>();
  for (const id of cmd.order) {
    findQuestion(session, id);
    if (seen.has(id)) refuse('invalid-payload', 'The new order lists a question twice.');
    seen.add(id);
  }
  return [{ type: 'questions.reordered', sessionId: session.id, order: cmd.order }];
}

export function openQuestion(round: Round, cmd: Command<'question:open'>): RoundEvent[] {
  const session = findSession(round, cmd.sessionId);
  const question = findQuestion(session, cmd.questionId);
  refuseIfEnded(session);
  if (question.status === 'open' && session.currentQuestionId === question.id) return [];
  return [...stopCountdown(session), { type: 'question.opened', sessionId: session.id, questionId: question.id }];
}

export function closeQuestion(round: Round, cmd: Command<'question:close'>): RoundEvent[] {
  const session = findSession(round, cmd.sessionId);
  const question = findQuestion(session, cmd.questionId);
  if (question.status !== 'open') return [];
  return [...stopCountdown(session), { type: 'question.closed', sessionId: cmd.sessionId, questionId: question.id }];
}

/** The log keeps the duration only: a wall-clock time there would date the events around it. */
export function setCountdown(round: Round, cmd: Command<'countdown:set'>): RoundEvent[] {
  refuseIfEnded(findSession(round, cmd.sessionId));
  return [{ type: 'countdown.set', sessionId: cmd.sessionId, kind: cmd.kind, seconds: cmd.seconds }];
}

export function clearCountdown(round: Round, cmd: Command<'countdown:clear'>): RoundEvent[] {
  const session = findSession(round, cmd.sessionId);
  if (!session.countdown) return [];
  return [{ type: 'countdown.cleared', sessionId: session.id }];
}

export function showOnProjector(round: Round, cmd: Command<'projector:show'>): RoundEvent[] {
  const session = findSession(round, cmd.sessionId);
  if (session.projector === cmd.mode) return [];
  return [{ type: 'projector.shown', sessionId: session.id, mode: cmd.mode }];
}
