/**
 * What each audience is sent about a round, at once or coalesced per session. Only facilitators
 * receive the round's version: it moves with every vote, and so does anything sent because of a
 * vote, so participants and projectors hear of votes only where tallies are theirs to see.
 */
import { isVisible, type Contribution, type Round, type Session } from '../domain/state.js';
import { publicAgenda } from '../views/agenda.js';
import { facilitatorContribution, questionStats, roundView } from '../views/facilitator.js';
import { sharedContribution, talliesPublic, tallyUpdate } from '../views/participant.js';
import { projectorSnapshot } from '../views/projector.js';
import type { Synthesis } from '../../shared/synthesis.js';
import type { TypedServer } from '../socket/types.js';
import { Coalescer } from './coalescer.js';
import type { Presence } from './presence.js';
import { rooms } from './rooms.js';
import type { EventAudiences } from './routing.js';

export const AGGREGATE_INTERVAL_MS = 50;
/** A facilitator's tallies go to a screen or two rather than to the whole room, so they can afford to come sooner. */
export const FACILITATOR_TALLY_INTERVAL_MS = 16;

/** A coalesced message about a whole session, sent once per flush whatever number of events asked for it. */
type SessionMessage = 'stats' | 'projector' | 'agenda' | 'facilitator-stale' | 'participants-stale';

/** What changed in one session since its last flush. */
interface SessionChanges {
  roundId: string;
  messages: Set<SessionMessage>;
  /** Contributions whose tallies changed. */
  tallies: Set<string>;
}

/** Per session id, what waits for the next flush; the coalescer is keyed by the same ids. */
class PendingSessions {
  private readonly pending = new Map<string, SessionChanges>();

  add(roundId: string, sessionId: string): SessionChanges {
    let changes = this.pending.get(sessionId);
    if (!changes) this.pending.set(sessionId, (changes = { roundId, messages: new Set(), tallies: new Set() }));
    return changes;
  }

  take(sessionId: string): SessionChanges | undefined {
    const changes = this.pending.get(sessionId);
    this.pending.delete(sessionId);
    return changes;
  }

  clear(): void {
    this.pending.clear();
  }
}

export class Broadcasts {
  private readonly sessions = new PendingSessions();
  private readonly sessionFlushes: Coalescer<string>;
  private readonly facilitatorTallies = new PendingSessions();
  private readonly facilitatorTallyFlushes: Coalescer<string>;
  private readonly roundFlushes: Coalescer<string>;

  constructor(
    private readonly io: TypedServer,
    private readonly presence: Presence,
    /** The latest state of a round this node follows. */
    private readonly roundOf: (roundId: string) => Round | undefined,
    private readonly now: () => number,
    /** What a session's screen shows of the synthesis, where it shows any. */
    private readonly projectorSynthesis: (round: Round, session: Session) => Synthesis | null,
  ) {
    this.sessionFlushes = new Coalescer(AGGREGATE_INTERVAL_MS, (ids) => this.flushSessions(ids));
    this.facilitatorTallyFlushes = new Coalescer(FACILITATOR_TALLY_INTERVAL_MS, (ids) => this.flushFacilitatorTallies(ids));
    this.roundFlushes = new Coalescer(AGGREGATE_INTERVAL_MS, (ids) => this.flushRounds(ids));
  }

  stop(): void {
    for (const coalescer of [this.sessionFlushes, this.facilitatorTallyFlushes, this.roundFlushes]) coalescer.stop();
    this.sessions.clear();
    this.facilitatorTallies.clear();
  }

  /** The audiences of one round, for the router. */
  of(round: Round): Omit<EventAudiences, 'synthesisChanged'> {
    return {
      roundChanged: () => this.roundFlushes.mark(round.id),
      agendaChanged: (sessionId) => this.agendaChanged(round.id, sessionId),
      participantsStale: (sessionId) => this.mark(round.id, sessionId, 'participants-stale'),
      contributionAdded: (c) => this.contributionAdded(round, c),
      tallyChanged: (c) => this.tallyChanged(round, c),
      removedFromView: (cs, mergedInto) => this.removedFromView(round, cs, mergedInto),
      withdrawn: (c) => this.withdrawn(round, c),
      moderated: (c) => this.moderated(round, c),
      restored: (c) => this.mark(round.id, c.sessionId, 'participants-stale', 'facilitator-stale', 'projector'),
      projectorChanged: (sessionId) => this.projectorChanged(round.id, sessionId),
      facilitatorsStale: (sessionId) => this.mark(round.id, sessionId, 'facilitator-stale'),
    };
  }

  agendaChanged(roundId: string, sessionId: string): void {
    this.mark(roundId, sessionId, 'agenda', 'facilitator-stale', 'projector');
    // The round's list of sessions shows each one's details and open question.
    this.roundFlushes.mark(roundId);
  }

  /** What the session's screen shows changed. */
  projectorChanged(roundId: string, sessionId: string): void {
    this.mark(roundId, sessionId, 'projector');
  }

  /** Connected counts changed for a session. */
  presenceChanged(roundId: string, sessionId: string): void {
    this.mark(roundId, sessionId, 'projector');
    this.io.local.to(rooms.facilitators(sessionId)).emit('presence:updated', { connected: this.presence.count(sessionId) });
  }

  /** Whether any socket of this node is in the room: views nobody here would receive are not built. */
  hasListeners(room: string): boolean {
    return (this.io.of('/').adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  private mark(roundId: string, sessionId: string, ...messages: SessionMessage[]): void {
    const changes = this.sessions.add(roundId, sessionId);
    for (const message of messages) changes.messages.add(message);
    this.sessionFlushes.mark(sessionId);
  }

  private contributionAdded(round: Round, c: Contribution): void {
    const session = round.sessions.get(c.sessionId)!;
    const audience =
      session.settings.visibility === 'immediate' ? rooms.participants(session.id) : rooms.postedTo(session.id, c.questionId);
    this.io.local.to(audience).emit('contribution:added', { contribution: { ...sharedContribution(c), mine: false, myVote: null, myTags: [] } });
    if (this.hasListeners(rooms.facilitators(session.id))) {
      this.io.local
        .to(rooms.facilitators(session.id))
        .emit('contribution:added', { version: round.version, contribution: facilitatorContribution(round, c) });
    }
    this.mark(round.id, session.id, 'stats', 'projector');
  }

  private tallyChanged(round: Round, c: Contribution): void {
    const target = c.mergedInto ? round.contributions.get(c.mergedInto)! : c;
    this.sessions.add(round.id, target.sessionId).tallies.add(target.id);
    this.facilitatorTallies.add(round.id, target.sessionId).tallies.add(target.id);
    this.facilitatorTallyFlushes.mark(target.sessionId);
    this.mark(round.id, target.sessionId, 'stats');
    // The projector is anyone's with the join code: an update sent per vote would count the votes.
    if (talliesPublic(round.sessions.get(target.sessionId)!)) this.mark(round.id, target.sessionId, 'projector');
  }

  /**
   * Contributions hidden or merged away. After a merge, the phones that may see the contribution they
   * joined learn which it is, so that an author keeps its own, marked with where it went; the others
   * (under "after posting", phones that have not posted to that question) learn only that they left.
   */
  private removedFromView(round: Round, removed: Contribution[], mergedInto?: Contribution): void {
    const sessionId = removed[0].sessionId;
    const ids = removed.map((c) => c.id);
    const participants = rooms.participants(sessionId);
    if (mergedInto) {
      const session = round.sessions.get(sessionId)!;
      const told = session.settings.visibility === 'immediate' ? participants : rooms.postedTo(sessionId, mergedInto.questionId);
      this.io.local.to(told).emit('contributions:removed', { ids, mergedInto: { id: mergedInto.id, text: mergedInto.text } });
      if (told !== participants) this.io.local.to(participants).except(told).emit('contributions:removed', { ids });
    } else {
      this.io.local.to(participants).emit('contributions:removed', { ids });
    }
    for (const c of removed) this.moderated(round, c);
    this.mark(round.id, sessionId, 'stats', 'projector');
  }

  /** Gone from every screen; duplicates merged into it come back, and the one it was merged into counts without it. */
  private withdrawn(round: Round, c: Contribution): void {
    const sessionId = c.sessionId;
    this.io.local.to(rooms.participants(sessionId)).emit('contributions:removed', { ids: [c.id] });
    this.io.local.to(rooms.facilitators(sessionId)).emit('contributions:removed', { version: round.version, ids: [c.id] });
    if (c.withdrawn?.released.length) this.mark(round.id, sessionId, 'participants-stale', 'facilitator-stale');
    const from = c.withdrawn?.from ? round.contributions.get(c.withdrawn.from) : undefined;
    if (from) {
      this.moderated(round, from);
      this.tallyChanged(round, from);
    }
    this.mark(round.id, sessionId, 'stats', 'projector');
  }

  private moderated(round: Round, c: Contribution): void {
    this.io.local
      .to(rooms.facilitators(c.sessionId))
      .emit('contribution:updated', { version: round.version, contribution: facilitatorContribution(round, c) });
  }

  private flushRounds(roundIds: Set<string>): void {
    for (const roundId of roundIds) {
      const round = this.roundOf(roundId);
      if (round) this.io.local.to(rooms.roundFacilitators(round.id)).emit('round:updated', { round: roundView(round) });
    }
  }

  private flushSessions(sessionIds: Set<string>): void {
    for (const sessionId of sessionIds) {
      const changes = this.sessions.take(sessionId);
      const round = changes && this.roundOf(changes.roundId);
      const session = round?.sessions.get(sessionId);
      if (!changes || !round || !session) continue;
      for (const message of changes.messages) this.send(message, round, session);
      if (changes.tallies.size > 0) this.sendParticipantTallies(round, session, changes.tallies);
    }
  }

  private send(message: SessionMessage, round: Round, session: Session): void {
    const version = round.version;
    switch (message) {
      case 'stats': {
        if (!this.hasListeners(rooms.facilitators(session.id))) return;
        const stats = questionStats(round, session);
        this.io.local
          .to(rooms.facilitators(session.id))
          .emit('stats:updated', { version, questions: [...stats].map(([id, s]) => ({ id, stats: s })) });
        return;
      }
      case 'projector':
        if (!this.hasListeners(rooms.projectors(session.id))) return;
        this.io.local
          .to(rooms.projectors(session.id))
          .emit('projector:updated', { snapshot: projectorSnapshot(round, session, this.presence.count(session.id), this.now(), this.projectorSynthesis(round, session)) });
        return;
      case 'agenda':
        this.io.local.to(rooms.participants(session.id)).emit('agenda:updated', { agenda: publicAgenda(round, session), serverNow: this.now() });
        return;
      case 'facilitator-stale':
        this.io.local.to(rooms.facilitators(session.id)).emit('session:stale', { version });
        return;
      case 'participants-stale':
        this.io.local.to(rooms.participants(session.id)).emit('session:stale', {});
        return;
    }
  }

  /** Tallies for the session's participants, as its settings allow; the facilitators have their own flush. */
  private sendParticipantTallies(round: Round, session: Session, ids: Set<string>): void {
    const audience = talliesPublic(session) ? 'everyone' : session.settings.tallies === 'after-voting' ? 'voters' : null;
    if (!audience || !this.hasListeners(rooms.participants(session.id))) return;
    const updates = tallyUpdates(round, ids);
    if (updates.length === 0) return;
    if (audience === 'everyone') {
      this.io.local.to(rooms.participants(session.id)).emit('tallies:updated', { tallies: updates });
    } else {
      for (const update of updates) this.io.local.to(rooms.votedOn(update.id)).emit('tallies:updated', { tallies: [update] });
    }
  }

  private flushFacilitatorTallies(sessionIds: Set<string>): void {
    for (const sessionId of sessionIds) {
      const changes = this.facilitatorTallies.take(sessionId);
      const round = changes && this.roundOf(changes.roundId);
      if (!changes || !round || !round.sessions.has(sessionId) || !this.hasListeners(rooms.facilitators(sessionId))) continue;
      const updates = tallyUpdates(round, changes.tallies);
      if (updates.length > 0) this.io.local.to(rooms.facilitators(sessionId)).emit('tallies:updated', { version: round.version, tallies: updates });
    }
  }
}

function tallyUpdates(round: Round, ids: Set<string>) {
  return [...ids].map((id) => round.contributions.get(id)!).filter(isVisible).map((c) => tallyUpdate(round, c));
}
