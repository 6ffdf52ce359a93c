/** The load benchmark's table and verdicts, printed and written to docs/load.md. */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { ms, type Summary } from './stats.js';
import type { TargetName } from './targets.js';

/** What the load generator reports for one run. */
export interface GeneratorResult {
  posts: number;
  votes: number;
  failures: number;
  post: Summary;
  vote: Summary;
  all: Summary;
  lost: number;
  duplicated: number;
  generatorLagP99Ms: number;
}

export interface Row extends GeneratorResult {
  target: TargetName;
  participants: number;
  nodes: number;
  cpuPercent: number;
  redisCpuPercent: number;
  generatorCpuPercent: number;
  /** Processes outside the benchmark (the machine may be shared): high values make latencies less trustworthy. */
  otherCpuPercent: number;
  memoryPerParticipantKb: number;
  /** Heap in use plus buffers after a full garbage collection with everyone connected, less the same once they have left. */
  retainedPerParticipantKb: number;
  /** Resident memory of the server processes at its peak during the run. */
  peakRssBytes: number;
}

/** One node and the bare server at the largest size, measured one after the other. */
export interface Pair {
  one: Row;
  bare: Row;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const LABEL: Record<TargetName, string> = { embedded: 'Concert, 1 node, embedded', redis: 'Concert, 3 nodes, Redis', bare: 'bare Socket.IO' };

function table(rows: Row[]): string {
  const head =
    '| deployment | participants | posts / votes | all p50 / p95 / p99 (ms) | posts p99 | votes p99 | lost | duplicated | server CPU (% of a core) | server memory per participant: retained / resident at peak | generator CPU, lag p99 | other processes\' CPU |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const lines = rows.map(
    (r) =>
      `| ${LABEL[r.target]} | ${r.participants} | ${r.posts} / ${r.votes} | ${ms(r.all.p50)} / ${ms(r.all.p95)} / ${ms(r.all.p99)} | ${ms(r.post.p99)} | ${ms(r.vote.p99)} | ${r.lost} | ${r.duplicated} | ` +
      `${r.cpuPercent.toFixed(0)}${r.target === 'redis' ? ` + Redis ${r.redisCpuPercent.toFixed(0)}` : ''} | ${r.retainedPerParticipantKb.toFixed(1)} / ${r.memoryPerParticipantKb.toFixed(1)} KB | ` +
      `${r.generatorCpuPercent.toFixed(0)} %, ${ms(r.generatorLagP99Ms)} ms | ${r.otherCpuPercent.toFixed(0)} % |`,
  );
  return [head, ...lines].join('\n');
}

function check(label: string, value: number, limit: number, unit: string): string {
  if (!Number.isFinite(value)) return `- ${label}: not measured`;
  return `- ${label}: ${value.toFixed(unit === '×' ? 2 : 1)} ${unit} (target < ${limit} ${unit}, ${(value / limit).toFixed(2)}× of target) **${value < limit ? 'PASS' : 'MISS'}**`;
}

/** Resident memory at peak, per participant added between the smallest and the largest size. */
function memorySlopeKb(rows: Row[]): { kb: number; from: number; to: number } | null {
  if (rows.length < 2) return null;
  const sorted = [...rows].sort((a, b) => a.participants - b.participants);
  const [small, large] = [sorted[0], sorted.at(-1)!];
  return { kb: (large.peakRssBytes - small.peakRssBytes) / 1024 / (large.participants - small.participants), from: small.participants, to: large.participants };
}

function pairTable(pairs: Pair[]): string {
  const head =
    '| pair | one node p99: all / posts (ms) | bare p99: all / posts (ms) | ratio: all / posts | other processes\' CPU: one node / bare |\n' +
    '| ---: | ---: | ---: | ---: | ---: |';
  const lines = pairs.map(
    ({ one, bare }, i) =>
      `| ${i + 1} | ${ms(one.all.p99)} / ${ms(one.post.p99)} | ${ms(bare.all.p99)} / ${ms(bare.post.p99)} | ` +
      `${(one.all.p99 / bare.all.p99).toFixed(2)} / ${(one.post.p99 / bare.post.p99).toFixed(2)} | ${one.otherCpuPercent.toFixed(0)} % / ${bare.otherCpuPercent.toFixed(0)} % |`,
  );
  return [head, ...lines].join('\n');
}

function ratioVerdicts(pairs: Pair[]): string[] {
  if (pairs.length === 0) return [];
  const all = pairs.map((p) => p.one.all.p99 / p.bare.all.p99);
  const posts = pairs.map((p) => p.one.post.p99 / p.bare.post.p99);
  const over = (ratios: number[]) =>
    ratios.length === 1 ? '' : ` (median of ${ratios.length} pairs; ${ratios.filter((r) => r >= 1.5).length} of ${ratios.length} at or above 1.5 ×)`;
  return [
    check(`one node p99 ÷ bare p99 (all messages)${over(all)}`, median(all), 1.5, '×'),
    check(`one node p99 ÷ bare p99 (posts only)${over(posts)}`, median(posts), 1.5, '×'),
  ];
}

function verdicts(rows: Row[], pairs: Pair[]): string[] {
  const at = (target: TargetName, n: number) => rows.find((r) => r.target === target && r.participants === n);
  const largest = Math.max(...rows.map((r) => r.participants));
  const one = at('embedded', largest);
  const three = at('redis', largest);
  const bare = at('bare', largest);
  const out: string[] = [];
  if (one) out.push(check(`${largest} participants, one node, p99`, one.all.p99, 250, 'ms'));
  out.push(...ratioVerdicts(pairs));
  if (three) out.push(check(`${largest} participants, three Redis nodes, p99`, three.all.p99, 400, 'ms'));
  for (const r of [one, three]) {
    if (r) out.push(check(`${LABEL[r.target]}, ${largest}: memory retained per connected participant`, r.retainedPerParticipantKb, 100, 'KB'));
  }
  if (bare) out.push(`- ${LABEL.bare}, ${largest}: memory retained per connected participant: ${bare.retainedPerParticipantKb.toFixed(1)} KB (the floor)`);
  for (const target of ['embedded', 'redis', 'bare'] as const) {
    const slope = memorySlopeKb(rows.filter((r) => r.target === target));
    if (slope) out.push(`- ${LABEL[target]}: resident memory at peak per additional participant (${slope.from} → ${slope.to}): ${slope.kb.toFixed(1)} KB`);
  }
  const lossy = rows.filter((r) => r.lost > 0 || r.duplicated > 0 || r.failures > 0);
  out.push(`- lost, duplicated or failed messages: ${lossy.length === 0 ? 'none **PASS**' : lossy.map((r) => `${LABEL[r.target]} ${r.participants}: ${r.lost} lost, ${r.duplicated} duplicated, ${r.failures} failed`).join('; ') + ' **MISS**'}`);
  return out;
}

export function writeReport(rows: Row[], pairs: Pair[], options: { durationMs: number; maxOtherCpu: number; write: boolean }): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
  const text = [
    '# Load benchmark',
    '',
    `Latest run of \`npm run bench:load\` (${new Date().toISOString().slice(0, 10)}; ${machine}; ${options.durationMs / 1000} s per size; generator, servers and Redis on the same machine).`,
    'Each participant posts once a minute and votes every 5 s, staggered evenly. Latency is measured from sending a post to its arrival',
    'at every other client (participants and the facilitator), and from sending a vote to the first aggregate at the facilitator that',
    'includes it (Concert sends a facilitator\'s aggregates at most every 16 ms; the bare server forwards each vote at once; a phone is told no log',
    'position, so the k-th acknowledged vote on a contribution is matched with the first aggregate counting k). Server CPU and memory are summed',
    'over the server processes (Redis CPU shown beside it). Memory per participant is shown twice: what the servers retain for the',
    'connections (the main thread\'s V8 heap in use plus buffers after a full garbage collection at the end of the run, with everyone connected, less the',
    'same once they have left; the session\'s own data stays and is not counted, nor is the synthesis thread, which holds the round, not the connections),',
    'which the target is checked on; and the growth of resident memory from idle to its peak during the run, which also holds what a node grows by anyway',
    '(compiled code, a heap sized up for the allocation rate, garbage not yet collected, and the synthesis thread, about 160 MB, started by the',
    'facilitator\'s first synthesis) and swamps small sizes. The machine may be shared: "other processes\' CPU" is what the rest of it used meanwhile,',
    `and a busy generator (CPU near 100 %, high lag) adds its own delay to every figure. A run during which other processes used more`,
    `than ${options.maxOtherCpu} % of a core was measured again (up to four times).`,
    '',
    table(rows),
    '',
    ...(pairs.length > 1
      ? [
          `## One node against the bare server at ${pairs[0].one.participants}`,
          '',
          `One run's p99 moves with whatever else the two cores are doing, by as much as the difference being measured, so one node and`,
          `the bare server were measured ${pairs.length} times, one after the other on fresh processes (the first pair is the table's;`,
          'later pairs alternate which goes first). The ratio checked against the target is the median over the pairs.',
          '',
          pairTable(pairs),
          '',
        ]
      : []),
    '## Against the targets',
    '',
    ...verdicts(rows, pairs),
    '',
  ].join('\n');
  console.log(`\n${text}`);
  if (options.write) writeFileSync('docs/load.md', text);
}
