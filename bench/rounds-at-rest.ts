/**
 * A node that has hosted many rounds: 1,000 stored rounds of 200 events. Its start (spawn to a healthy
 * /healthz) and resident memory against an empty data folder's, and its memory once the rounds it used
 * have gone idle and been let go.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { client, ok, type Client } from '../test/integration/harness.js';
import { freePort } from '../test/support/redis-server.js';
import { connectInspector } from './inspector.js';
import { startNodeProcess, type NodeProcess } from './node-process.js';
import { writeStoredRounds, type StoredRound } from '../test/support/stored-rounds.js';

const ROUNDS = 1000;
const EVENTS_PER_ROUND = 200;
const USED_ROUNDS = 100;
const IDLE_MS = 1000;
const BOOTS = 3;
/** Memory near its level before the rounds were used: the heap within this of it once they are idle. */
const IDLE_MARGIN_MB = 5;

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

/** A facilitator opens each round and watches its session, and a phone joins it; resolves to their sockets, still connected. */
async function useRounds(node: NodeProcess, rounds: StoredRound[]): Promise<Client[]> {
  const sockets: Client[] = [];
  for (const round of rounds) {
    const facilitator = await client(node);
    await ok(facilitator, 'facilitator:auth', { roundId: round.roundId, key: round.facilitatorKey });
    await ok(facilitator, 'session:watch', { sessionId: round.sessionId });
    const phone = await client(node);
    await ok(phone, 'participant:join', { joinCode: round.joinCode, token: `bench-phone-token-${'x'.repeat(32)}`, category: null });
    sockets.push(facilitator, phone);
  }
  return sockets;
}

const leave = (sockets: Client[]) => sockets.forEach((socket) => socket.disconnect());

export async function benchRoundsAtRest(): Promise<Record<string, number>> {
  const empty = mkdtempSync(join(tmpdir(), 'concert-bench-empty-'));
  const full = mkdtempSync(join(tmpdir(), 'concert-bench-full-'));
  try {
    const rounds = writeStoredRounds(full, ROUNDS, EVENTS_PER_ROUND);
    const base = await boots(empty);
    const stored = await boots(full);
    console.log(`start, empty data folder: ${base.bootMs.toFixed(0)} ms, ${base.rssMb.toFixed(1)} MB resident`);
    console.log(`start, ${ROUNDS} rounds × ${EVENTS_PER_ROUND} events: first ${stored.first.toFixed(0)} ms, then ${stored.bootMs.toFixed(0)} ms (${(stored.bootMs / base.bootMs).toFixed(2)}× empty, target ≤ 1.5×), ${stored.rssMb.toFixed(1)} MB resident (+${(stored.rssMb - base.rssMb).toFixed(1)} MB, target ≤ +50 MB)`);

    const inspectPort = await freePort();
    const node = await startNodeProcess({ ROUND_IDLE_EVICT_MS: String(IDLE_MS) }, full, [`--inspect=127.0.0.1:${inspectPort}`]);
    const inspector = await connectInspector(inspectPort);
    try {
      // One round used and let go of first: what the first use loads once (the synthesis engine's data) is not counted.
      leave(await useRounds(node, rounds.slice(0, 1)));
      await sleep(IDLE_MS * 3);
      const before = { rss: node.rssMb(), heap: await inspector.heapAfterCollection() };
      const connected = await useRounds(node, rounds.slice(1, USED_ROUNDS + 1));
      const inUse = { rss: node.rssMb(), heap: await inspector.heapAfterCollection() };
      leave(connected);
      await sleep(IDLE_MS * 3);
      const idle = { heap: await inspector.heapAfterCollection(), rss: node.rssMb() };
      console.log(
        `memory: heap ${before.heap.toFixed(1)} MB (${before.rss.toFixed(1)} MB resident) before, ` +
          `${inUse.heap.toFixed(1)} MB (${inUse.rss.toFixed(1)} MB) with ${USED_ROUNDS} rounds in use, ` +
          `${idle.heap.toFixed(1)} MB (${idle.rss.toFixed(1)} MB) once they were idle and let go of: ` +
          `+${(idle.heap - before.heap).toFixed(1)} MB of heap kept (target ≤ +${IDLE_MARGIN_MB} MB), ${((idle.heap - before.heap) / Math.max(inUse.heap - before.heap, 0.1) * 100).toFixed(0)}% of the growth`,
      );
      return {
        bootEmptyMs: base.bootMs,
        bootStoredMs: stored.bootMs,
        bootStoredFirstMs: stored.first,
        bootRatio: stored.bootMs / base.bootMs,
        rssEmptyMb: base.rssMb,
        rssStoredMb: stored.rssMb,
        rssExtraMb: stored.rssMb - base.rssMb,
        heapBeforeUseMb: before.heap,
        heapInUseMb: inUse.heap,
        heapIdleMb: idle.heap,
        rssIdleMb: idle.rss,
      };
    } finally {
      inspector.close();
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
