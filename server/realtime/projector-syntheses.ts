/**
 * The synthesis a room's screen shows when the facilitator puts the draft findings or the opinion
 * map on it: the session's own (its contributions and the votes on them), as a session's export
 * is made. It is computed on the node's synthesis thread and kept, so the screen is built from the
 * last one at once; a newer one is computed when the round has moved on, at most every interval and
 * with a small share of the thread, and the screen is told when it is ready.
 */
import type { Synthesis } from '../../shared/synthesis.js';
import type { Round } from '../domain/state.js';
import { sessionSynthesisInput } from '../use-cases/synthesis-input.js';
import { Coalescer } from './coalescer.js';
import type { SynthesisThread } from './synthesis-thread.js';

export const PROJECTOR_SYNTHESIS_INTERVAL_MS = 1000;
const MAX_BUSY_SHARE = 0.05;
const MAX_PAUSE_MS = 3000;

interface Kept {
  roundId: string;
  /** The round's version the synthesis was computed from. */
  version: number;
  synthesis: Synthesis;
}

export class ProjectorSyntheses {
  private readonly kept = new Map<string, Kept>();
  private readonly rounds = new Map<string, Round>();
  private readonly pending: Coalescer<string>;

  /** `ready`: a session's newer synthesis is kept; its screens should be sent it. */
  constructor(
    private readonly thread: SynthesisThread,
    private readonly ready: (round: Round, sessionId: string) => void,
  ) {
    this.pending = new Coalescer(PROJECTOR_SYNTHESIS_INTERVAL_MS, (sessionIds) => this.compute(sessionIds), { maxBusyShare: MAX_BUSY_SHARE, maxPauseMs: MAX_PAUSE_MS });
  }

  /** The session's last synthesis (null before the first), a newer one scheduled if the round has moved on since. */
  latest(round: Round, sessionId: string): Synthesis | null {
    const kept = this.kept.get(sessionId);
    if (!kept || kept.version !== round.version) {
      this.rounds.set(sessionId, round);
      this.pending.mark(sessionId);
    }
    return kept?.synthesis ?? null;
  }

  /** The round was let go of: its sessions' kept syntheses go with it, and so do recomputes still waiting for it. */
  forget(roundId: string): void {
    for (const [sessionId, kept] of this.kept) if (kept.roundId === roundId) this.kept.delete(sessionId);
    for (const [sessionId, round] of this.rounds) if (round.id === roundId) this.rounds.delete(sessionId);
  }

  stop(): void {
    this.pending.stop();
  }

  private async compute(sessionIds: Set<string>): Promise<number> {
    let busyMs = 0;
    for (const sessionId of sessionIds) {
      const round = this.rounds.get(sessionId);
      this.rounds.delete(sessionId);
      if (!round?.sessions.has(sessionId)) continue;
      const version = round.version;
      const done = await this.thread.compute(sessionSynthesisInput(round, sessionId));
      if (!done) return busyMs;
      busyMs += done.busyMs;
      this.kept.set(sessionId, { roundId: round.id, version, synthesis: done.value });
      this.ready(round, sessionId);
    }
    return busyMs;
  }
}
