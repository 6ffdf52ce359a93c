/**
 * `npm run bench:load`: the same schedule (1 post per participant per minute, 1 vote every 5 s)
 * against one embedded Concert node, three Concert nodes on Redis, and a bare Socket.IO broadcast
 * server, at 100, 300 and 1,000 participants. Prints the figures and the ratios to the targets, and
 * writes the table to docs/load.md.
 * Options: --sizes=100,300,1000 --duration=20 (seconds per size) --targets=embedded,redis,bare --no-write
 * --max-other-cpu=40 (measure again when other processes took more than this % of a core meanwhile)
 * --pairs=5 (at the largest size, one node and the bare server are measured this many times, alternately,
 * and the ratio of their p99s is the median over the pairs: one run's p99 moves with the machine)
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createClient } from 'redis';
import { DEFAULT_REDIS_URL, redisAnswers, startThrowawayRedis } from '../../test/support/redis-server.js';
import type { GeneratorInput } from './generator.js';
import { cpuPercent, machineCpuSeconds, sample, type ProcessSample } from './process-stats.js';
import { writeReport, type GeneratorResult, type Pair, type Row } from './report.js';
import { retainedBytes } from './retained.js';
import { startDeployment, type Deployment, type TargetName } from './targets.js';

const option = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = option('sizes', '100,300,1000').split(',').map(Number);
const durationMs = Number(option('duration', '20')) * 1000;
const targets = option('targets', 'embedded,redis,bare').split(',') as TargetName[];


async function redisForBench(): Promise<{ url: string; stop(): Promise<void> }> {
  const url = process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  if (await redisAnswers(url)) return { url, stop: async () => undefined };
  console.log(`No Redis at ${url}: starting a throwaway redis-server for the benchmark.`);
  return startThrowawayRedis();
}

interface Phase {
  servers: ProcessSample;
  generator: ProcessSample | null;
  machineCpuSeconds: number;
  redisCpuSeconds: number;
}

/** CPU seconds Redis has used, from INFO (0 when the deployment uses no Redis). */
async function redisCpuSeconds(url: string | null): Promise<number> {
  if (!url) return 0;
  const client = createClient({ url });
  await client.connect();
  const info = await client.info('cpu');
  await client.close();
  const field = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return field('used_cpu_sys') + field('used_cpu_user');
}

/** Runs the generator against a deployment, sampling the servers, the generator and the machine at each phase it announces. */
async function runGenerator(
  input: GeneratorInput,
  deployment: Deployment,
  redisUrl: string | null,
): Promise<{ result: GeneratorResult; phases: Record<string, Phase>; peakRssBytes: number; retained: { connected: number; left: number } }> {
  const { pids, inspectors } = deployment;
  // The inspector is attached only once the run is over: a debugger session changes how V8 compiles and allocates.
  const retainedNow = async () => (await Promise.all(inspectors.map(retainedBytes))).reduce((a, b) => a + b, 0);
  const retained = { connected: NaN, left: NaN };
  const phases: Record<string, Phase> = {
    idle: { servers: sample(pids), generator: null, machineCpuSeconds: machineCpuSeconds(), redisCpuSeconds: await redisCpuSeconds(redisUrl) },
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load/generator.ts', JSON.stringify(input)], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let result: GeneratorResult | null = null;
    const sampling: Promise<void>[] = [];
    // Resident memory moves with garbage collection: the peak over the run is the figure that counts.
    let peakRssBytes = phases.idle.servers.rssBytes;
    let watching = true;
    const watch = setInterval(() => watching && (peakRssBytes = Math.max(peakRssBytes, sample(pids).rssBytes)), 250);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { phase: string } & GeneratorResult;
      if (message.phase === 'result') result = message;
      else if (message.phase === 'drained') {
        watching = false;
        sampling.push(retainedNow().then((bytes) => void ((retained.connected = bytes), child.stdin!.write('go\n'))));
      } else {
        const phase = { servers: sample(pids), generator: sample([child.pid!]), machineCpuSeconds: machineCpuSeconds(), redisCpuSeconds: 0 };
        phases[message.phase] = phase;
        sampling.push(redisCpuSeconds(redisUrl).then((s) => void (phase.redisCpuSeconds = s)));
      }
    });
    child.once('exit', (code) => {
      clearInterval(watch);
      Promise.all(sampling)
        .then(() => new Promise((r) => setTimeout(r, 1000))) // the servers notice the clients have gone
        .then(retainedNow)
        .then((bytes) => {
          retained.left = bytes;
          if (result) resolve({ result, phases, peakRssBytes, retained });
          else reject(new Error(`generator exited with ${code}`));
        });
    });
  });
}

/** CPU (% of one core) that processes other than the servers, Redis and the generator used during the run. */
function otherCpu(from: Phase, to: Phase): number {
  const seconds = (to.servers.at - from.servers.at) / 1000;
  const ours =
    to.servers.cpuSeconds - from.servers.cpuSeconds + (to.generator!.cpuSeconds - from.generator!.cpuSeconds) + (to.redisCpuSeconds - from.redisCpuSeconds);
  return Math.max(0, (100 * (to.machineCpuSeconds - from.machineCpuSeconds - ours)) / seconds);
}

async function measure(target: TargetName, participants: number, redisUrl: string): Promise<Row> {
  const deployment = await startDeployment(target, redisUrl);
  try {
    await new Promise((r) => setTimeout(r, 2000));
    const usesRedis = target === 'redis' ? redisUrl : null;
    const { result, phases, peakRssBytes, retained } = await runGenerator({ target: deployment.protocol, urls: deployment.urls, participants, durationMs }, deployment, usesRedis);
    const { idle, measuring, sent } = phases;
    return {
      target,
      participants,
      ...result,
      cpuPercent: cpuPercent(measuring.servers, sent.servers),
      generatorCpuPercent: cpuPercent(measuring.generator!, sent.generator!),
      otherCpuPercent: otherCpu(measuring, sent),
      redisCpuPercent: (100 * (sent.redisCpuSeconds - measuring.redisCpuSeconds)) / ((sent.servers.at - measuring.servers.at) / 1000),
      memoryPerParticipantKb: (peakRssBytes - idle.servers.rssBytes) / 1024 / participants,
      peakRssBytes,
      retainedPerParticipantKb: (retained.connected - retained.left) / 1024 / participants,
      nodes: deployment.pids.length,
    };
  } finally {
    await deployment.stop();
  }
}

/**
 * On a shared machine another job can take the cores mid-run and every figure with them: a run during which
 * other processes used more than this share of a core is measured again, after a pause, a few times at most.
 */
const maxOtherCpu = Number(option('max-other-cpu', '40'));
const ATTEMPTS = 4;

async function measureUndisturbed(target: TargetName, participants: number, redisUrl: string): Promise<Row> {
  for (let attempt = 1; ; attempt++) {
    const row = await measure(target, participants, redisUrl);
    if (row.otherCpuPercent <= maxOtherCpu || attempt === ATTEMPTS) return row;
    process.stdout.write(`disturbed (other processes used ${row.otherCpuPercent.toFixed(0)} % of a core), again in 30 s … `);
    await new Promise((r) => setTimeout(r, 30_000));
  }
}

async function measureAndPrint(target: TargetName, participants: number, redisUrl: string): Promise<Row> {
  process.stdout.write(`${target.padEnd(8)} ${String(participants).padStart(5)} participants … `);
  const row = await measureUndisturbed(target, participants, redisUrl);
  console.log(
    `p50/p95/p99 ${row.all.p50.toFixed(1)}/${row.all.p95.toFixed(1)}/${row.all.p99.toFixed(1)} ms, lost ${row.lost}, duplicated ${row.duplicated}, ` +
      `CPU ${row.cpuPercent.toFixed(0)} % (Redis ${row.redisCpuPercent.toFixed(0)} %, generator ${row.generatorCpuPercent.toFixed(0)} %, other processes ${row.otherCpuPercent.toFixed(0)} %), ` +
      `memory per participant ${row.retainedPerParticipantKb.toFixed(1)} KB retained, ${row.memoryPerParticipantKb.toFixed(1)} KB resident at peak`,
  );
  return row;
}

const redis = targets.includes('redis') ? await redisForBench() : null;
const redisUrl = redis?.url ?? DEFAULT_REDIS_URL;
const rows: Row[] = [];
for (const participants of sizes) {
  for (const target of targets) rows.push(await measureAndPrint(target, participants, redisUrl));
}

/** The first pair is the table's own runs; the others alternate which target goes first, so a drifting machine favours neither. */
const pairCount = Number(option('pairs', '5'));
const largest = Math.max(...sizes);
const pairs: Pair[] = [];
const tableRun = (target: TargetName) => rows.find((r) => r.target === target && r.participants === largest);
const [firstOne, firstBare] = [tableRun('embedded'), tableRun('bare')];
if (firstOne && firstBare) {
  pairs.push({ one: firstOne, bare: firstBare });
  for (let k = 1; k < pairCount; k++) {
    const order: TargetName[] = k % 2 === 1 ? ['bare', 'embedded'] : ['embedded', 'bare'];
    const measured = new Map<TargetName, Row>();
    for (const target of order) measured.set(target, await measureAndPrint(target, largest, redisUrl));
    pairs.push({ one: measured.get('embedded')!, bare: measured.get('bare')! });
  }
}
await redis?.stop();
writeReport(rows, pairs, { durationMs, maxOtherCpu, write: !process.argv.includes('--no-write') });
process.exit(0);
