/**
 * The Redis store: every node of a deployment shares the log, the join codes, the rosters and the
 * secret of the keyed hashes. While Redis is unreachable each call rejects at once, so nothing is
 * acknowledged that was not stored; the connections come back by themselves.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger.js';
import { closeQuietly, connectRedis, duplicateConnection, type RedisConnection } from './redis-connection.js';
import { StreamFollower } from './redis-follow.js';
import { redisKeys, type RedisKeys } from './redis-keys.js';
import { RedisEventLog } from './redis-log.js';
import { RedisRoster } from './redis-roster.js';
import type { JoinCodeIndex, SessionRef, Store } from './types.js';

export interface RedisStoreOptions {
  url: string;
  prefix: string;
  logger: Logger;
  secretFromEnv?: string;
}

export interface RedisStore extends Store {
  kind: 'redis';
  log: RedisEventLog;
  roster: RedisRoster;
  client: RedisConnection;
  keys: RedisKeys;
}

class RedisJoinCodes implements JoinCodeIndex {
  constructor(
    private readonly client: RedisConnection,
    private readonly keys: RedisKeys,
  ) {}

  async claim(code: string, ref: SessionRef): Promise<boolean> {
    return (await this.client.hSetNX(this.keys.joinCodes, code, JSON.stringify(ref))) === 1;
  }

  async resolve(code: string): Promise<SessionRef | null> {
    const raw = await this.client.hGet(this.keys.joinCodes, code);
    return raw ? (JSON.parse(raw) as SessionRef) : null;
  }
}

/** The first node to start makes the secret; every later node reads the same one. */
async function sharedSecret(client: RedisConnection, keys: RedisKeys, fromEnv?: string): Promise<Buffer> {
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  await client.set(keys.secret, randomBytes(32).toString('base64'), { condition: 'NX' });
  const stored = await client.get(keys.secret);
  if (!stored) throw new Error('redis lost the shared secret while starting');
  return Buffer.from(stored, 'base64');
}

export async function openRedisStore(options: RedisStoreOptions): Promise<RedisStore> {
  const { url, prefix, logger } = options;
  const keys = redisKeys(prefix);
  const client = await connectRedis({ url, logger, role: 'store' });
  const reader = await duplicateConnection(client, logger, 'log follower');
  const follower = new StreamFollower(reader, client, keys, logger);
  const log = new RedisEventLog(client, follower, keys);
  const secret = await sharedSecret(client, keys, options.secretFromEnv ?? process.env.CONCERT_SECRET);
  const roster = new RedisRoster(client, keys);
  return {
    kind: 'redis',
    log,
    joinCodes: new RedisJoinCodes(client, keys),
    roster,
    secret,
    client,
    keys,
    async release(roundId) {
      log.release(roundId);
    },
    async close() {
      await roster.stop();
      await log.close();
      await closeQuietly(client);
    },
  };
}
