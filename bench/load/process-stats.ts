/** CPU time and resident memory of the benchmark's processes, and of the whole machine, from /proc (Linux). */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

export interface ProcessSample {
  at: number;
  cpuSeconds: number;
  rssBytes: number;
}

function sampleOne(pid: number): ProcessSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { at: performance.now(), cpuSeconds, rssBytes: rss ? Number(rss[1]) * 1024 : NaN };
}

/** Summed over the processes of one deployment (one or three nodes), or the generator. */
export function sample(pids: number[]): ProcessSample {
  const all = pids.map(sampleOne);
  return { at: all[0].at, cpuSeconds: all.reduce((s, x) => s + x.cpuSeconds, 0), rssBytes: all.reduce((s, x) => s + x.rssBytes, 0) };
}

/** CPU time every process of the machine has used so far (busy time of all cores). */
export function machineCpuSeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}

/** Share of one core used between two samples, in percent. */
export function cpuPercent(from: ProcessSample, to: ProcessSample): number {
  return (100 * (to.cpuSeconds - from.cpuSeconds)) / ((to.at - from.at) / 1000);
}
