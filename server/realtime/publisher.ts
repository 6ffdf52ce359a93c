/**
 * Turns committed events into what each audience receives. Every node publishes the events of the
 * rounds it follows to its own sockets only, in log order: routing.ts decides who hears of each
 * event, broadcasts.ts sends it (aggregates coalesced per session), live-synthesis.ts keeps the
 * facilitators' synthesis current, computed on the node's synthesis thread (synthesis-thread.ts).
 */
import type { StoredEvent } from '../domain/events.js';
import type { Round, Session } from '../domain/state.js';
import { projectorNeedsSynthesis } from '../views/projector.js';
import type { Synthesis } from '../../shared/synthesis.js';
import type { TypedServer } from '../socket/types.js';
import { Broadcasts } from './broadcasts.js';
import { LiveSynthesis } from './live-synthesis.js';
import type { Presence } from './presence.js';
import { ProjectorSyntheses } from './projector-syntheses.js';
import { routeEvent, type EventAudiences } from './routing.js';
import type { SynthesisThread } from './synthesis-thread.js';

export class Publisher {
  private readonly rounds = new Map<string, Round>();
  private readonly broadcasts: Broadcasts;
  private readonly synthesis: LiveSynthesis;
  /** Per session: the synthesis its screen shows when the facilitator puts findings or the opinion map on it. */
  private readonly projectorSyntheses: ProjectorSyntheses;

  /** `thread`: the node's synthesis thread, which computes the live and the screen's syntheses. */
  constructor(io: TypedServer, presence: Presence, thread: SynthesisThread, now: () => number = Date.now) {
    const roundOf = (roundId: string) => this.rounds.get(roundId);
    this.broadcasts = new Broadcasts(io, presence, roundOf, now, (round, session) => this.projectorSynthesis(round, session));
    this.synthesis = new LiveSynthesis(io, roundOf, thread);
    this.projectorSyntheses = new ProjectorSyntheses(thread, (round, sessionId) => this.broadcasts.projectorChanged(round.id, sessionId));
  }

  stop(): void {
    this.broadcasts.stop();
    this.synthesis.stop();
    this.projectorSyntheses.stop();
  }

  /** The session's synthesis for its screen, where the screen shows one (the last computed; null before the first). */
  projectorSynthesis(round: Round, session: Session): Synthesis | null {
    return projectorNeedsSynthesis(session) ? this.projectorSyntheses.latest(round, session.id) : null;
  }

  publish(round: Round, events: StoredEvent[]): void {
    this.rounds.set(round.id, round);
    this.synthesis.committed(round, events);
    const audiences: EventAudiences = { ...this.broadcasts.of(round), synthesisChanged: () => this.synthesis.changed(round.id) };
    for (const { event } of events) routeEvent(round, event, audiences);
  }

  /** The round was let go of (nobody uses it): drop its state and its kept opinion groups; its next commit brings it back. */
  forget(roundId: string): void {
    this.rounds.delete(roundId);
    this.synthesis.forget(roundId);
    this.projectorSyntheses.forget(roundId);
  }

  /** Something every audience sees of a session's agenda changed without an event (a countdown's end time learnt from another node). */
  agendaRefreshed(roundId: string, sessionId: string): void {
    if (this.rounds.get(roundId)?.sessions.has(sessionId)) this.broadcasts.agendaChanged(roundId, sessionId);
  }

  /** Connected counts changed for a session. */
  presenceChanged(roundId: string, sessionId: string): void {
    this.broadcasts.presenceChanged(roundId, sessionId);
  }

  /** Another node's connected count changed for a session: tell this node's facilitators and projectors. */
  presenceChangedElsewhere(sessionId: string): void {
    for (const round of this.rounds.values()) {
      if (round.sessions.has(sessionId)) return this.presenceChanged(round.id, sessionId);
    }
  }

  /** The synthesis a facilitator sees live, or null once the node stops. */
  liveSynthesis(round: Round): Promise<Synthesis | null> {
    return this.synthesis.current(round);
  }
}
