/**
 * Storage seams. The embedded implementation (files under DATA_DIR) and the Redis one
 * implement the same interfaces; nothing above them knows which is in use.
 */
import type { RoundEvent, StoredEvent } from '../domain/events.js';

export class VersionConflict extends Error {
  constructor(readonly roundId: string) {
    super(`round ${roundId} moved on while appending`);
  }
}

/** The round's stored log is damaged: the round is set aside, refused until the operator repairs it. */
export class RoundDamaged extends Error {
  constructor(
    readonly roundId: string,
    detail = 'its stored log is damaged',
  ) {
    super(`round ${roundId} is set aside: ${detail}`);
  }
}

export interface EventLog {
  /**
   * Appends after `expectedVersion` and resolves only once the events are durably stored.
   * Rejects with VersionConflict when another writer appended first.
   */
  append(roundId: string, events: RoundEvent[], expectedVersion: number): Promise<StoredEvent[]>;
  read(roundId: string, afterSeq?: number): Promise<StoredEvent[]>;
  roundIds(): Promise<string[]>;
  /**
   * Events appended to a round this node follows, after position `afterSeq` (what the caller has
   * already read). Events this node already knows (its own appends, mostly) are left out; one that
   * races its own append's reply may come through, and the caller's version already covers it.
   */
  follow(roundId: string, onForeign: (events: StoredEvent[]) => void, afterSeq?: number): void;
  close(): Promise<void>;
}

export interface SessionRef {
  roundId: string;
  sessionId: string;
}

export interface JoinCodeIndex {
  /** Reserves a code; false when it is taken. */
  claim(code: string, ref: SessionRef): Promise<boolean>;
  resolve(code: string): Promise<SessionRef | null>;
}

export interface RosterCounts {
  participants: number;
  categories: Record<string, number>;
}

/**
 * Who joined, as counts only. The roster key is a keyed hash used just to count a phone once;
 * it is unrelated to the keys that mark authorship or votes, and the store keeps no order of joins
 * (neither of the keys nor of the categories' first appearance).
 */
export interface Roster {
  join(sessionId: string, rosterKey: string, category: string | null): Promise<void>;
  counts(sessionId: string): Promise<RosterCounts>;
}

export interface Store {
  kind: 'embedded' | 'redis';
  log: EventLog;
  joinCodes: JoinCodeIndex;
  roster: Roster;
  /** The server-side secret of the keyed hashes. */
  secret: Buffer;
  /** How many rounds are set aside because their stored log is damaged (embedded store only). */
  damagedRounds?(): number;
  /** Lets go of what the store holds in memory for a round nobody uses (its sessions' rosters too); it is read again on next use. */
  release?(roundId: string, sessionIds: string[]): Promise<void>;
  close(): Promise<void>;
}
