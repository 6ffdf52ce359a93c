/** The projector serializer: what the room's big screen shows. No controls, no identifiers, no log position. */
import { opinionMapOf } from '../../shared/charts/opinion-map.js';
import { modeNeedsTallies } from '../../shared/protocol/vocabulary.js';
import type { Synthesis } from '../../shared/synthesis.js';
import type { ProjectorDisplay, ProjectorSnapshot } from '../../shared/views.js';
import { isVisible, type Round, type Session } from '../domain/state.js';
import { effectiveVotes, tallyOf } from '../domain/tally.js';
import { countdownView, questionView, sessionMeta } from './agenda.js';
import { sharedContribution, talliesPublic } from './participant.js';

const TOP_COUNT = 5;
/** More findings than fit on a screen are never shown: the screen shows those that fit whole. */
const FINDINGS_COUNT = 6;

/**
 * `synthesis`: the session's own synthesis (its contributions and the votes on them), or null while
 * it is being prepared; read only when the screen shows findings or the opinion map.
 */
export function projectorSnapshot(round: Round, session: Session, connected: number, serverNow: number, synthesis: Synthesis | null = null): ProjectorSnapshot {
  const display = projectorDisplay(session, synthesis);
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
  const top = session.settings.talliesRevealed || display.mode === 'agreement'
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
    display,
  };
}

/** The mode the facilitator chose, where the tally setting lets the room see it; the question otherwise. */
export function projectorDisplay(session: Session, synthesis: Synthesis | null): ProjectorDisplay {
  const mode = session.projector;
  if (mode === 'question' || (modeNeedsTallies(mode) && !talliesPublic(session))) return { mode: 'question' };
  if (mode === 'agreement') return { mode };
  const ready = synthesis !== null;
  if (mode === 'findings') return { mode, ready, findings: (synthesis?.findings ?? []).slice(0, FINDINGS_COUNT).map((f) => ({ number: f.number, text: f.text })) };
  return { mode, ready, map: synthesis && opinionMapOf(synthesis) };
}

/** Whether the screen needs the session's synthesis: it shows findings or the opinion map. */
export function projectorNeedsSynthesis(session: Session): boolean {
  const { mode } = projectorDisplay(session, null);
  return mode === 'findings' || mode === 'map';
}

/** Broadest agreement: the share of people who voted and agreed, damped for few votes. */
function agreement(t: { agree: number; disagree: number; pass: number }): number {
  return (t.agree + 1) / (t.agree + t.disagree + t.pass + 2);
}
