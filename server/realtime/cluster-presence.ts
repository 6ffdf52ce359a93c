/**
 * Shares connected-phone counts between nodes over Redis pub/sub. Each node announces its own
 * counts per session when they change (coalesced) and all of them every few seconds; a node not
 * heard from for a while (crashed, cut off) stops being counted. Only counts travel, never who.
 */
import type { Logger } from '../logger.js';
import type { RedisConnection } from '../store/redis-connection.js';
import type { Presence } from './presence.js';

interface PresenceMessage {
  node: string;
  counts: Record<string, number>;
  complete: boolean;
  /** A node that just started asks the others for their counts. */
  hello?: boolean;
}

export const PRESENCE_HEARTBEAT_MS = 5000;
const SILENT_AFTER_MS = 3 * PRESENCE_HEARTBEAT_MS;
const CHANGE_COALESCE_MS = 100;

export interface ClusterPresenceOptions {
  presence: Presence;
  publisher: RedisConnection;
  subscriber: RedisConnection;
  channel: string;
  nodeId: string;
  logger: Logger;
}

export async function shareClusterPresence(options: ClusterPresenceOptions): Promise<{ stop(): Promise<void> }> {
  const { presence, publisher, subscriber, channel, nodeId, logger } = options;
  const lastHeard = new Map<string, number>();
  const changed = new Set<string>();
  let changeTimer: NodeJS.Timeout | null = null;

  const announce = (message: Omit<PresenceMessage, 'node'>) => {
    publisher.publish(channel, JSON.stringify({ node: nodeId, ...message })).catch(() => undefined);
  };

  presence.onLocalChange((sessionId) => {
    changed.add(sessionId);
    changeTimer ??= setTimeout(() => {
      changeTimer = null;
      const counts = Object.fromEntries([...changed].map((id) => [id, presence.localCount(id)]));
      changed.clear();
      announce({ counts, complete: false });
    }, CHANGE_COALESCE_MS);
  });

  await subscriber.subscribe(channel, (raw) => {
    let message: PresenceMessage;
    try {
      message = JSON.parse(raw) as PresenceMessage;
    } catch {
      return;
    }
    if (message.node === nodeId) return;
    lastHeard.set(message.node, Date.now());
    presence.setRemote(message.node, message.counts, message.complete);
    if (message.hello) announce({ counts: presence.localCounts(), complete: true });
  });

  const heartbeat = setInterval(() => {
    announce({ counts: presence.localCounts(), complete: true });
    for (const [node, heard] of lastHeard) {
      if (Date.now() - heard < SILENT_AFTER_MS) continue;
      lastHeard.delete(node);
      presence.dropRemote(node);
      logger.info({ silentNode: node }, 'a node went silent; its connected phones are no longer counted');
    }
  }, PRESENCE_HEARTBEAT_MS);
  heartbeat.unref();
  announce({ counts: presence.localCounts(), complete: true, hello: true });

  return {
    async stop() {
      clearInterval(heartbeat);
      if (changeTimer) clearTimeout(changeTimer);
      // Tell the others at once rather than letting them wait for this node to go silent.
      await publisher.publish(channel, JSON.stringify({ node: nodeId, counts: {}, complete: true })).catch(() => undefined);
      await subscriber.unsubscribe(channel).catch(() => undefined);
    },
  };
}
