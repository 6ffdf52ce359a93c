/** A Concert node in its own process, on a free loopback port, with a throwaway DATA_DIR unless given one. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/support/redis-server.js';

export interface NodeProcess {
  url: string;
  child: ChildProcess;
  /** From spawning the process to its first healthy answer on /healthz. */
  bootMs: number;
  /** Resident memory of the process now, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

/** `nodeArgs`: flags for Node itself, e.g. `--inspect=127.0.0.1:PORT`. */
export async function startNodeProcess(env: Record<string, string> = {}, dataDir?: string, nodeArgs: string[] = []): Promise<NodeProcess> {
  const port = await freePort();
  const ownDir = dataDir ? null : mkdtempSync(join(tmpdir(), 'concert-bench-'));
  const started = performance.now();
  // Node itself, not npx: a signal to npx would leave the server running as an orphan.
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir ?? ownDir!, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('node did not start');
    await new Promise((r) => setTimeout(r, 10));
  }
  const bootMs = performance.now() - started;
  return {
    url,
    child,
    bootMs,
    rssMb: () => residentMb(child.pid!),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb / 1024;
}
