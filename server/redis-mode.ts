/**
 * What a node needs to share a deployment with other nodes through Redis: the store, the Socket.IO
 * adapter (Redis Streams, which supports connection state recovery), shared rate limiters and
 * cluster-wide presence.
 */
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Logger } from './logger.js';
import { shareClusterPresence } from './realtime/cluster-presence.js';
import type { Presence } from './realtime/presence.js';
import { redisLimiters, type Limiters, type RateLimits } from './socket/limits.js';
import { closeQuietly, connectRedis, duplicateConnection } from './store/redis-connection.js';
import { openRedisStore, type RedisStore } from './store/redis-store.js';

export interface RedisMode {
  store: RedisStore;
  adapter: ReturnType<typeof createAdapter>;
  limiters: Limiters;
  sharePresence(presence: Presence): Promise<void>;
  close(): Promise<void>;
}

export async function openRedisMode(url: string, prefix: string, nodeId: string, limits: RateLimits, logger: Logger): Promise<RedisMode> {
  const store = await openRedisStore({ url, prefix, nodeId, logger });
  // The adapter may queue while Redis is away: it carries only what the log can rebuild.
  const adapterClient = await connectRedis({ url, logger, role: 'socket.io adapter', offlineQueue: true });
  const subscriber = await duplicateConnection(store.client, logger, 'presence');
  const adapter = createAdapter(adapterClient, {
    streamName: store.keys.socketIoStream,
    channelPrefix: store.keys.socketIoChannel,
    sessionKeyPrefix: store.keys.socketIoSession,
    blockTimeInMs: 2000,
    onlyPlaintext: true,
  });
  let stopPresence: (() => Promise<void>) | null = null;
  return {
    store,
    adapter,
    limiters: redisLimiters(store.client, store.keys, limits),
    async sharePresence(presence) {
      const shared = await shareClusterPresence({ presence, publisher: store.client, subscriber, channel: store.keys.presenceChannel, nodeId, logger });
      stopPresence = shared.stop;
    },
    async close() {
      await stopPresence?.();
      await store.close();
      await closeQuietly(subscriber);
      await closeQuietly(adapterClient);
    },
  };
}
