/**
 * Embedded roster: per session, the set of roster keys (to count a phone once) and the counts per
 * category, kept apart. Keys are stored sorted, so the file holds no order of arrival.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';
import type { Roster, RosterCounts } from './types.js';

interface RosterFile {
  keys: string[];
  categories: Record<string, number>;
}

export class FileRoster implements Roster {
  private readonly dir: string;
  private readonly cache = new Map<string, { keys: Set<string>; categories: Record<string, number> }>();

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'rosters');
    mkdirSync(this.dir, { recursive: true });
  }

  async join(sessionId: string, rosterKey: string, category: string | null): Promise<void> {
    const roster = this.load(sessionId);
    if (roster.keys.has(rosterKey)) return;
    roster.keys.add(rosterKey);
    const bucket = category ?? 'undisclosed';
    roster.categories[bucket] = (roster.categories[bucket] ?? 0) + 1;
    const file: RosterFile = { keys: [...roster.keys].sort(), categories: sortKeys(roster.categories) };
    writeFileAtomic(this.path(sessionId), JSON.stringify(file));
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
