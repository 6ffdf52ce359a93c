/** The embedded store's index of join codes: trusted while a round's file is as recorded, scanned again otherwise. */
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundEvent } from '../../server/domain/events.js';
import { createRound } from '../../server/domain/round.js';
import { openEmbeddedStore } from '../../server/store/embedded.js';
import { removeDir, tempDir } from '../integration/harness.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const session = (sessionId: string, joinCode: string): RoundEvent => ({
  type: 'session.created',
  sessionId,
  title: 'Roundtable',
  place: 'Rabat',
  date: '2026-12-01',
  format: 'roundtable',
  joinCode,
  questions: [],
});

describe('the index of join codes', () => {
  it('vouches for rounds closed cleanly and rescans a round appended to by a node that never stopped cleanly', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = await openEmbeddedStore(dir);
    for (const [roundId, code] of [['quiet', 'ABC234'], ['busy', 'DEF567']] as const) {
      await first.joinCodes.claim(code, { roundId, sessionId: `${roundId}-1` });
      await first.log.append(roundId, [...createRound(roundId, roundId, 'hash'), session(`${roundId}-1`, code)], 0);
    }
    await first.close();

    const second = await openEmbeddedStore(dir);
    expect(second.joinCodes.scanned).toBe(0);
    await second.joinCodes.claim('GHJ789', { roundId: 'busy', sessionId: 'busy-2' });
    await second.log.append('busy', [session('busy-2', 'GHJ789')], 2);
    // Killed: neither the log nor the index is closed.

    const third = await openEmbeddedStore(dir);
    expect(third.joinCodes.scanned).toBe(1);
    expect(await third.joinCodes.resolve('ABC234')).toEqual({ roundId: 'quiet', sessionId: 'quiet-1' });
    expect(await third.joinCodes.resolve('GHJ789')).toEqual({ roundId: 'busy', sessionId: 'busy-2' });
    await third.close();
    await second.log.close();
  });

  it('records a round let go of, so that the next start need not read it', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = await openEmbeddedStore(dir);
    await first.log.append('round', [...createRound('round', 'Round', 'hash'), session('s1', 'KMN234')], 0);
    await first.release!('round', ['s1']);
    expect(first.log.isOpen('round')).toBe(false);
    // Killed after the round was let go of: the index already holds it.

    const second = await openEmbeddedStore(dir);
    expect(second.joinCodes.scanned).toBe(0);
    expect(await second.joinCodes.resolve('KMN234')).toEqual({ roundId: 'round', sessionId: 's1' });
    expect(await second.log.read('round')).toHaveLength(2);
    await second.close();
    await first.log.close();
  });
});
