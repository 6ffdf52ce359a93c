/**
 * What an export is made from: the engine's output, the input it ran on (sessions with their
 * format, the questions put, and the votes the Pol.is set needs), and the roster's counts.
 *
 * `synthesis` is the engine's raw output: its opinion groups name the same participant ids as
 * `input.votes`. Those ids never leave the server; the Pol.is export renames them at random.
 */
import type { Language } from '../../shared/languages.js';
import type { Synthesis } from '../../shared/synthesis.js';
import type { SynthesisInput } from '../synthesis/input.js';

/** People who took part, as published (server/views/categories.ts), added up over the sessions covered. */
export interface Participation {
  participants: number;
  /** Category id -> people, only where at least three in a session shared it. */
  categories: Record<string, number>;
  /** Everyone else: fewer than three in a category, or no category stated. */
  remainder: number;
}

export interface DocumentSource {
  synthesis: Synthesis;
  input: SynthesisInput;
  participation: Participation | null;
  /** A whole round, or one session of it. */
  scope: 'round' | 'session';
  /**
   * The JSON export's opinion groups list opaque ids ("A1", "A2"…), fresh for each export, except
   * offline, where the ids came from the user's own file and are kept ("input"), so groups can be
   * checked against another tool's.
   */
  participantIds?: 'opaque' | 'input';
  /** The language the document is written in; English where not given. */
  language?: Language;
}
