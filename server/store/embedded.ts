/** The embedded store: files under DATA_DIR, no external service. */
import { mkdirSync } from 'node:fs';
import { foldRound } from '../domain/evolve.js';
import { FileEventLog } from './file-log.js';
import { FileRoster } from './file-roster.js';
import { loadFileSecret } from './secret.js';
import { RoundDamaged, type JoinCodeIndex, type SessionRef, type Store } from './types.js';

class MemoryJoinCodes implements JoinCodeIndex {
  private readonly codes = new Map<string, SessionRef>();

  async claim(code: string, ref: SessionRef): Promise<boolean> {
    if (this.codes.has(code)) return false;
    this.codes.set(code, ref);
    return true;
  }

  async resolve(code: string): Promise<SessionRef | null> {
    return this.codes.get(code) ?? null;
  }
}

export async function openEmbeddedStore(dataDir: string): Promise<Store & { log: FileEventLog }> {
  mkdirSync(dataDir, { recursive: true });
  const log = new FileEventLog(dataDir);
  const joinCodes = new MemoryJoinCodes();
  // Join codes live in the log (session.created); the index is rebuilt from it.
  // A damaged round is set aside by the log (and reported by the node); the others still serve.
  for (const roundId of await log.roundIds()) {
    const events = await log.read(roundId).catch((error: unknown) => {
      if (error instanceof RoundDamaged) return null;
      throw error;
    });
    if (!events) continue;
    const round = foldRound(events);
    for (const session of round.sessions.values()) {
      await joinCodes.claim(session.joinCode, { roundId, sessionId: session.id });
    }
  }
  return {
    kind: 'embedded',
    log,
    joinCodes,
    roster: new FileRoster(dataDir),
    secret: loadFileSecret(dataDir),
    damagedRounds: () => log.damaged.size,
    close: () => log.close(),
  };
}
