/**
 * Concert nodes as child processes, so a test can `kill -9` one. Started with `node --import tsx`
 * (what `npx tsx server/main.ts` runs) so that the pid killed is the server itself, not a wrapper.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, withoutRedis } from '../support/redis-server.js';

export interface NodeProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Every log line the node wrote (JSON, from pino). */
  logs: string[];
  /** Everything the process wrote to standard error. */
  stderr(): string;
  /** Every line the node wrote to standard error (where the `debug` package writes). */
  errors: string[];
  /** Resolves with the exit code (null when a signal ended the process). */
  exited: Promise<number | null>;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** Extra Node.js arguments, before the script (e.g. another `--import`). */
  nodeArgs?: string[];
}

export async function spawnNode(env: Record<string, string>, port?: number, options: SpawnOptions = {}): Promise<NodeProcess> {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', ...(options.nodeArgs ?? []), 'server/main.ts'], {
    env: { ...withoutRedis(process.env), HOST: '127.0.0.1', PORT: String(chosen), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    logs.push(...lines.filter(Boolean));
  });
  let stderr = '';
  const errors: string[] = [];
  let partialLine = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    stderr += text;
    const lines = (partialLine + text).split('\n');
    partialLine = lines.pop()!;
    errors.push(...lines.filter(Boolean));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + 30_000;
  while (!logs.some((l) => l.includes('concert listening'))) {
    if (child.exitCode !== null) throw new Error(`node exited while starting: ${stderr.slice(-2000)}${buffered}${logs.slice(-3).join('\n')}`);
    if (Date.now() > deadline) throw new Error(`node did not start within 30 s: ${stderr.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }

  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    url,
    port: chosen,
    child,
    logs,
    stderr: () => stderr,
    errors,
    exited,
    kill9: () => signal('SIGKILL').then(() => undefined),
    stop: () => signal('SIGTERM').then(() => undefined),
  };
}
