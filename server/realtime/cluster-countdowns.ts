/**
 * Countdown end times between nodes, over Redis pub/sub, so nothing is stored: a node that loads a
 * round showing a countdown it never saw start (it started or restarted meanwhile) asks the others,
 * and a node timing it answers. Without an answer the countdown counts as ended on that node.
 */
import type { CountdownEnd } from '../rounds/countdown-clock.js';
import type { RoundRegistry } from '../rounds/registry.js';
import type { RedisConnection } from '../store/redis-connection.js';
import type { Publisher } from './publisher.js';

type CountdownMessage = { roundId: string } & ({ ask: true } | { ends: CountdownEnd[] });

export interface ClusterCountdownOptions {
  registry: RoundRegistry;
  publisher: Publisher;
  client: RedisConnection;
  subscriber: RedisConnection;
  channel: string;
  nodeId: string;
}

function isEnds(value: unknown): value is CountdownEnd[] {
  return Array.isArray(value) && value.every((e) => Array.isArray(e) && e.length === 2 && e.every(Number.isFinite));
}

export async function shareCountdowns(options: ClusterCountdownOptions): Promise<{ stop(): Promise<void> }> {
  const { registry, publisher, client, subscriber, channel, nodeId } = options;
  const send = (message: CountdownMessage) => {
    client.publish(channel, JSON.stringify({ node: nodeId, ...message })).catch(() => undefined);
  };

  await subscriber.subscribe(channel, (raw) => {
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(raw);
    } catch {
      return;
    }
    if (message.node === nodeId || typeof message.roundId !== 'string') return;
    const service = registry.loaded(message.roundId);
    if (!service) return;
    if (message.ask === true) {
      const ends = service.runningCountdowns();
      if (ends.length > 0) send({ roundId: message.roundId, ends });
    } else if (isEnds(message.ends)) {
      service.learnCountdowns(message.ends).then((sessions) => {
        for (const sessionId of sessions) publisher.agendaRefreshed(message.roundId as string, sessionId);
      }, () => undefined);
    }
  });

  registry.onLoad((service) => {
    if (service.countdownsUnknown()) send({ roundId: service.id, ask: true });
  });

  return {
    async stop() {
      await subscriber.unsubscribe(channel).catch(() => undefined);
    },
  };
}
