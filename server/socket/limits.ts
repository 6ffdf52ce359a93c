/**
 * The rate limiters: in memory on a single node, in Redis across nodes, so that a client cannot
 * multiply its budget by spreading over nodes. A socket lives on one node, so its own budget stays
 * in memory even in Redis mode. Keys expire by themselves and hold no contribution data; addresses
 * are kept only as keyed hashes.
 */
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisConnection } from '../store/redis-connection.js';
import type { RedisKeys } from '../store/redis-keys.js';

export interface RateLimits {
  /** Commands one socket may send per second. */
  commandsPerSocket: number;
  /** Commands one address may send per second: a whole conference can sit behind one Wi-Fi address. */
  commandsPerAddress: number;
  /** Wrong join codes or facilitator keys one address may send per minute before it must wait a minute. */
  wrongGuessesPerAddress: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  commandsPerSocket: 20,
  commandsPerAddress: 2000,
  wrongGuessesPerAddress: 10,
};

export interface Limiters {
  perSocket: RateLimiterAbstract;
  perAddress: RateLimiterAbstract;
  guesses: RateLimiterAbstract;
}

const GUESS_WINDOW_S = 60;

export function memoryLimiters(limits: RateLimits = DEFAULT_RATE_LIMITS): Limiters {
  return {
    perSocket: new RateLimiterMemory({ keyPrefix: 'cmd-socket', points: limits.commandsPerSocket, duration: 1 }),
    perAddress: new RateLimiterMemory({ keyPrefix: 'cmd-address', points: limits.commandsPerAddress, duration: 1 }),
    guesses: new RateLimiterMemory({ keyPrefix: 'guess', points: limits.wrongGuessesPerAddress, duration: GUESS_WINDOW_S, blockDuration: GUESS_WINDOW_S }),
  };
}

export function redisLimiters(client: RedisConnection, keys: RedisKeys, limits: RateLimits = DEFAULT_RATE_LIMITS): Limiters {
  // While Redis is away each node falls back to its own memory limiter rather than letting everything through.
  const fallback = memoryLimiters(limits);
  const shared = { storeClient: client, useRedisPackage: true, rejectIfRedisNotReady: true };
  return {
    perSocket: fallback.perSocket,
    perAddress: new RateLimiterRedis({
      ...shared,
      keyPrefix: keys.rateLimit('cmd-address'),
      points: limits.commandsPerAddress,
      duration: 1,
      insuranceLimiter: fallback.perAddress,
    }),
    guesses: new RateLimiterRedis({
      ...shared,
      keyPrefix: keys.rateLimit('guess'),
      points: limits.wrongGuessesPerAddress,
      duration: GUESS_WINDOW_S,
      blockDuration: GUESS_WINDOW_S,
      insuranceLimiter: fallback.guesses,
    }),
  };
}
