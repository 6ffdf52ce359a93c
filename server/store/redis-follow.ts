/**
 * Tails the streams of every round this node follows, in one loop on one dedicated connection
 * (XREAD BLOCK blocks the connection it runs on). A round followed while the loop is blocked joins
 * at once: the node writes to its own wake stream, which the blocked XREAD also watches.
 */
import type { Logger } from '../logger.js';
import { destroyQuietly, type RedisConnection } from './redis-connection.js';
import { entryId, seqOf, type RedisKeys } from './redis-keys.js';

/** An entry another node wrote, with its event still as JSON: the receiver parses only what it lacks. */
export interface ForeignEntry {
  seq: number;
  json: string;
}

interface Followed {
  roundId: string;
  lastId: string;
  onForeign: (entries: ForeignEntry[]) => void;
}

const BLOCK_MS = 5000;
const READ_COUNT = 500;
const RETRY_MS = 200;

export class StreamFollower {
  private readonly followed = new Map<string, Followed>();
  private lastWakeId = '0-0';
  private running = true;
  private readonly loop: Promise<void>;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly reader: RedisConnection,
    private readonly writer: RedisConnection,
    private readonly keys: RedisKeys,
    private readonly nodeId: string,
    private readonly logger: Logger,
  ) {
    this.loop = this.run();
  }

  follow(roundId: string, afterSeq: number, onForeign: (entries: ForeignEntry[]) => void): void {
    const key = this.keys.round(roundId);
    if (this.followed.has(key)) return;
    this.followed.set(key, { roundId, lastId: afterSeq > 0 ? entryId(afterSeq) : '0-0', onForeign });
    this.wake();
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
    const key = this.keys.wake(this.nodeId);
    // The wake stream belongs to this node alone and expires when the node is gone.
    this.writer
      .multi()
      .xAdd(key, '*', { w: '1' }, { TRIM: { strategy: 'MAXLEN', threshold: 1 } })
      .pExpire(key, 60_000)
      .exec()
      .catch(() => undefined);
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
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
  }

  private async readOnce(): Promise<void> {
    const wakeKey = this.keys.wake(this.nodeId);
    const streams = [...this.followed].map(([key, f]) => ({ key, id: f.lastId }));
    streams.push({ key: wakeKey, id: this.lastWakeId });
    const reply = (await this.reader.xRead(streams, { BLOCK: BLOCK_MS, COUNT: READ_COUNT })) as
      | { name: string; messages: { id: string; message: Record<string, string> }[] }[]
      | null;
    if (!reply) return;
    for (const { name, messages } of reply) {
      if (name === wakeKey) {
        this.lastWakeId = messages.at(-1)?.id ?? this.lastWakeId;
        continue;
      }
      const followed = this.followed.get(name);
      if (!followed || messages.length === 0) continue;
      followed.lastId = messages.at(-1)!.id;
      const foreign = messages.filter((m) => m.message.n !== this.nodeId).map((m) => ({ seq: seqOf(m.id), json: m.message.e }));
      if (foreign.length > 0) followed.onForeign(foreign);
    }
  }
}
