/**
 * The embedded event log: one append-only file per round under DATA_DIR/rounds.
 * Each record is one line, `<crc32> <json>`, on the disk before append resolves: the file is opened
 * with O_DSYNC, so each write returns once its data is stored, as a write then an fdatasync would,
 * in one call instead of two (an append waits for one turn of the event loop, not two).
 * A torn last record (a crash mid-write) is cut off on open. A failed append (a full disk) is cut
 * off at once, so the file is as it was before. Damage before the tail sets that round aside:
 * it is refused with RoundDamaged while every other round serves.
 */
import { constants, mkdirSync, openSync, closeSync, fsyncSync, readdirSync, existsSync, readFileSync, ftruncateSync } from 'node:fs';
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { RoundEvent, StoredEvent } from '../domain/events.js';
import { RoundDamaged, VersionConflict, type EventLog } from './types.js';

/** Appending with synchronized data writes, where the platform has them; elsewhere each append is followed by an fdatasync. */
const DURABLE_APPEND = constants.O_DSYNC === undefined ? null : constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC;

interface OpenRound {
  handle: FileHandle;
  version: number;
  events: StoredEvent[];
  /** The file's length up to the last stored record. */
  bytes: number;
}

export interface LogRecovery {
  roundId: string;
  truncatedBytes: number;
}

/** A round file's size and modification time: when both are as recorded, the file is as it was then. */
export interface FileStamp {
  size: number;
  mtimeNs: string;
}

export interface DamagedRound {
  roundId: string;
  /** The first record that is damaged (counting from 1). */
  record: number;
}

/** A record before the last one does not read back as written: nothing after it can be trusted. */
export class DamagedRecord extends Error {
  constructor(
    file: string,
    readonly record: number,
  ) {
    super(`${file}: record ${record} is damaged and is not the last one; refusing to guess`);
  }
}

export function encodeRecord(stored: StoredEvent): string {
  const json = JSON.stringify(stored);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/** Parses a round file; returns the good records and the byte length they occupy. */
export function decodeRecords(buffer: Buffer, file: string): { events: StoredEvent[]; goodBytes: number } {
  const events: StoredEvent[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    const end = buffer.indexOf(0x0a, offset);
    const record = parseRecord(buffer.subarray(offset, end === -1 ? buffer.length : end), events.length + 1);
    if (!record || end === -1) {
      const rest = buffer.subarray(end === -1 ? buffer.length : end + 1);
      if (rest.includes(0x0a)) {
        throw new DamagedRecord(file, events.length + 1);
      }
      break;
    }
    events.push(record);
    offset = end + 1;
  }
  return { events, goodBytes: offset };
}

function parseRecord(line: Buffer, expectedSeq: number): StoredEvent | null {
  const text = line.toString('utf8');
  const space = text.indexOf(' ');
  if (space !== 8) return null;
  const json = text.slice(9);
  if (crc32(json).toString(16).padStart(8, '0') !== text.slice(0, 8)) return null;
  try {
    const stored = JSON.parse(json) as StoredEvent;
    return stored.seq === expectedSeq ? stored : null;
  } catch {
    return null;
  }
}

export class FileEventLog implements EventLog {
  private readonly dir: string;
  private readonly rounds = new Map<string, OpenRound>();
  private readonly opening = new Map<string, Promise<OpenRound>>();
  /** Rounds whose failed append could not be cut off: the length to cut back to when they are opened again. */
  private readonly unfinished = new Map<string, number>();
  readonly recoveries: LogRecovery[] = [];
  /** Rounds set aside because their file is damaged, until the node restarts. */
  readonly damaged = new Map<string, DamagedRound>();
  private readonly damageListeners: ((damaged: DamagedRound) => void)[] = [];
  private readonly repairListeners: ((repaired: LogRecovery) => void)[] = [];

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'rounds');
    mkdirSync(this.dir, { recursive: true });
  }

  async append(roundId: string, events: RoundEvent[], expectedVersion: number): Promise<StoredEvent[]> {
    const round = await this.openRound(roundId);
    if (round.version !== expectedVersion) throw new VersionConflict(roundId);
    const stored = events.map((event, i) => ({ seq: expectedVersion + i + 1, event }));
    const records = Buffer.from(stored.map(encodeRecord).join(''), 'utf8');
    round.version += stored.length;
    try {
      await round.handle.appendFile(records);
      if (DURABLE_APPEND === null) await round.handle.datasync();
    } catch (error) {
      round.version = expectedVersion;
      await this.cutBack(roundId, round);
      throw error;
    }
    round.bytes += records.length;
    round.events.push(...stored);
    return stored;
  }

  /** Calls the listener for every round set aside so far, and for each one set aside later. */
  onDamaged(listener: (damaged: DamagedRound) => void): void {
    this.damageListeners.push(listener);
    for (const damaged of this.damaged.values()) listener(damaged);
  }

  /** Calls the listener for every torn tail cut off so far, and for each one cut off later (rounds open on first use). */
  onRepaired(listener: (repaired: LogRecovery) => void): void {
    this.repairListeners.push(listener);
    for (const repaired of this.recoveries) listener(repaired);
  }

  /** The rounds held in memory with their files open. */
  openRoundIds(): string[] {
    return [...this.rounds.keys()];
  }

  /** Whether the round is held in memory with its file open. */
  isOpen(roundId: string): boolean {
    return this.rounds.has(roundId);
  }

  /**
   * The round's stored events read straight from its file, kept nowhere (a torn tail is left for
   * opening to cut off); null when the round is damaged, which sets it aside as opening would.
   */
  async scan(roundId: string): Promise<StoredEvent[] | null> {
    const file = this.path(roundId);
    try {
      return this.decode(roundId, await readFile(file), file).events;
    } catch (error) {
      if (error instanceof RoundDamaged) return null;
      throw error;
    }
  }

  /**
   * Lets go of a round: its events and its file handle; opening it again reads the file. Resolves to
   * true once an open round is closed with its file whole, false if it was not open or still has to
   * cut back a failed append.
   */
  async release(roundId: string): Promise<boolean> {
    await this.opening.get(roundId)?.catch(() => undefined);
    const round = this.rounds.get(roundId);
    if (!round) return false;
    this.rounds.delete(roundId);
    await round.handle.close();
    return !this.unfinished.has(roundId);
  }

  /** The round file's stamp, or null when there is no such file. */
  async stamp(roundId: string): Promise<FileStamp | null> {
    try {
      const stats = await stat(this.path(roundId), { bigint: true });
      return { size: Number(stats.size), mtimeNs: String(stats.mtimeNs) };
    } catch {
      return null;
    }
  }

  async read(roundId: string, afterSeq = 0): Promise<StoredEvent[]> {
    if (!this.rounds.has(roundId) && !existsSync(this.path(roundId))) return [];
    const round = await this.openRound(roundId);
    return round.events.slice(afterSeq);
  }

  async roundIds(): Promise<string[]> {
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.log'))
      .map((name) => name.slice(0, -4))
      .sort();
  }

  follow(): void {
    // One process owns the files: there are no foreign appends to follow.
  }

  async close(): Promise<void> {
    await Promise.all([...this.rounds.values()].map((r) => r.handle.close()));
    this.rounds.clear();
  }

  /**
   * Leaves the file as it was before a failed append: a partial record must not stay in front of the
   * next one. If even that fails, the round takes no more appends here: it is closed, and opening it
   * again (its next read or append) cuts the file back first, or fails until it can.
   */
  private async cutBack(roundId: string, round: OpenRound): Promise<void> {
    try {
      await round.handle.truncate(round.bytes);
      await round.handle.sync();
    } catch {
      this.unfinished.set(roundId, round.bytes);
      if (this.rounds.get(roundId) === round) this.rounds.delete(roundId);
      await round.handle.close().catch(() => undefined);
    }
  }

  private path(roundId: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(roundId)) throw new Error('invalid round id');
    return join(this.dir, `${roundId}.log`);
  }

  private openRound(roundId: string): Promise<OpenRound> {
    const ready = this.rounds.get(roundId);
    if (ready) return Promise.resolve(ready);
    if (this.damaged.has(roundId)) return Promise.reject(new RoundDamaged(roundId));
    let pending = this.opening.get(roundId);
    if (!pending) {
      pending = this.load(roundId).finally(() => this.opening.delete(roundId));
      this.opening.set(roundId, pending);
    }
    return pending;
  }

  private async load(roundId: string): Promise<OpenRound> {
    const file = this.path(roundId);
    const isNew = !existsSync(file);
    let events: StoredEvent[] = [];
    let bytes = 0;
    if (!isNew) {
      const unfinished = this.unfinished.get(roundId);
      if (unfinished !== undefined) {
        truncateFile(file, unfinished);
        this.unfinished.delete(roundId);
      }
      const buffer = readFileSync(file);
      const decoded = this.decode(roundId, buffer, file);
      events = decoded.events;
      bytes = decoded.goodBytes;
      if (decoded.goodBytes < buffer.length) {
        truncateFile(file, decoded.goodBytes);
        const repaired = { roundId, truncatedBytes: buffer.length - decoded.goodBytes };
        this.recoveries.push(repaired);
        for (const listener of this.repairListeners) listener(repaired);
      }
    }
    const handle = await open(file, DURABLE_APPEND ?? 'a');
    if (isNew) syncDirectory(this.dir);
    const round = { handle, version: events.length, events, bytes };
    this.rounds.set(roundId, round);
    return round;
  }

  private decode(roundId: string, buffer: Buffer, file: string): ReturnType<typeof decodeRecords> {
    try {
      return decodeRecords(buffer, file);
    } catch (error) {
      if (!(error instanceof DamagedRecord)) throw error;
      const damaged = { roundId, record: error.record };
      this.damaged.set(roundId, damaged);
      for (const listener of this.damageListeners) listener(damaged);
      throw new RoundDamaged(roundId, error.message);
    }
  }
}

function truncateFile(file: string, length: number): void {
  const fd = openSync(file, 'r+');
  try {
    ftruncateSync(fd, length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
