/**
 * The deployments the benchmark compares, each started fresh in its own processes:
 * one Concert node with the embedded log, three Concert nodes on one Redis, and the bare server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createClient } from 'redis';
import { freePort, withoutRedis } from '../../test/support/redis-server.js';
import { inspectorUrlFrom } from './retained.js';

export type TargetName = 'embedded' | 'redis' | 'bare';

export interface Deployment {
  name: TargetName;
  protocol: 'concert' | 'bare';
  urls: string[];
  pids: number[];
  /** Each server process's inspector, to measure what it retains (retained.ts). */
  inspectors: string[];
  stop(): Promise<void>;
}

interface Started {
  url: string;
  child: ChildProcess;
  inspector: string;
}

async function startProcess(script: string, env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', '--import', 'tsx', script], {
    env: { ...withoutRedis(process.env), HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let inspector = '';
  createInterface({ input: child.stderr! }).on('line', (line) => {
    const found = inspectorUrlFrom(line);
    if (found) inspector = found;
    else if (!/^(For help, see|Debugger (attached|ending)|Waiting for the debugger)/.test(line)) process.stderr.write(`${line}\n`);
  });
  const url = `http://127.0.0.1:${port}`;
  const health = script.includes('bare') ? url : `${url}/healthz`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited while starting`);
    try {
      if ((await fetch(health)).ok && inspector) return { url, child, inspector };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${script} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }),
  );
}

async function deleteKeys(url: string, prefix: string): Promise<void> {
  const client = createClient({ url });
  client.on('error', () => undefined);
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) if (keys.length) await client.unlink(keys);
  await client.close();
}

export async function startDeployment(name: TargetName, redisUrl: string): Promise<Deployment> {
  if (name === 'bare') {
    const { url, child, inspector } = await startProcess('bench/load/bare-server.ts', {});
    return { name, protocol: 'bare', urls: [url], pids: [child.pid!], inspectors: [inspector], stop: () => stopAll([child]) };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'concert-load-'));
  const prefix = `concert-load:${randomBytes(4).toString('hex')}:`;
  const env: Record<string, string> = name === 'redis' ? { DATA_DIR: dataDir, REDIS_URL: redisUrl, REDIS_PREFIX: prefix } : { DATA_DIR: dataDir };
  const started = await Promise.all(Array.from({ length: name === 'redis' ? 3 : 1 }, () => startProcess('server/main.ts', env)));
  return {
    name,
    protocol: 'concert',
    urls: started.map((s) => s.url),
    pids: started.map((s) => s.child.pid!),
    inspectors: started.map((s) => s.inspector),
    async stop() {
      await stopAll(started.map((s) => s.child));
      rmSync(dataDir, { recursive: true, force: true });
      if (name === 'redis') await deleteKeys(redisUrl, prefix);
    },
  };
}
