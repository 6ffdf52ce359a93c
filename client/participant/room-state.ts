/** What the phone may still do in the session, by its status and the question's: mirrors the server's refusals. */
import type { Agenda, QuestionView, SessionStatus } from '../../shared/views.js';

const OPEN: SessionStatus = { state: 'open' };

/** A copy kept on the phone by an earlier version has no status: it was open. */
export function sessionStatus(agenda: Agenda | null): SessionStatus {
  return agenda?.session.status ?? OPEN;
}

export function mayPost(agenda: Agenda | null, question: QuestionView | undefined): boolean {
  return sessionStatus(agenda).state === 'open' && question?.status === 'open';
}

export function mayReact(agenda: Agenda | null, question: QuestionView | undefined): boolean {
  const status = sessionStatus(agenda);
  if (status.state === 'ended' || (status.state === 'locked' && !status.votes)) return false;
  return question?.status === 'open';
}

export function mayWithdraw(agenda: Agenda | null, question: QuestionView | undefined): boolean {
  return sessionStatus(agenda).state !== 'ended' && question?.status === 'open';
}
