/**
 * Turns committed events into what each audience receives. Every node publishes the events of the
 * rounds it follows to its own sockets only, in log order; aggregates are coalesced per session.
 * Only facilitators receive the round's version: it moves with every vote, and so does anything sent
 * because of a vote, so participants and projectors hear of votes only where tallies are theirs to see.
 */
import type { StoredEvent } from '../domain/events.js';
import { isVisible, type Contribution, type Round, type Session } from '../domain/state.js';
import { facilitatorContribution, questionStats, roundView } from '../views/facilitator.js';
import { publicAgenda } from '../views/agenda.js';
import { sharedContribution, talliesPublic, tallyUpdate } from '../views/participant.js';
import { projectorSnapshot } from '../views/projector.js';
import type { Synthesis } from '../../shared/synthesis.js';
import { LiveGroups } from '../synthesis/live-groups.js';
import { roundSynthesisSteps } from '../views/synthesis.js';
import { Coalescer } from './coalescer.js';
import { runSliced } from './sliced.js';
import type { Presence } from './presence.js';
import { rooms } from './rooms.js';
import type { TypedServer } from '../socket/types.js';

export const AGGREGATE_INTERVAL_MS = 50;
/** A facilitator's tallies go to a screen or two rather than to the whole room, so they can afford to come sooner. */
export const FACILITATOR_TALLY_INTERVAL_MS = 16;
export const SYNTHESIS_INTERVAL_MS = 150;
/**
 * The live synthesis takes at most a tenth of the event loop (a slower recompute comes less often),
 * but waits no more than this pause after the last one, so the facilitator's view stays within
 * half a second of the room.
 */
export const SYNTHESIS_MAX_BUSY_SHARE = 0.1;
export const SYNTHESIS_MAX_PAUSE_MS = 200;
/** The live synthesis is computed in slices of this much work, with messages going out in between. */
export const SYNTHESIS_SLICE_MS = 5;

/** A contribution whose tallies changed. */
type TallyDirty = { kind: 'tally'; roundId: string; sessionId: string; contributionId: string };

type Dirty =
  | TallyDirty
  | { kind: 'stats' | 'projector' | 'agenda' | 'facilitator-stale' | 'participants-stale'; roundId: string; sessionId: string }
  | { kind: 'round'; roundId: string };

export class Publisher {
  private readonly rounds = new Map<string, Round>();
  private readonly aggregates: Coalescer<string>;
  /** Contributions whose tallies changed (TallyDirty as JSON), for the facilitators. */
  private readonly facilitatorTallies: Coalescer<string>;
  /** The live synthesis is a full recompute of the round: at most one per round per interval, and only for a watching facilitator. */
  private readonly syntheses: Coalescer<string>;
  private stopped = false;
  /** Per round: opinion groups kept between live recomputes while few votes have changed. */
  private readonly liveGroups = new Map<string, LiveGroups>();

  constructor(
    private readonly io: TypedServer,
    private readonly presence: Presence,
    private readonly now: () => number = Date.now,
  ) {
    this.aggregates = new Coalescer(AGGREGATE_INTERVAL_MS, (keys) => this.flush(keys));
    this.facilitatorTallies = new Coalescer(FACILITATOR_TALLY_INTERVAL_MS, (keys) => this.flushFacilitatorTallies(keys));
    this.syntheses = new Coalescer(
      SYNTHESIS_INTERVAL_MS,
      (roundIds) => this.flushSyntheses(roundIds),
      { maxBusyShare: SYNTHESIS_MAX_BUSY_SHARE, maxPauseMs: SYNTHESIS_MAX_PAUSE_MS },
    );
  }

  stop(): void {
    this.stopped = true;
    this.aggregates.stop();
    this.facilitatorTallies.stop();
    this.syntheses.stop();
  }

  publish(round: Round, events: StoredEvent[]): void {
    this.rounds.set(round.id, round);
    if (this.io.of('/').adapter.rooms.get(rooms.roundFacilitators(round.id))?.size) this.syntheses.mark(round.id);
    for (const { event } of events) {
      switch (event.type) {
        case 'round.created':
          break;
        case 'session.created':
          this.mark({ kind: 'round', roundId: round.id });
          break;
        case 'session.updated':
        case 'question.added':
        case 'question.edited':
        case 'question.included':
        case 'questions.reordered':
        case 'question.opened':
        case 'question.closed':
        case 'countdown.set':
        case 'countdown.cleared':
          this.agendaChanged(round, event.sessionId);
          break;
        case 'session.settings-changed':
          this.agendaChanged(round, event.sessionId);
          this.mark({ kind: 'participants-stale', roundId: round.id, sessionId: event.sessionId });
          break;
        case 'session.locked':
        case 'session.unlocked':
        case 'session.ended':
          this.agendaChanged(round, event.sessionId);
          this.mark({ kind: 'round', roundId: round.id });
          break;
        case 'contribution.withdrawn':
          this.withdrawn(round, round.contributions.get(event.contributionId)!);
          break;
        case 'contribution.added':
          this.contributionAdded(round, round.contributions.get(event.contributionId)!);
          break;
        case 'vote.cast':
        case 'vote.withdrawn':
        case 'tag.set':
          this.tallyChanged(round, round.contributions.get(event.contributionId)!);
          break;
        case 'contribution.hidden':
          this.removedFromView(round, [round.contributions.get(event.contributionId)!]);
          break;
        case 'contributions.merged': {
          const target = round.contributions.get(event.into)!;
          this.removedFromView(round, event.from.map((id) => round.contributions.get(id)!), target);
          this.facilitatorUpdate(round, target);
          this.tallyChanged(round, target);
          break;
        }
        case 'contribution.unhidden':
        case 'contribution.unmerged': {
          const c = round.contributions.get(event.contributionId)!;
          this.mark({ kind: 'participants-stale', roundId: round.id, sessionId: c.sessionId });
          this.mark({ kind: 'facilitator-stale', roundId: round.id, sessionId: c.sessionId });
          this.mark({ kind: 'projector', roundId: round.id, sessionId: c.sessionId });
          break;
        }
        case 'contribution.starred':
        case 'contribution.promoted':
          this.facilitatorUpdate(round, round.contributions.get(event.contributionId)!);
          break;
        case 'tagset.changed':
          for (const sessionId of round.sessionOrder) this.agendaChanged(round, sessionId);
          break;
        case 'curation':
          break;
      }
    }
  }

  /** Something every audience sees of a session's agenda changed without an event (a countdown's end time learnt from another node). */
  agendaRefreshed(roundId: string, sessionId: string): void {
    const round = this.rounds.get(roundId);
    if (round?.sessions.has(sessionId)) this.agendaChanged(round, sessionId);
  }

  /** Another node's connected count changed for a session: tell this node's facilitators and projectors. */
  presenceChangedElsewhere(sessionId: string): void {
    for (const round of this.rounds.values()) {
      if (round.sessions.has(sessionId)) return this.presenceChanged(round.id, sessionId);
    }
  }

  /** The rounds' live syntheses, one after another, to this node's facilitators of each; resolves to the time spent computing. */
  private async flushSyntheses(roundIds: Set<string>): Promise<number> {
    let busyMs = 0;
    for (const roundId of roundIds) {
      const round = this.rounds.get(roundId);
      const done = round && (await this.computeLive(round));
      if (!done) continue;
      busyMs += done.busyMs;
      this.io.local.to(rooms.roundFacilitators(roundId)).emit('synthesis:updated', { synthesis: done.value });
    }
    return busyMs;
  }

  /** The synthesis a facilitator sees live, or null once the node stops. */
  async liveSynthesis(round: Round): Promise<Synthesis | null> {
    return (await this.computeLive(round))?.value ?? null;
  }

  /** Computed a slice at a time; a large round's opinion groups are kept while few votes change. */
  private computeLive(round: Round) {
    let groups = this.liveGroups.get(round.id);
    if (!groups) this.liveGroups.set(round.id, (groups = new LiveGroups()));
    return runSliced(roundSynthesisSteps(round, { groupsOf: groups.groupsOf }), SYNTHESIS_SLICE_MS, () => this.stopped);
  }

  /** Connected counts changed for a session. */
  presenceChanged(roundId: string, sessionId: string): void {
    this.mark({ kind: 'projector', roundId, sessionId });
    const connected = this.presence.count(sessionId);
    this.io.local.to(rooms.facilitators(sessionId)).emit('presence:updated', { connected });
  }

  private contributionAdded(round: Round, c: Contribution): void {
    const session = round.sessions.get(c.sessionId)!;
    const version = round.version;
    const audience =
      session.settings.visibility === 'immediate' ? rooms.participants(session.id) : rooms.postedTo(session.id, c.questionId);
    this.io.local.to(audience).emit('contribution:added', { contribution: { ...sharedContribution(c), mine: false, myVote: null, myTags: [] } });
    if (this.hasListeners(rooms.facilitators(session.id))) {
      this.io.local.to(rooms.facilitators(session.id)).emit('contribution:added', { version, contribution: facilitatorContribution(round, c) });
    }
    this.mark({ kind: 'stats', roundId: round.id, sessionId: session.id });
    this.mark({ kind: 'projector', roundId: round.id, sessionId: session.id });
  }

  private tallyChanged(round: Round, c: Contribution): void {
    const target = c.mergedInto ? round.contributions.get(c.mergedInto)! : c;
    const tally: TallyDirty = { kind: 'tally', roundId: round.id, sessionId: target.sessionId, contributionId: target.id };
    this.mark(tally);
    this.facilitatorTallies.mark(JSON.stringify(tally));
    this.mark({ kind: 'stats', roundId: round.id, sessionId: target.sessionId });
    // The projector is anyone's with the join code: an update sent per vote would count the votes.
    if (talliesPublic(round.sessions.get(target.sessionId)!)) this.mark({ kind: 'projector', roundId: round.id, sessionId: target.sessionId });
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
    for (const c of removed) this.facilitatorUpdate(round, c);
    this.mark({ kind: 'stats', roundId: round.id, sessionId });
    this.mark({ kind: 'projector', roundId: round.id, sessionId });
  }

  /** Gone from every screen; duplicates merged into it come back, and the one it was merged into counts without it. */
  private withdrawn(round: Round, c: Contribution): void {
    const sessionId = c.sessionId;
    this.io.local.to(rooms.participants(sessionId)).emit('contributions:removed', { ids: [c.id] });
    this.io.local.to(rooms.facilitators(sessionId)).emit('contributions:removed', { version: round.version, ids: [c.id] });
    if (c.withdrawn?.released.length) {
      this.mark({ kind: 'participants-stale', roundId: round.id, sessionId });
      this.mark({ kind: 'facilitator-stale', roundId: round.id, sessionId });
    }
    const from = c.withdrawn?.from ? round.contributions.get(c.withdrawn.from) : undefined;
    if (from) {
      this.facilitatorUpdate(round, from);
      this.tallyChanged(round, from);
    }
    this.mark({ kind: 'stats', roundId: round.id, sessionId });
    this.mark({ kind: 'projector', roundId: round.id, sessionId });
  }

  private facilitatorUpdate(round: Round, c: Contribution): void {
    this.io.local
      .to(rooms.facilitators(c.sessionId))
      .emit('contribution:updated', { version: round.version, contribution: facilitatorContribution(round, c) });
  }

  private agendaChanged(round: Round, sessionId: string): void {
    this.mark({ kind: 'agenda', roundId: round.id, sessionId });
    this.mark({ kind: 'facilitator-stale', roundId: round.id, sessionId });
    this.mark({ kind: 'projector', roundId: round.id, sessionId });
  }

  private mark(dirty: Dirty): void {
    this.aggregates.mark(JSON.stringify(dirty));
  }

  private flush(keys: Set<string>): void {
    const tallies: TallyDirty[] = [];
    for (const key of keys) {
      const dirty = JSON.parse(key) as Dirty;
      const round = this.rounds.get(dirty.roundId);
      if (!round) continue;
      if (dirty.kind === 'round') {
        this.io.local.to(rooms.roundFacilitators(round.id)).emit('round:updated', { round: roundView(round) });
        continue;
      }
      const session = round.sessions.get(dirty.sessionId);
      if (!session) continue;
      if (dirty.kind === 'tally') tallies.push(dirty);
      else this.flushSession(dirty.kind, round, session);
    }
    for (const { round, session, ids } of this.bySession(tallies)) this.flushTallies(round, session, ids);
  }

  /** Changed contributions gathered per session, for the sessions of rounds this node follows. */
  private bySession(tallies: Iterable<TallyDirty>) {
    const sessions = new Map<string, { round: Round; session: Session; ids: Set<string> }>();
    for (const { roundId, sessionId, contributionId } of tallies) {
      const round = this.rounds.get(roundId);
      const session = round?.sessions.get(sessionId);
      if (!round || !session) continue;
      let entry = sessions.get(sessionId);
      if (!entry) sessions.set(sessionId, (entry = { round, session, ids: new Set() }));
      entry.ids.add(contributionId);
    }
    return sessions.values();
  }

  /** Whether any socket of this node is in the room: views nobody here would receive are not built. */
  private hasListeners(room: string): boolean {
    return (this.io.of('/').adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  private flushSession(kind: Exclude<Dirty['kind'], 'tally' | 'round'>, round: Round, session: Session): void {
    const version = round.version;
    switch (kind) {
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
          .emit('projector:updated', { snapshot: projectorSnapshot(round, session, this.presence.count(session.id), this.now()) });
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
  private flushTallies(round: Round, session: Session, ids: Set<string>): void {
    const audience = talliesPublic(session) ? 'everyone' : session.settings.tallies === 'after-voting' ? 'voters' : null;
    if (!audience || !this.hasListeners(rooms.participants(session.id))) return;
    const updates = this.tallyUpdates(round, ids);
    if (updates.length === 0) return;
    if (audience === 'everyone') {
      this.io.local.to(rooms.participants(session.id)).emit('tallies:updated', { tallies: updates });
    } else {
      for (const update of updates) {
        this.io.local.to(rooms.votedOn(update.id)).emit('tallies:updated', { tallies: [update] });
      }
    }
  }

  private flushFacilitatorTallies(keys: Set<string>): void {
    const watched = [...keys].map((key) => JSON.parse(key) as TallyDirty).filter((t) => this.hasListeners(rooms.facilitators(t.sessionId)));
    for (const { round, session, ids } of this.bySession(watched)) {
      const updates = this.tallyUpdates(round, ids);
      if (updates.length > 0) this.io.local.to(rooms.facilitators(session.id)).emit('tallies:updated', { version: round.version, tallies: updates });
    }
  }

  private tallyUpdates(round: Round, ids: Set<string>) {
    return [...ids].map((id) => round.contributions.get(id)!).filter(isVisible).map((c) => tallyUpdate(round, c));
  }
}
