/**
 * The facilitator's live synthesis: a full recompute of the round, at most one per round per
 * interval, only for rounds a facilitator of this node watches and only after an event the
 * synthesis reads. Computed on the node's synthesis thread, which keeps its own copy of the round
 * (brought up to date by the committed events) and a large round's opinion groups between
 * recomputes while few votes change.
 */
import type { Synthesis } from '../../shared/synthesis.js';
import type { StoredEvent } from '../domain/events.js';
import type { Round } from '../domain/state.js';
import type { TypedServer } from '../socket/types.js';
import { Coalescer } from './coalescer.js';
import { rooms } from './rooms.js';
import type { SynthesisThread } from './synthesis-thread.js';

export const SYNTHESIS_INTERVAL_MS = 150;
/**
 * The live synthesis takes at most a tenth of the synthesis thread's time (a slower recompute comes
 * less often), but waits no more than this pause after the last one, so the facilitator's view
 * stays within half a second of the room.
 */
export const SYNTHESIS_MAX_BUSY_SHARE = 0.1;
export const SYNTHESIS_MAX_PAUSE_MS = 200;

export class LiveSynthesis {
  private readonly recomputes: Coalescer<string>;

  constructor(
    private readonly io: TypedServer,
    /** The latest state of a round this node follows. */
    private readonly roundOf: (roundId: string) => Round | undefined,
    private readonly thread: SynthesisThread,
  ) {
    this.recomputes = new Coalescer(SYNTHESIS_INTERVAL_MS, (roundIds) => this.flush(roundIds), {
      maxBusyShare: SYNTHESIS_MAX_BUSY_SHARE,
      maxPauseMs: SYNTHESIS_MAX_PAUSE_MS,
    });
  }

  stop(): void {
    this.recomputes.stop();
  }

  /** Something the synthesis reads changed in the round: recompute it if a facilitator here watches. */
  changed(roundId: string): void {
    if (this.io.of('/').adapter.rooms.get(rooms.roundFacilitators(roundId))?.size) this.recomputes.mark(roundId);
  }

  /** Events committed to a round: the synthesis thread's copy of it, if it holds one, follows them. */
  committed(round: Round, events: readonly StoredEvent[]): void {
    this.thread.committed(round, events);
  }

  /** The round was let go of: the thread's copy of it and its kept opinion groups go with it. */
  forget(roundId: string): void {
    this.thread.forget(roundId);
  }

  /** The synthesis as it stands, for a facilitator who just opened the console; null once the node stops. */
  async current(round: Round): Promise<Synthesis | null> {
    return (await this.compute(round))?.value ?? null;
  }

  /** The rounds' syntheses, one after another, to this node's facilitators of each; resolves to the time spent computing. */
  private async flush(roundIds: Set<string>): Promise<number> {
    let busyMs = 0;
    for (const roundId of roundIds) {
      const round = this.roundOf(roundId);
      const done = round && (await this.compute(round));
      if (!done) continue;
      busyMs += done.busyMs;
      this.io.local.to(rooms.roundFacilitators(roundId)).emit('synthesis:updated', { synthesis: done.value });
    }
    return busyMs;
  }

  private compute(round: Round) {
    return this.thread.computeRound(round);
  }
}
