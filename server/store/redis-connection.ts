/**
 * Redis connections for Concert. The store's connections refuse commands while Redis is away
 * (no offline queue): a command then fails at once with `unavailable` instead of being
 * acknowledged later from a queue that a crash would lose. Every connection reconnects by itself.
 */
import { createClient, type RedisClientType } from 'redis';
import type { Logger } from '../logger.js';
import { STORE_SCRIPTS } from './redis-scripts.js';

/** A connection with a method per store script (redis-scripts.ts). */
export type RedisConnection = RedisClientType<{}, {}, typeof STORE_SCRIPTS>;

export interface ConnectionOptions {
  url: string;
  logger: Logger;
  /** What the connection is for, in logs. */
  role: string;
  /** Queue commands while disconnected (only for the Socket.IO adapter, which carries no acknowledged data). */
  offlineQueue?: boolean;
}

const MAX_RECONNECT_DELAY_MS = 2000;

export async function connectRedis({ url, logger, role, offlineQueue = false }: ConnectionOptions): Promise<RedisConnection> {
  const client = createClient({
    url,
    scripts: STORE_SCRIPTS,
    disableOfflineQueue: !offlineQueue,
    commandsQueueMaxLength: offlineQueue ? 10_000 : undefined,
    pingInterval: 5000,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  });
  watchHealth(client, logger, role);
  await client.connect();
  return client;
}

/** A duplicate with the same options and the same health logging, e.g. for blocking reads. */
export async function duplicateConnection(client: RedisConnection, logger: Logger, role: string): Promise<RedisConnection> {
  const copy = client.duplicate();
  watchHealth(copy, logger, role);
  await copy.connect();
  return copy;
}

/** Connections being closed on purpose: their last error is no outage. */
const closing = new WeakSet<RedisConnection>();

/** Logs the first error of an outage and the recovery, not every failed reconnect attempt. */
function watchHealth(client: RedisConnection, logger: Logger, role: string): void {
  let down = false;
  client.on('error', (error: Error) => {
    if (down || closing.has(client)) return;
    down = true;
    logger.error({ redis: role, err: error.message }, 'redis unreachable; commands fail with "unavailable" until it returns');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ redis: role }, 'redis reachable again');
  });
}

/** Drops a connection at once, e.g. one blocked in a read that would otherwise hold up a shutdown. */
export function destroyQuietly(client: RedisConnection): void {
  closing.add(client);
  client.destroy();
}

export async function closeQuietly(client: RedisConnection): Promise<void> {
  closing.add(client);
  try {
    if (client.isOpen) await client.close();
  } catch {
    client.destroy();
  }
}
