/**
 * A node that has hosted many rounds: 1,000 stored rounds of 200 events. Its start (spawn to a healthy
 * /healthz) and resident memory against an empty data folder's, and its memory once the rounds it used
 * have gone idle and been let go.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { client, ok } from '../test/integration/harness.js';
import { startNodeProcess, type NodeProcess } from './node-process.js';
import { writeStoredRounds, type StoredRound } from '../test/support/stored-rounds.js';

const ROUNDS = 1000;
const EVENTS_PER_ROUND = 200;
const USED_ROUNDS = 100;
const IDLE_MS = 1000;
const BOOTS = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Boots a node BOOTS times on the folder; the median start time, and the memory once it has settled. */
async function boots(dataDir: string): Promise<{ bootMs: number; rssMb: number; first: number }> {
  const times: number[] = [];
  const memory: number[] = [];
  for (let i = 0; i < BOOTS; i++) {
    const node = await startNodeProcess({}, dataDir);
    times.push(node.bootMs);
    await sleep(500);
    memory.push(node.rssMb());
    await node.stop();
  }
  return { bootMs: median(times), rssMb: median(memory), first: times[0] };
}

/** A facilitator opens each round and watches its session; a phone joins it; then both leave. */
async function useRounds(node: NodeProcess, rounds: StoredRound[]): Promise<void> {
  for (const round of rounds) {
    const facilitator = await client(node);
    await ok(facilitator, 'facilitator:auth', { roundId: round.roundId, key: round.facilitatorKey });
    await ok(facilitator, 'session:watch', { sessionId: round.sessionId });
    const phone = await client(node);
    await ok(phone, 'participant:join', { joinCode: round.joinCode, token: `bench-phone-token-${'x'.repeat(32)}`, category: null });
    facilitator.disconnect();
    phone.disconnect();
  }
}

export async function benchRoundsAtRest(): Promise<Record<string, number>> {
  const empty = mkdtempSync(join(tmpdir(), 'concert-bench-empty-'));
  const full = mkdtempSync(join(tmpdir(), 'concert-bench-full-'));
  try {
    const rounds = writeStoredRounds(full, ROUNDS, EVENTS_PER_ROUND);
    const base = await boots(empty);
    const stored = await boots(full);
    console.log(`start, empty data folder: ${base.bootMs.toFixed(0)} ms, ${base.rssMb.toFixed(1)} MB resident`);
    console.log(`start, ${ROUNDS} rounds × ${EVENTS_PER_ROUND} events: first ${stored.first.toFixed(0)} ms, then ${stored.bootMs.toFixed(0)} ms (${(stored.bootMs / base.bootMs).toFixed(2)}× empty, target ≤ 1.5×), ${stored.rssMb.toFixed(1)} MB resident (+${(stored.rssMb - base.rssMb).toFixed(1)} MB, target ≤ +50 MB)`);

    const node = await startNodeProcess({ ROUND_IDLE_EVICT_MS: String(IDLE_MS) }, full);
    try {
      await sleep(500);
      const before = node.rssMb();
      await useRounds(node, rounds.slice(0, USED_ROUNDS));
      const inUse = node.rssMb();
      await sleep(IDLE_MS * 4);
      const idle = node.rssMb();
      const kept = (idle - before) / Math.max(inUse - before, 1);
      console.log(`memory: ${before.toFixed(1)} MB after start, ${inUse.toFixed(1)} MB after using ${USED_ROUNDS} rounds, ${idle.toFixed(1)} MB once they were idle (${(kept * 100).toFixed(0)}% of the growth kept)`);
      return {
        bootEmptyMs: base.bootMs,
        bootStoredMs: stored.bootMs,
        bootStoredFirstMs: stored.first,
        bootRatio: stored.bootMs / base.bootMs,
        rssEmptyMb: base.rssMb,
        rssStoredMb: stored.rssMb,
        rssExtraMb: stored.rssMb - base.rssMb,
        rssBeforeUseMb: before,
        rssInUseMb: inUse,
        rssIdleMb: idle,
      };
    } finally {
      await node.stop();
    }
  } finally {
    rmSync(empty, { recursive: true, force: true });
    rmSync(full, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchRoundsAtRest(), null, 2));
  process.exit(0);
}
