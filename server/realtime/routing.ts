/**
 * Which audience hears of each committed event. One exhaustive switch: an event type that nobody
 * routes fails to compile. The audiences themselves (what is sent, and when) live in broadcasts.ts.
 */
import type { RoundEvent } from '../domain/events.js';
import type { Contribution, Round } from '../domain/state.js';
import { projectorNeedsSynthesis } from '../views/projector.js';

/** What a committed event can change for the round's audiences; each is sent (or coalesced) by the publisher. */
export interface EventAudiences {
  /** The round's sessions changed: its facilitators get the round again. */
  roundChanged(): void;
  /** What participants, facilitators and projectors see of a session's agenda changed. */
  agendaChanged(sessionId: string): void;
  /** Participants may now see a different set of contributions: they fetch a fresh snapshot. */
  participantsStale(sessionId: string): void;
  /** A contribution was posted. */
  contributionAdded(contribution: Contribution): void;
  /** A contribution's votes or tags changed (those of a merged one count for the one it went into). */
  tallyChanged(contribution: Contribution): void;
  /** Contributions left the participants' view (hidden, or merged into `mergedInto`). */
  removedFromView(contributions: Contribution[], mergedInto?: Contribution): void;
  /** Its author withdrew a contribution: it leaves every screen. */
  withdrawn(contribution: Contribution): void;
  /** A contribution's moderation state changed, as facilitators see it. */
  moderated(contribution: Contribution): void;
  /** A hidden or merged contribution came back: every audience of its session takes a fresh look. */
  restored(contribution: Contribution): void;
  /** What the session's screen shows changed (what it is told to show, or the findings it shows). */
  projectorChanged(sessionId: string): void;
  /** The session's facilitators take a fresh look. */
  facilitatorsStale(sessionId: string): void;
  /** What the live synthesis reads changed: it is recomputed for the round's facilitators. */
  synthesisChanged(): void;
}

export function routeEvent(round: Round, event: RoundEvent, to: EventAudiences): void {
  const contribution = (id: string) => round.contributions.get(id)!;
  switch (event.type) {
    case 'round.created':
      return;
    case 'session.created':
      to.roundChanged();
      to.synthesisChanged();
      return;
    case 'session.updated':
    case 'question.added':
    case 'question.edited':
    case 'question.included':
    case 'questions.reordered':
    case 'question.opened':
      // Session details, questions and whether a question was ever opened are read by the synthesis.
      to.agendaChanged(event.sessionId);
      to.synthesisChanged();
      return;
    case 'question.closed':
    case 'countdown.set':
    case 'countdown.cleared':
      to.agendaChanged(event.sessionId);
      return;
    case 'session.settings-changed':
      to.agendaChanged(event.sessionId);
      to.participantsStale(event.sessionId);
      return;
    case 'session.locked':
    case 'session.unlocked':
    case 'session.ended':
      to.agendaChanged(event.sessionId);
      to.roundChanged();
      return;
    case 'contribution.withdrawn':
      to.withdrawn(contribution(event.contributionId));
      to.synthesisChanged();
      return;
    case 'contribution.added':
      to.contributionAdded(contribution(event.contributionId));
      to.synthesisChanged();
      return;
    case 'vote.cast':
    case 'vote.withdrawn':
    case 'tag.set':
      to.tallyChanged(contribution(event.contributionId));
      to.synthesisChanged();
      return;
    case 'contribution.hidden':
      to.removedFromView([contribution(event.contributionId)]);
      to.synthesisChanged();
      return;
    case 'contributions.merged': {
      const target = contribution(event.into);
      to.removedFromView(event.from.map(contribution), target);
      to.moderated(target);
      to.tallyChanged(target);
      to.synthesisChanged();
      return;
    }
    case 'contribution.unhidden':
    case 'contribution.unmerged':
      to.restored(contribution(event.contributionId));
      to.synthesisChanged();
      return;
    case 'contribution.starred':
    case 'contribution.promoted':
      to.moderated(contribution(event.contributionId));
      to.synthesisChanged();
      return;
    case 'tagset.changed':
      for (const sessionId of round.sessionOrder) to.agendaChanged(sessionId);
      to.synthesisChanged();
      return;
    case 'curation':
      to.synthesisChanged();
      // A finding reworded or a theme renamed: screens showing the findings are redrawn.
      for (const sessionId of round.sessionOrder) {
        if (projectorNeedsSynthesis(round.sessions.get(sessionId)!)) to.projectorChanged(sessionId);
      }
      return;
    case 'projector.shown':
      to.projectorChanged(event.sessionId);
      to.facilitatorsStale(event.sessionId);
      return;
    default:
      return unrouted(event);
  }
}

function unrouted(event: never): never {
  throw new Error(`no audience is routed for event ${(event as { type?: unknown }).type}`);
}
