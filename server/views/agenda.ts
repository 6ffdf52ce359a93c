import type { Agenda, CountdownView, QuestionView, SessionMeta } from '../../shared/views.js';
import { orderedQuestions, type Question, type Round, type Session } from '../domain/state.js';

export function sessionMeta(round: Round, session: Session): SessionMeta {
  return {
    id: session.id,
    roundTitle: round.title,
    title: session.title,
    place: session.place,
    date: session.date,
    format: session.format,
    language: session.language,
    joinCode: session.joinCode,
    status: { ...session.status },
  };
}

export function questionView(q: Question): QuestionView {
  return { id: q.id, text: q.text, group: q.group, status: q.status };
}

/** A countdown this node did not see start (it restarted since) is shown as ended. */
export function countdownView(session: Session): CountdownView | null {
  const c = session.countdown;
  return c ? { kind: c.kind, endsAt: c.endsAt ?? 0, seconds: c.seconds } : null;
}

/** The agenda as everyone in the room may see it: only the questions the facilitator chose to use. */
export function publicAgenda(round: Round, session: Session): Agenda {
  return {
    session: sessionMeta(round, session),
    settings: { ...session.settings },
    questions: orderedQuestions(session).filter((q) => q.included).map(questionView),
    currentQuestionId: session.currentQuestionId,
    countdown: countdownView(session),
    tagSet: round.tagSet,
  };
}
