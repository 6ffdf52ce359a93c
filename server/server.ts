/**
 * Assembles a Concert node: store, rounds, HTTP, Socket.IO. Used by main.ts and by the tests.
 * Embedded mode (the default) needs nothing outside the process; with REDIS_URL the node shares
 * its log, Socket.IO adapter, rate limits and presence with every other node on that Redis.
 */
import { silenceDebugOutput } from './quiet-debug.js';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { HEARTBEAT, LIMITS } from '../shared/protocol/limits.js';
import type { Config } from './config.js';
import { createHttpApp, SOCKET_IO_PATH } from './http/app.js';
import { addressKey } from './keys.js';
import { createLogger, type Logger } from './logger.js';
import { openRedisMode, type RedisMode } from './redis-mode.js';
import { Presence } from './realtime/presence.js';
import { Publisher } from './realtime/publisher.js';
import { evictIdleRounds } from './rounds/idle-rounds.js';
import { RoundRegistry } from './rounds/registry.js';
import { addressKeyer, addressMiddleware } from './socket/address.js';
import { attachSocketHandlers } from './socket/connection.js';
import { FailureReport } from './socket/failures.js';
import { createCommandGuard } from './socket/guard.js';
import { GuessPacer } from './socket/guess-pacer.js';
import { createJoinGate } from './socket/join-gate.js';
import { DEFAULT_RATE_LIMITS, limitsFromConfig, memoryLimiters, type Limiters, type RateLimits } from './socket/limits.js';
import { allowRequestFrom } from './socket/origin.js';
import { roundsInUse } from './socket/rounds-in-use.js';
import type { TypedServer } from './socket/types.js';
import { openEmbeddedStore } from './store/embedded.js';
import { FileEventLog } from './store/file-log.js';
import type { Store } from './store/types.js';
import { closePdfRenderer } from './documents/pdf.js';
import { SynthesisThread } from './realtime/synthesis-thread.js';
import type { SynthesisInput } from './synthesis/input.js';

export interface ConcertNode {
  url: string;
  port: number;
  /** Random per process: names this node in its presence reports to other nodes (never in anything stored). */
  nodeId: string;
  io: TypedServer;
  http: HttpServer;
  store: Store;
  registry: RoundRegistry;
  logger: Logger;
  close(): Promise<void>;
}

export interface NodeOptions {
  logger?: Logger;
  /** An embedded store opened by the caller (tests); ignored in Redis mode. */
  store?: Store;
  limits?: Partial<RateLimits>;
}

export async function startNode(config: Config, options: NodeOptions = {}): Promise<ConcertNode> {
  silenceDebugOutput();
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const limits = { ...DEFAULT_RATE_LIMITS, ...limitsFromConfig(config), ...options.limits };
  const nodeId = randomBytes(6).toString('base64url');
  const redis = config.REDIS_URL ? await openRedisMode(config.REDIS_URL, config.REDIS_PREFIX, nodeId, limits, logger) : null;
  const store = redis?.store ?? options.store ?? (await openEmbeddedStore(config.DATA_DIR));
  logRepairs(store, logger);
  const limiters: Limiters = redis?.limiters ?? memoryLimiters(limits);
  const registry = new RoundRegistry(store);
  const keyOfAddress = addressKeyer(config.TRUST_PROXY, (address) => addressKey(store.secret, address));
  const rounds = { perAddress: limiters.roundsPerAddress, overall: limiters.roundsOverall, addressOf: (req: IncomingMessage) => keyOfAddress({ address: req.socket.remoteAddress ?? '', headers: req.headers }) };
  const synthesisThread = new SynthesisThread({
    onFailure: (error) => logger.error({ error }, 'a synthesis failed on the synthesis thread'),
  });
  const documentSynthesis = async (input: SynthesisInput) => {
    const computed = await synthesisThread.compute(input, { opaque: false });
    if (!computed) throw new Error('the node is stopping');
    return computed.value;
  };
  const app = createHttpApp({ registry, store, clientDir: config.CLIENT_DIR, publicUrl: config.PUBLIC_URL, rounds, synthesize: documentSynthesis });
  // The app is the server's request handler before Socket.IO attaches: engine.io then takes the
  // requests under its path and hands every other one to the app, so no request is answered twice.
  const http = createServer(app);
  // No connection state recovery: it routes every message sent to one socket through the adapter, which in
  // Redis mode stores it, with the time in its entry id and the socket in its rooms. The client enters its
  // role again after every reconnect and gets a fresh snapshot, so it needs none of that.
  const io: TypedServer = new Server(http, {
    path: SOCKET_IO_PATH,
    maxHttpBufferSize: LIMITS.maxPayloadBytes,
    pingInterval: HEARTBEAT.pingIntervalMs,
    pingTimeout: HEARTBEAT.pingTimeoutMs,
    serveClient: false,
    allowRequest: allowRequestFrom({ publicUrl: config.PUBLIC_URL, allowedOrigins: config.ALLOWED_ORIGINS }),
    ...(redis ? { adapter: redis.adapter } : {}),
  });
  const presence = new Presence();
  const publisher = new Publisher(io, presence, synthesisThread);
  registry.onCommit((round, events) => publisher.publish(round, events));
  registry.onUnload((roundId) => publisher.forget(roundId));
  const eviction = evictIdleRounds(registry, () => roundsInUse(io), config.ROUND_IDLE_EVICT_MS);
  presence.onRemoteChange((sessionId) => publisher.presenceChangedElsewhere(sessionId));
  await redis?.share({ presence, registry, publisher });

  const failures = new FailureReport(logger);
  io.use(addressMiddleware(keyOfAddress));
  const pacer = new GuessPacer({ perAddress: limiters.wrongCodesPerAddress, overall: limiters.wrongCodesOverall, waitMs: limits.guessWaitMs });
  attachSocketHandlers(io, {
    registry,
    store,
    publisher,
    presence,
    guard: createCommandGuard(limiters),
    joinGate: createJoinGate(store, pacer),
    failures,
    logger,
    now: Date.now,
  });

  await listen(http, config.PORT, config.HOST);
  const port = (http.address() as AddressInfo).port;
  logger.info({ port, store: store.kind, nodeId }, 'concert listening');

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    nodeId,
    io,
    http,
    store,
    registry,
    logger,
    close: () => {
      eviction.stop();
      return closeNode(io, publisher, synthesisThread, failures, store, redis);
    },
  };
}

function listen(http: HttpServer, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolve());
  });
}

async function closeNode(io: TypedServer, publisher: Publisher, synthesisThread: SynthesisThread, failures: FailureReport, store: Store, redis: RedisMode | null): Promise<void> {
  publisher.stop();
  failures.stop();
  await new Promise<void>((resolve) => io.close(() => resolve()));
  await synthesisThread.stop();
  await closePdfRenderer();
  if (redis) await redis.close();
  else await store.close();
}

/**
 * A torn last record (a crash mid-write) was cut off when the round was opened (on first use): say so once.
 * A round whose log is damaged before its tail is set aside: say which, now and whenever one is found.
 */
function logRepairs(store: Store, logger: Logger): void {
  if (!(store.log instanceof FileEventLog)) return;
  store.log.onRepaired(({ roundId, truncatedBytes }) => {
    logger.warn({ roundId, truncatedBytes }, 'repaired a torn tail in the event log (an unacknowledged write cut short by a crash)');
  });
  store.log.onDamaged(({ roundId, record }) => {
    logger.error({ roundId, record }, 'a round is set aside: its event log is damaged before its last record; every other round serves');
  });
}
