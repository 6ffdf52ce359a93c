/**
 * When a round's countdowns end. The log stores only a countdown's duration, since a wall-clock time
 * there would date the participants' events around it; a node stamps the end time when it sees the
 * countdown committed (its own, or another node's caught up live), holds it in memory, and puts it back
 * whenever it rebuilds the round from the log. A node that never saw a countdown start (it started
 * later, or restarted) may learn the end time from a peer; otherwise the countdown counts as ended.
 */
import type { StoredEvent } from '../domain/events.js';
import type { Round } from '../domain/state.js';

/** A countdown's end, by the log position of the event that set it. */
export type CountdownEnd = [seq: number, endsAt: number];

export class CountdownClock {
  private readonly ends = new Map<number, number>();

  constructor(private readonly now: () => number) {}

  /** These events are being committed or caught up live: the countdowns they set start now. */
  started(round: Round, events: readonly StoredEvent[]): void {
    for (const { seq, event } of events) {
      if (event.type === 'countdown.set' && !('endsAt' in event)) this.ends.set(seq, this.now() + event.seconds * 1000);
    }
    this.restore(round);
  }

  /** End times another node holds, for countdowns this node never saw start; returns the sessions whose countdown changed. */
  learn(round: Round, ends: readonly CountdownEnd[]): string[] {
    const changed: string[] = [];
    for (const [seq, endsAt] of ends) {
      const session = [...round.sessions.values()].find((s) => s.countdown?.seq === seq && s.countdown.endsAt === null);
      if (!session) continue;
      this.ends.set(seq, endsAt);
      session.countdown!.endsAt = endsAt;
      changed.push(session.id);
    }
    return changed;
  }

  /** Puts the end times held here into a state folded from the log, and forgets countdowns no session shows any more. */
  restore(round: Round): void {
    const current = new Set<number>();
    for (const session of round.sessions.values()) {
      const countdown = session.countdown;
      if (!countdown) continue;
      current.add(countdown.seq);
      const endsAt = this.ends.get(countdown.seq);
      if (endsAt !== undefined) countdown.endsAt = endsAt;
    }
    for (const seq of this.ends.keys()) if (!current.has(seq)) this.ends.delete(seq);
  }

  /** The countdowns this node times that have not ended yet, to share with a node that lacks them. */
  running(round: Round): CountdownEnd[] {
    const now = this.now();
    return [...this.ends].filter(([seq, endsAt]) => endsAt > now && [...round.sessions.values()].some((s) => s.countdown?.seq === seq));
  }

  /** Countdowns the round shows that this node never saw start: it may ask other nodes for them. */
  unknown(round: Round): boolean {
    return [...round.sessions.values()].some((s) => s.countdown !== null && s.countdown.endsAt === null);
  }
}
