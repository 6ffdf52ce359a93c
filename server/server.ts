/** Assembles a Concert node: store, rounds, HTTP, Socket.IO. Used by main.ts and by the tests. */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { LIMITS } from '../shared/protocol/limits.js';
import type { Config } from './config.js';
import { createHttpApp } from './http/app.js';
import { createLogger, type Logger } from './logger.js';
import { Presence } from './realtime/presence.js';
import { Publisher } from './realtime/publisher.js';
import { RoundRegistry } from './rounds/registry.js';
import { createAttemptLimiter } from './socket/attempts.js';
import { attachSocketHandlers } from './socket/connection.js';
import { createCommandGuard } from './socket/guard.js';
import type { TypedServer } from './socket/types.js';
import { openEmbeddedStore } from './store/embedded.js';
import type { Store } from './store/types.js';

export interface ConcertNode {
  url: string;
  port: number;
  io: TypedServer;
  http: HttpServer;
  store: Store;
  registry: RoundRegistry;
  logger: Logger;
  close(): Promise<void>;
}

export interface NodeOptions {
  logger?: Logger;
  store?: Store;
}

export async function startNode(config: Config, options: NodeOptions = {}): Promise<ConcertNode> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const store = options.store ?? (await openEmbeddedStore(config.DATA_DIR));
  const registry = new RoundRegistry(store);
  const http = createServer();
  const io: TypedServer = new Server(http, {
    maxHttpBufferSize: LIMITS.maxPayloadBytes,
    serveClient: false,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
  });
  const presence = new Presence();
  const publisher = new Publisher(io, presence);
  registry.onCommit((round, events) => publisher.publish(round, events));

  http.on('request', createHttpApp({ registry, store, clientDir: config.CLIENT_DIR, publicUrl: config.PUBLIC_URL }));
  attachSocketHandlers(io, {
    registry,
    store,
    publisher,
    presence,
    guard: createCommandGuard(),
    attempts: createAttemptLimiter(),
    logger,
    now: Date.now,
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  logger.info({ port, store: store.kind }, 'concert listening');

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    io,
    http,
    store,
    registry,
    logger,
    async close() {
      publisher.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await store.close();
    },
  };
}
