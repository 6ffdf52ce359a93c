/** The embedded store: files under DATA_DIR, no external service. */
import { mkdirSync } from 'node:fs';
import { FileEventLog } from './file-log.js';
import { FileRoster } from './file-roster.js';
import { RoundIndex } from './round-index.js';
import { loadFileSecret } from './secret.js';
import type { Store } from './types.js';

export async function openEmbeddedStore(dataDir: string): Promise<Store & { log: FileEventLog; joinCodes: RoundIndex }> {
  mkdirSync(dataDir, { recursive: true });
  const log = new FileEventLog(dataDir);
  // Join codes live in the log (session.created); the index keeps them, so a start reads no round.
  // A damaged round is set aside by the log (and reported by the node); the others still serve.
  const joinCodes = await RoundIndex.open(dataDir, log);
  const roster = new FileRoster(dataDir);
  return {
    kind: 'embedded',
    log,
    joinCodes,
    roster,
    secret: loadFileSecret(dataDir),
    damagedRounds: () => log.damaged.size,
    async release(roundId, sessionIds) {
      roster.release(sessionIds);
      if (log.isOpen(roundId)) joinCodes.learn(roundId, await log.read(roundId));
      if (await log.release(roundId)) await joinCodes.settle(roundId, await log.stamp(roundId));
    },
    async close() {
      // The open rounds' events are in memory: their codes are recorded from them, whatever claimed them.
      for (const roundId of log.openRoundIds()) joinCodes.learn(roundId, await log.read(roundId));
      await log.close();
      // Not written (a full disk): the next start scans the rounds instead of trusting the index.
      await joinCodes.settleAll().catch(() => undefined);
    },
  };
}
