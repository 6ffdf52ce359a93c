/**
 * The roster in Redis: phones in a sorted set with equal scores, category counts in a hash with every
 * category in a fixed order (see JOIN_ROSTER). Joins are written in batches, every few seconds at a
 * fixed phase: Redis's append-only file records every write in order, and a write per join would
 * place each join, and its category, between the round's events. Counts include the joins still
 * waiting, so nobody sees them late; a join lost with its node before a batch went out is counted
 * again when the phone joins anew (it does after every reconnect).
 */
import categories from '../../shared/data/participant-categories.json' with { type: 'json' };
import type { RedisConnection } from './redis-connection.js';
import type { RedisKeys } from './redis-keys.js';
import type { Roster, RosterCounts } from './types.js';

export const ROSTER_BATCH_MS = 10_000;

/** Every bucket a phone can be counted in, in the one order the counts hash holds them. */
const CATEGORY_FIELDS = [...categories.map((c) => c.id), 'undisclosed'];

export class RedisRoster implements Roster {
  /** Per session: roster key → category, of joins not yet written. */
  private pending = new Map<string, Map<string, string>>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: RedisConnection,
    private readonly keys: RedisKeys,
    batchMs = ROSTER_BATCH_MS,
  ) {
    this.timer = setInterval(() => void this.flush(), batchMs);
    this.timer.unref();
  }

  async join(sessionId: string, rosterKey: string, category: string | null): Promise<void> {
    const bucket = category ?? 'undisclosed';
    if (!CATEGORY_FIELDS.includes(bucket)) throw new Error('unknown participant category');
    let waiting = this.pending.get(sessionId);
    if (!waiting) this.pending.set(sessionId, (waiting = new Map()));
    if (!waiting.has(rosterKey)) waiting.set(rosterKey, bucket);
  }

  async counts(sessionId: string): Promise<RosterCounts> {
    const waiting = [...(this.pending.get(sessionId) ?? new Map<string, string>())];
    // A session nobody joined since the sorted set came in still has its phones in the older set.
    const [phones, legacyPhones, stored, scores, legacyMembers] = await Promise.all([
      this.client.zCard(this.keys.rosterPhones(sessionId)),
      this.client.sCard(this.keys.legacyRosterKeys(sessionId)),
      this.client.hGetAll(this.keys.rosterCategories(sessionId)),
      waiting.length > 0 ? this.client.zmScore(this.keys.rosterPhones(sessionId), waiting.map(([key]) => key)) : Promise.resolve([]),
      waiting.length > 0 ? this.client.smIsMember(this.keys.legacyRosterKeys(sessionId), waiting.map(([key]) => key)) : Promise.resolve([]),
    ]);
    const counts = new Map(Object.entries(stored).map(([k, v]) => [k, Number(v)]));
    let participants = phones + legacyPhones;
    waiting.forEach(([, bucket], i) => {
      if (scores[i] !== null || legacyMembers[i]) return;
      participants += 1;
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    });
    return { participants, categories: Object.fromEntries([...counts].filter(([, n]) => n > 0)) };
  }

  /** Writes the joins waiting; those Redis refuses wait for the next batch. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeBatch());
    return this.flushing;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async writeBatch(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    for (const [sessionId, phones] of batch) {
      const pairs = [...phones].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flat();
      const keys = [this.keys.rosterPhones(sessionId), this.keys.rosterCategories(sessionId), this.keys.legacyRosterKeys(sessionId)];
      try {
        await this.client.joinRoster(keys, [String(CATEGORY_FIELDS.length), ...CATEGORY_FIELDS, ...pairs]);
      } catch {
        let waiting = this.pending.get(sessionId);
        if (!waiting) this.pending.set(sessionId, (waiting = new Map()));
        for (const [key, bucket] of phones) if (!waiting.has(key)) waiting.set(key, bucket);
      }
    }
  }
}
