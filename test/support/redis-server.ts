/**
 * Redis for the tests: the one at REDIS_URL if it answers, else a throwaway `redis-server` on a
 * free loopback port (kept in memory only). Also used to stop and start a Redis on purpose.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export const INSTALL_HINT =
  'Install Redis 7 (Debian/Ubuntu: `apt-get install -y redis-server`; macOS: `brew install redis`) ' +
  'or set REDIS_URL to a Redis the tests may use. The Redis tests never skip themselves.';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** True when something at `url` answers PING like a Redis does. */
export function redisAnswers(url: string, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface ThrowawayRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts it again on the same port (after stop), empty. */
  start(): Promise<void>;
}

/** `persistDir`: keep an append-only file there, fsynced on every write, so a restart finds the data again. */
export async function startThrowawayRedis(options: { persistDir?: string } = {}): Promise<ThrowawayRedis> {
  if (!redisServerInstalled()) throw new Error(`No redis-server binary found. ${INSTALL_HINT}`);
  const chosen = await freePort();
  const url = `redis://127.0.0.1:${chosen}`;
  const persistence = options.persistDir
    ? ['--dir', options.persistDir, '--appendonly', 'yes', '--appendfsync', 'always']
    : ['--appendonly', 'no'];
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', ...persistence], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (!(await redisAnswers(url, 200))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${chosen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url, port: chosen, start, stop };
}

/** The caller's environment minus its Redis settings: a node is in Redis mode only when asked to be. */
export function withoutRedis(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { REDIS_URL: _url, REDIS_PREFIX: _prefix, ...rest } = env;
  return rest;
}
