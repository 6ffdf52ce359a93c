/** What the node and its synthesis thread say to each other, and the thread's priority. */
import type { Synthesis } from '../../shared/synthesis.js';
import type { StoredEvent } from '../domain/events.js';
import type { Round } from '../domain/state.js';
import type { FatalDescription } from '../fatal.js';
import type { SynthesisInput } from '../synthesis/input.js';

export type ToSynthesisThread =
  /** A synthesis of the input, its groups placed afresh. `opaque`: participant ids replaced by opaque ones, as for anything sent live. */
  | { type: 'compute'; id: number; input: SynthesisInput; opaque: boolean }
  /** A round the thread keeps its own copy of, brought up to date by the events committed after it. */
  | { type: 'hold'; round: Round }
  | { type: 'events'; roundId: string; events: readonly StoredEvent[] }
  /** The held round's live synthesis, its opinion groups kept between recomputes; `version`: the state it must be computed from. */
  | { type: 'compute-held'; id: number; roundId: string; version: number }
  /** The round was let go of: its copy and its kept opinion groups go. */
  | { type: 'forget'; roundId: string };

export type FromSynthesisThread =
  | { type: 'done'; id: number; synthesis: Synthesis; busyMs: number }
  /** The error's name and stack frames only: its message may quote a contribution. */
  | { type: 'failed'; id: number; error: FatalDescription }
  /** The thread's copy of the round is not at the version asked for (or is gone): it must be sent again. */
  | { type: 'stale'; id: number };

/** The thread's scheduling niceness, below the event loop's (0): a synthesis can wait, a message should not. */
export const SYNTHESIS_THREAD_NICENESS = 10;
