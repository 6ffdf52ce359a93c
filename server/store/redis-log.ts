/**
 * The event log on Redis Streams, one stream per round. Entry `<seq>-1` holds the event at
 * position seq, and a Lua script appends a whole batch only if the stream is still at the version
 * the writer decided on: another node's append in between makes it fail as a VersionConflict.
 * Entries do not name the node that wrote them (with few phones per node that would group a phone's
 * actions): a node recognises its own appends because it already knows them, by position.
 */
import type { RoundEvent, StoredEvent } from '../domain/events.js';
import type { RedisConnection } from './redis-connection.js';
import type { StreamFollower } from './redis-follow.js';
import { seqOf, type RedisKeys } from './redis-keys.js';
import { VersionConflict, type EventLog } from './types.js';

const PAGE = 1000;

export class RedisEventLog implements EventLog {
  /** The events of each round read so far. A stream never changes what it holds, so they stay valid. */
  private readonly known = new Map<string, StoredEvent[]>();

  constructor(
    private readonly client: RedisConnection,
    private readonly follower: StreamFollower,
    private readonly keys: RedisKeys,
  ) {}

  async append(roundId: string, events: RoundEvent[], expectedVersion: number): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    const args = [String(expectedVersion), roundId, ...events.map((e) => JSON.stringify(e))];
    const version = await this.client.appendEvents([this.keys.round(roundId), this.keys.rounds], args);
    if (version === -1) throw new VersionConflict(roundId);
    const stored = events.map((event, i) => ({ seq: expectedVersion + i + 1, event }));
    this.remember(roundId, stored);
    return stored;
  }

  /**
   * Fetches only what is newer than the events already known, then answers from memory. What it fetched
   * is kept only once all of it arrived: the follower skips known events, trusting that whoever read them folded them.
   */
  async read(roundId: string, afterSeq = 0): Promise<StoredEvent[]> {
    const key = this.keys.round(roundId);
    const fetched: StoredEvent[] = [];
    let from = (this.known.get(roundId)?.length ?? 0) + 1;
    for (;;) {
      const page = (await this.client.xRange(key, `${from}-0`, '+', { COUNT: PAGE })) ?? [];
      for (const { id, message } of page) fetched.push({ seq: seqOf(id), event: JSON.parse(String(message.e)) as RoundEvent });
      if (page.length < PAGE) break;
      from = fetched.at(-1)!.seq + 1;
    }
    this.remember(roundId, fetched);
    return (this.known.get(roundId) ?? []).slice(afterSeq);
  }

  async roundIds(): Promise<string[]> {
    return (await this.client.sMembers(this.keys.rounds)).sort();
  }

  follow(roundId: string, onForeign: (events: StoredEvent[]) => void, afterSeq = 0): void {
    this.follower.follow(roundId, afterSeq, (entries) => {
      // This node's own appends, and what a batch about to be decided already fetched (see RoundService), are known: no need to parse them twice.
      const known = this.known.get(roundId)?.length ?? 0;
      const events = entries.filter((e) => e.seq > known).map(({ seq, json }) => ({ seq, event: JSON.parse(json) as RoundEvent }));
      if (events.length === 0) return;
      this.remember(roundId, events);
      onForeign(events);
    });
  }

  /** Forgets the round's events and stops following its stream; reading it again fetches it. */
  release(roundId: string): void {
    this.follower.unfollow(roundId);
    this.known.delete(roundId);
  }

  async close(): Promise<void> {
    await this.follower.close();
  }

  /** Keeps events that extend what is known without a gap; anything else is fetched again when read. */
  private remember(roundId: string, events: StoredEvent[]): void {
    let list = this.known.get(roundId);
    if (!list) this.known.set(roundId, (list = []));
    for (const e of events) if (e.seq === list.length + 1) list.push(e);
  }
}
