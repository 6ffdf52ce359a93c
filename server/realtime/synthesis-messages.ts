/** What the node and its synthesis thread say to each other, and the thread's priority. */
import type { Synthesis } from '../../shared/synthesis.js';
import type { FatalDescription } from '../fatal.js';
import type { SynthesisInput } from '../synthesis/input.js';

export type ToSynthesisThread =
  /**
   * `keepGroupsOf`: the round whose opinion groups may be kept between recomputes, or null to place
   * them afresh. `opaque`: participant ids replaced by opaque ones, as for anything sent live.
   */
  | { type: 'compute'; id: number; input: SynthesisInput; keepGroupsOf: string | null; opaque: boolean }
  | { type: 'forget'; roundId: string };

export type FromSynthesisThread =
  | { type: 'done'; id: number; synthesis: Synthesis; busyMs: number }
  /** The error's name and stack frames only: its message may quote a contribution. */
  | { type: 'failed'; id: number; error: FatalDescription };

/** The thread's scheduling niceness, below the event loop's (0): a synthesis can wait, a message should not. */
export const SYNTHESIS_THREAD_NICENESS = 10;
