/**
 * The embedded store's join codes, kept in DATA_DIR/round-index.json so that a start reads no round
 * file: per round, its sessions' join codes and the stamp (size, modification time) its file had when
 * they were recorded. A round whose file does not match its stamp (new, appended to by a node that
 * stopped without recording it, changed by hand) is scanned for its codes, without folding it; so is
 * every round when the index is missing or unreadable. A scan that finds a round damaged sets it aside,
 * its codes unknown, as opening it would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { replaceFile } from './atomic-file.js';
import { CoalescedWrite } from './coalesced-write.js';
import type { FileEventLog, FileStamp } from './file-log.js';
import type { StoredEvent } from '../domain/events.js';
import type { JoinCodeIndex, SessionRef } from './types.js';

const FILE_NAME = 'round-index.json';

const indexSchema = z.object({
  format: z.literal(1),
  rounds: z.record(
    z.string(),
    z.object({
      stamp: z.object({ size: z.number(), mtimeNs: z.string() }).nullable(),
      /** Join code → session id. */
      codes: z.record(z.string(), z.string()),
    }),
  ),
});

type IndexFile = z.infer<typeof indexSchema>;
type Entry = IndexFile['rounds'][string];

const sameStamp = (a: FileStamp | null, b: FileStamp | null) => !!a && !!b && a.size === b.size && a.mtimeNs === b.mtimeNs;

export class RoundIndex implements JoinCodeIndex {
  private readonly codes = new Map<string, SessionRef>();
  private readonly rounds = new Map<string, Entry>();
  private readonly writer: CoalescedWrite;
  /** Round files read at start because the index did not vouch for them. */
  scanned = 0;

  private constructor(
    private readonly path: string,
    private readonly log: FileEventLog,
  ) {
    this.writer = new CoalescedWrite(() => replaceFile(this.path, JSON.stringify(this.toFile())));
  }

  static async open(dataDir: string, log: FileEventLog): Promise<RoundIndex> {
    const index = new RoundIndex(join(dataDir, FILE_NAME), log);
    const saved = readIndex(index.path);
    for (const roundId of await log.roundIds()) {
      const stamp = await log.stamp(roundId);
      const entry = saved && Object.hasOwn(saved.rounds, roundId) ? saved.rounds[roundId] : undefined;
      if (entry && sameStamp(entry.stamp, stamp)) index.adopt(roundId, entry);
      else await index.scan(roundId, stamp);
    }
    // The index only saves reading rounds: a start on a full or read-only disk goes on without writing it.
    if (index.scanned > 0 || !saved || Object.keys(saved.rounds).length !== index.rounds.size) await index.save().catch(() => undefined);
    return index;
  }

  async claim(code: string, ref: SessionRef): Promise<boolean> {
    if (this.codes.has(code)) return false;
    this.codes.set(code, ref);
    this.entryOf(ref.roundId).codes[code] = ref.sessionId;
    return true;
  }

  async resolve(code: string): Promise<SessionRef | null> {
    return this.codes.get(code) ?? null;
  }

  /** Takes in the join codes the round's events hold (a scan's, or an open round's before it is closed). */
  learn(roundId: string, events: readonly StoredEvent[]): void {
    const entry = this.entryOf(roundId);
    for (const { event } of events) {
      if (event.type !== 'session.created') continue;
      entry.codes[event.joinCode] = event.sessionId;
      this.codes.set(event.joinCode, { roundId, sessionId: event.sessionId });
    }
  }

  /** The round's file is closed and its codes are all known: record its stamp, so the next start need not read it. */
  settle(roundId: string, stamp: FileStamp | null): Promise<void> {
    this.entryOf(roundId).stamp = stamp;
    return this.save();
  }

  /** Once every round file is closed: records all their stamps (none of a damaged round, read again at the next start). */
  async settleAll(): Promise<void> {
    for (const roundId of await this.log.roundIds()) {
      if (this.log.damaged.has(roundId)) this.rounds.delete(roundId);
      else this.entryOf(roundId).stamp = await this.log.stamp(roundId);
    }
    await this.save();
  }

  save(): Promise<void> {
    return this.writer.request();
  }

  private adopt(roundId: string, entry: Entry): void {
    this.rounds.set(roundId, entry);
    for (const [code, sessionId] of Object.entries(entry.codes)) this.codes.set(code, { roundId, sessionId });
  }

  private async scan(roundId: string, stamp: FileStamp | null): Promise<void> {
    this.scanned++;
    const events = await this.log.scan(roundId);
    if (!events) return;
    this.rounds.set(roundId, { stamp, codes: {} });
    this.learn(roundId, events);
  }

  private entryOf(roundId: string): Entry {
    let entry = this.rounds.get(roundId);
    if (!entry) this.rounds.set(roundId, (entry = { stamp: null, codes: {} }));
    return entry;
  }

  private toFile(): IndexFile {
    return { format: 1, rounds: Object.fromEntries(this.rounds) };
  }
}

function readIndex(path: string): IndexFile | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = indexSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
