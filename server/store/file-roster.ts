/**
 * Embedded roster: per session, the set of roster keys (to count a phone once) and the counts per
 * category, kept apart. Keys are stored sorted, so the file holds no order of arrival. A join
 * resolves once the file holds it; a wave of arrivals at a plenary shares a few writes.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from './atomic-file.js';
import { CoalescedWrite } from './coalesced-write.js';
import type { Roster, RosterCounts } from './types.js';

interface RosterFile {
  keys: string[];
  categories: Record<string, number>;
}

export class FileRoster implements Roster {
  private readonly dir: string;
  private readonly cache = new Map<string, { keys: Set<string>; categories: Record<string, number> }>();
  private readonly writes = new Map<string, CoalescedWrite>();
  /** Files written so far, for the tests. */
  written = 0;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'rosters');
    mkdirSync(this.dir, { recursive: true });
  }

  async join(sessionId: string, rosterKey: string, category: string | null): Promise<void> {
    const roster = this.load(sessionId);
    // Already counted, but perhaps not yet on disk (a write in flight, or one that failed).
    if (roster.keys.has(rosterKey)) return this.writerOf(sessionId).settled();
    roster.keys.add(rosterKey);
    const bucket = category ?? 'undisclosed';
    roster.categories[bucket] = (roster.categories[bucket] ?? 0) + 1;
    await this.writerOf(sessionId).request();
  }

  private writerOf(sessionId: string): CoalescedWrite {
    let writer = this.writes.get(sessionId);
    if (!writer) this.writes.set(sessionId, (writer = new CoalescedWrite(() => this.write(sessionId))));
    return writer;
  }

  private async write(sessionId: string): Promise<void> {
    const roster = this.load(sessionId);
    const file: RosterFile = { keys: [...roster.keys].sort(), categories: sortKeys(roster.categories) };
    this.written++;
    await replaceFile(this.path(sessionId), JSON.stringify(file));
  }

  /** Lets go of the sessions' rosters held in memory (all stored); read again from their files when next used. */
  release(sessionIds: Iterable<string>): void {
    for (const sessionId of sessionIds) {
      if (this.writes.get(sessionId)?.idle === false) continue;
      this.cache.delete(sessionId);
      this.writes.delete(sessionId);
    }
  }

  async counts(sessionId: string): Promise<RosterCounts> {
    const roster = this.load(sessionId);
    return { participants: roster.keys.size, categories: { ...roster.categories } };
  }

  private load(sessionId: string) {
    let roster = this.cache.get(sessionId);
    if (!roster) {
      const path = this.path(sessionId);
      const file: RosterFile = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { keys: [], categories: {} };
      roster = { keys: new Set(file.keys), categories: file.categories };
      this.cache.set(sessionId, roster);
    }
    return roster;
  }

  private path(sessionId: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(sessionId)) throw new Error('invalid session id');
    return join(this.dir, `${sessionId}.json`);
  }
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
