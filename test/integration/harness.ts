/** Real servers on random ports, real socket.io clients, logs captured for inspection. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { io as connect, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { CommandInput, CommandName } from '../../shared/protocol/commands.js';
import type { ClientToServerEvents, CommandResults, ServerToClientEvents } from '../../shared/protocol/events.js';
import type { Ack } from '../../shared/protocol/result.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { startNode, type ConcertNode, type NodeOptions } from '../../server/server.js';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents> & {
  /** Every payload this client received, by event name, in order. */
  received: { event: string; payload: unknown }[];
};

export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
}

export interface TestNode extends ConcertNode {
  dataDir: string;
  logs: LogCapture;
}

export function tempDir(prefix = 'concert-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startTestNode(dataDir = tempDir(), env: Record<string, string> = {}, options: NodeOptions = {}): Promise<TestNode> {
  const logs = new LogCapture();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...env });
  const node = await startNode(config, { logger: createLogger('debug', logs), ...options });
  return Object.assign(node, { dataDir, logs });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export type Cleanup = () => unknown;

/**
 * A list of cleanups a test file pushes to as it opens nodes, sockets and folders; the hook given
 * (afterEach or afterAll) runs them, the last pushed first.
 */
export function cleanupAfter(hook: (run: () => Promise<void>) => void): Cleanup[] {
  const cleanup: Cleanup[] = [];
  hook(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });
  return cleanup;
}

/** A test node in a folder of its own, which the cleanup list closes and removes. */
export async function testNodeIn(cleanup: Cleanup[], env: Record<string, string> = {}, options: NodeOptions = {}): Promise<TestNode> {
  const node = await startTestNode(tempDir(), env, options);
  cleanup.push(() => removeDir(node.dataDir), () => node.close());
  return node;
}

/** A fresh node for every test of a file; the sockets a test pushes to `sockets` are disconnected after it. */
export function nodeForEachTest(hooks: { beforeEach: (run: () => Promise<void>) => void; afterEach: (run: () => Promise<void>) => void }) {
  const each = { node: undefined as unknown as TestNode, sockets: [] as Client[] };
  hooks.beforeEach(async () => {
    each.node = await startTestNode();
  });
  hooks.afterEach(async () => {
    for (const socket of each.sockets.splice(0)) socket.disconnect();
    await each.node.close();
    removeDir(each.node.dataDir);
  });
  return each;
}

export async function createRound(node: { url: string }, title = 'Conversations on the Global Governance of Migration — Phase III') {
  const res = await fetch(`${node.url}/api/rounds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title }) });
  return (await res.json()) as { ok: true; roundId: string; facilitatorKey: string };
}

export type ClientOptions = Partial<ManagerOptions & SocketOptions>;

/** A connected client; WebSocket only unless `options` say otherwise (e.g. `{ transports: ['polling'] }`). */
export async function client(node: { url: string }, options: ClientOptions = {}): Promise<Client> {
  const socket = connect(node.url, { transports: ['websocket'], forceNew: true, reconnection: true, reconnectionDelay: 100, reconnectionDelayMax: 500, ...options }) as Client;
  socket.received = [];
  socket.onAny((event, payload) => socket.received.push({ event, payload }));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

export async function send<N extends CommandName>(socket: Client, name: N, payload: CommandInput<N>): Promise<Ack<CommandResults[N]>> {
  const timed = socket.timeout(10_000) as unknown as { emitWithAck(event: N, payload: CommandInput<N>): Promise<Ack<CommandResults[N]>> };
  return timed.emitWithAck(name, payload);
}

/** Like send, but fails the test on a refusal and returns the success payload. */
export async function ok<N extends CommandName>(socket: Client, name: N, payload: CommandInput<N>): Promise<CommandResults[N]> {
  const ack = await send(socket, name, payload);
  if (!ack.ok) throw new Error(`${name} refused: ${ack.error.code} ${ack.error.message}`);
  return ack;
}

export function waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const value = predicate();
      if (value) return resolve(value);
      if (Date.now() - started > timeoutMs) return reject(new Error('timed out waiting'));
      setTimeout(poll, 10);
    };
    poll();
  });
}

export function token(n: number): string {
  return `phone-token-${String(n).padStart(4, '0')}-${'x'.repeat(32)}`;
}

let ops = 0;
export function opId(): string {
  return `op-${process.pid}-${++ops}-abcdefgh`;
}

/** A facilitator with a round and an open session, ready for participants. */
export async function roomWithOpenQuestion(node: { url: string }, place = 'Brussels', options: ClientOptions = {}) {
  const round = await createRound(node);
  const facilitator = await client(node, options);
  await ok(facilitator, 'facilitator:auth', { roundId: round.roundId, key: round.facilitatorKey });
  const { sessionId, joinCode } = await ok(facilitator, 'session:create', { title: 'Roundtable on migration governance', place, date: '2026-11-28', format: 'roundtable' });
  const { snapshot, joinKey } = await ok(facilitator, 'session:watch', { sessionId });
  const questionId = snapshot.questions[0].id;
  await ok(facilitator, 'question:open', { sessionId, questionId });
  return { round, facilitator, sessionId, joinCode, joinKey, questionId };
}

export async function participant(node: { url: string }, joinCode: string, n: number, category: string | null = null, options: ClientOptions = {}) {
  const socket = await client(node, options);
  const { snapshot } = await ok(socket, 'participant:join', { joinCode, token: token(n), category });
  return { socket, snapshot };
}
