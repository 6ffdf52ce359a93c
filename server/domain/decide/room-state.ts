/**
 * What the room may still do, by the session's status and the question's: the one place that says
 * which refusal a post, a vote, a tag or a withdrawal meets once the facilitator locks, ends or closes.
 */
import { refuse } from '../errors.js';
import type { Question, Session } from '../state.js';

export function refuseIfEnded(session: Session): void {
  if (session.status.state === 'ended') refuse('session-ended', 'This session has ended.');
}

function refuseIfClosed(question: Question, what: string): void {
  if (question.status !== 'open') refuse('question-closed', `This question is closed: ${what}.`);
}

export function assertMayPost(session: Session, question: Question): void {
  refuseIfEnded(session);
  if (session.status.state === 'locked') refuse('session-locked', 'The facilitator has locked the session: it takes no new contributions.');
  refuseIfClosed(question, 'it takes no more contributions');
}

/** A vote or a tag: refused once the question closes, and while the session is locked without votes. */
export function assertMayReact(session: Session, question: Question): void {
  refuseIfEnded(session);
  if (session.status.state === 'locked' && !session.status.votes) refuse('session-locked', 'The facilitator has locked the session, votes and tags included.');
  refuseIfClosed(question, 'it takes no more votes or tags');
}

/** An author may take a contribution back while its question is open, locked session or not. */
export function assertMayWithdraw(session: Session, question: Question): void {
  refuseIfEnded(session);
  refuseIfClosed(question, 'its contributions can no longer be withdrawn');
}
