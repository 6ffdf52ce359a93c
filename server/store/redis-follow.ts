/**
 * Tails the streams of every round this node follows, in one loop on one dedicated connection
 * (XREAD BLOCK blocks the connection it runs on). A round followed while the loop is blocked joins
 * at once: the blocked read is interrupted with CLIENT UNBLOCK from the other connection, so that
 * waking the loop writes nothing to Redis (a wake-up entry would carry the time a round was opened).
 */
import type { Logger } from '../logger.js';
import { destroyQuietly, type RedisConnection } from './redis-connection.js';
import { entryId, seqOf, type RedisKeys } from './redis-keys.js';

/** An entry of a followed stream, with its event still as JSON: the receiver parses only what it lacks. */
export interface StreamEntry {
  seq: number;
  json: string;
}

interface Followed {
  roundId: string;
  lastId: string;
  onEntries: (entries: StreamEntry[]) => void;
}

const BLOCK_MS = 5000;
const READ_COUNT = 500;
const RETRY_MS = 200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class StreamFollower {
  private readonly followed = new Map<string, Followed>();
  private running = true;
  private readonly loop: Promise<void>;
  private wakeUp: (() => void) | null = null;
  /** Reads started so far: a read that started after a round was followed includes it. */
  private reads = 0;
  /** The reader's connection id during the current read, once known. */
  private blocked: { read: number; clientId: number } | null = null;

  constructor(
    private readonly reader: RedisConnection,
    private readonly writer: RedisConnection,
    private readonly keys: RedisKeys,
    private readonly logger: Logger,
  ) {
    this.loop = this.run();
  }

  follow(roundId: string, afterSeq: number, onEntries: (entries: StreamEntry[]) => void): void {
    const key = this.keys.round(roundId);
    if (this.followed.has(key)) return;
    this.followed.set(key, { roundId, lastId: afterSeq > 0 ? entryId(afterSeq) : '0-0', onEntries });
    this.wake();
  }

  /** Stops tailing the round's stream; the read in progress, if any, is left to end by itself. */
  unfollow(roundId: string): void {
    this.followed.delete(this.keys.round(roundId));
  }

  async close(): Promise<void> {
    this.running = false;
    this.wake();
    destroyQuietly(this.reader);
    await this.loop;
  }

  private wake(): void {
    if (this.wakeUp) {
      this.wakeUp();
      return;
    }
    void this.interrupt(this.reads);
  }

  /** Ends the read in progress early; until it blocks (or if Redis is away), tries again a little later. */
  private async interrupt(read: number): Promise<void> {
    for (let attempt = 0, waited = 0; this.running && this.reads === read && waited < BLOCK_MS; attempt++) {
      const blocked = this.blocked;
      if (blocked?.read === read && (await this.writer.clientUnblock(blocked.clientId).catch(() => 0)) === 1) return;
      const pause = Math.min(2 ** attempt, 100);
      await sleep(pause);
      waited += pause;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (this.followed.size === 0) {
        await new Promise<void>((resolve) => (this.wakeUp = resolve));
        this.wakeUp = null;
        continue;
      }
      try {
        await this.readOnce();
      } catch (error) {
        if (!this.running) return;
        this.logger.debug({ err: (error as Error).message }, 'stream follower waiting for redis');
        await sleep(RETRY_MS);
      }
    }
  }

  private async readOnce(): Promise<void> {
    const read = ++this.reads;
    const streams = [...this.followed].map(([key, f]) => ({ key, id: f.lastId }));
    // Sent ahead of the read on the same connection, so it names the connection the read blocks.
    this.reader.clientId().then(
      (clientId) => {
        if (this.reads === read) this.blocked = { read, clientId };
      },
      () => undefined,
    );
    const reply = (await this.reader.xRead(streams, { BLOCK: BLOCK_MS, COUNT: READ_COUNT })) as
      | { name: string; messages: { id: string; message: Record<string, string> }[] }[]
      | null;
    if (!reply) return;
    for (const { name, messages } of reply) {
      const followed = this.followed.get(name);
      if (!followed || messages.length === 0) continue;
      followed.lastId = messages.at(-1)!.id;
      followed.onEntries(messages.map((m) => ({ seq: seqOf(m.id), json: m.message.e })));
    }
  }
}
