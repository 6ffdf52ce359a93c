/**
 * What a node needs to share a deployment with other nodes through Redis: the store, the Socket.IO
 * adapter (Redis Streams), shared rate limiters, cluster-wide presence and countdown end times.
 */
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Logger } from './logger.js';
import { shareCountdowns } from './realtime/cluster-countdowns.js';
import { shareClusterPresence } from './realtime/cluster-presence.js';
import type { Presence } from './realtime/presence.js';
import type { Publisher } from './realtime/publisher.js';
import type { RoundRegistry } from './rounds/registry.js';
import { redisLimiters, type Limiters, type RateLimits } from './socket/limits.js';
import { closeQuietly, connectRedis, duplicateConnection } from './store/redis-connection.js';
import { openRedisStore, type RedisStore } from './store/redis-store.js';

export interface RedisMode {
  store: RedisStore;
  adapter: ReturnType<typeof createAdapter>;
  limiters: Limiters;
  /** Starts sharing connected counts and countdown end times with the other nodes. */
  share(node: { presence: Presence; registry: RoundRegistry; publisher: Publisher }): Promise<void>;
  close(): Promise<void>;
}

export async function openRedisMode(url: string, prefix: string, nodeId: string, limits: RateLimits, logger: Logger): Promise<RedisMode> {
  const store = await openRedisStore({ url, prefix, logger });
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
  const stops: (() => Promise<void>)[] = [];
  return {
    store,
    adapter,
    limiters: redisLimiters(store.client, store.keys, limits),
    async share({ presence, registry, publisher }) {
      const presenceShared = await shareClusterPresence({ presence, publisher: store.client, subscriber, channel: store.keys.presenceChannel, nodeId, logger });
      const countdownsShared = await shareCountdowns({ registry, publisher, client: store.client, subscriber, channel: store.keys.countdownChannel, nodeId });
      stops.push(presenceShared.stop, countdownsShared.stop);
    },
    async close() {
      for (const stop of stops) await stop();
      await store.close();
      await closeQuietly(subscriber);
      await closeQuietly(adapterClient);
    },
  };
}
