/** The projector serializer: what the room's big screen shows. No controls, no identifiers, no log position. */
import type { ProjectorSnapshot } from '../../shared/views.js';
import { isVisible, type Round, type Session } from '../domain/state.js';
import { effectiveVotes, tallyOf } from '../domain/tally.js';
import { countdownView, questionView, sessionMeta } from './agenda.js';
import { sharedContribution, talliesPublic } from './participant.js';

const TOP_COUNT = 5;

export function projectorSnapshot(round: Round, session: Session, connected: number, serverNow: number): ProjectorSnapshot {
  const current = session.currentQuestionId ? session.questions.get(session.currentQuestionId)! : null;
  let contributions = 0;
  let votes = 0;
  const candidates = [];
  for (const c of round.contributions.values()) {
    if (c.sessionId !== session.id || !isVisible(c)) continue;
    if (current && c.questionId !== current.id) continue;
    const tally = tallyOf(effectiveVotes(round, c));
    votes += tally.agree + tally.disagree + tally.pass;
    contributions += 1;
    candidates.push({ ...sharedContribution(c), tally });
  }
  const top = session.settings.talliesRevealed
    ? candidates
        .filter((c) => c.tally.agree > 0)
        .sort((a, b) => agreement(b.tally) - agreement(a.tally) || b.tally.agree - a.tally.agree || a.id.localeCompare(b.id))
        .slice(0, TOP_COUNT)
    : [];
  return {
    serverNow,
    session: sessionMeta(round, session),
    question: current ? questionView(current) : null,
    countdown: countdownView(session),
    // Anyone with the join code can open the projector: it counts votes only where the room may see tallies.
    counts: talliesPublic(session) ? { connected, contributions, votes } : { connected, contributions },
    top,
  };
}

/** Broadest agreement: the share of people who voted and agreed, damped for few votes. */
function agreement(t: { agree: number; disagree: number; pass: number }): number {
  return (t.agree + 1) / (t.agree + t.disagree + t.pass + 2);
}
