/**
 * The rate limiters: in memory on a single node; wrong guesses in Redis across nodes, so that a
 * guesser cannot multiply its budget by spreading over nodes. Everything else stays in each node's
 * memory even in Redis mode, so its limits are per node: a budget written to Redis would put, in
 * Redis's append-only file, a keyed hash of the sender's address and a time right next to what it did
 * (the holder of the secret can try every IPv4 address against the hash). Only a wrong typed code
 * writes to Redis: its keys expire by themselves and hold no contribution data.
 * The reasoning behind the numbers is in docs/operations.md.
 */
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { RedisConnection } from '../store/redis-connection.js';
import type { RedisKeys } from '../store/redis-keys.js';
import type { Budget } from './budget.js';
import { MemoryBuckets, RedisBuckets, type BucketShape } from './token-bucket.js';

export interface RateLimits {
  /** Commands one socket may send per second. */
  commandsPerSocket: number;
  /** Commands one address may send per second: a whole conference can sit behind one Wi-Fi address. */
  commandsPerAddress: number;
  /** Typed join codes that were wrong, from one address. */
  wrongCodesPerAddress: BucketShape;
  /** Typed join codes that were wrong, from everyone together, across all nodes. */
  wrongCodesOverall: BucketShape;
  /** How long a typed code waits for a token when a budget is empty before it is refused with `rate-limited`. */
  guessWaitMs: number;
  /** Rounds created from one address, and by everyone together, on each node. */
  roundsPerAddress: BucketShape;
  roundsOverall: BucketShape;
}

/** A budget of wrong codes: `perMinute`, with a burst of two minutes' worth. */
const wrongCodes = (perMinute: number): BucketShape => ({ capacity: 2 * perMinute, perMinute });
/** A budget of rounds: `perTenMinutes` at once if need be, refilled over ten minutes. */
const rounds = (perTenMinutes: number): BucketShape => ({ capacity: perTenMinutes, perMinute: perTenMinutes / 10 });

export const DEFAULT_RATE_LIMITS: RateLimits = {
  commandsPerSocket: 20,
  commandsPerAddress: 2000,
  wrongCodesPerAddress: wrongCodes(15),
  wrongCodesOverall: wrongCodes(120),
  guessWaitMs: 10_000,
  roundsPerAddress: rounds(20),
  roundsOverall: rounds(100),
};

export function limitsFromConfig(config: Config): Partial<RateLimits> {
  const limits: Partial<RateLimits> = {};
  if (config.RATE_COMMANDS_PER_SOCKET) limits.commandsPerSocket = config.RATE_COMMANDS_PER_SOCKET;
  if (config.RATE_COMMANDS_PER_ADDRESS) limits.commandsPerAddress = config.RATE_COMMANDS_PER_ADDRESS;
  if (config.RATE_WRONG_GUESSES_PER_ADDRESS) limits.wrongCodesPerAddress = wrongCodes(config.RATE_WRONG_GUESSES_PER_ADDRESS);
  if (config.RATE_WRONG_GUESSES_OVERALL) limits.wrongCodesOverall = wrongCodes(config.RATE_WRONG_GUESSES_OVERALL);
  if (config.RATE_ROUNDS_PER_ADDRESS) limits.roundsPerAddress = rounds(config.RATE_ROUNDS_PER_ADDRESS);
  if (config.RATE_ROUNDS_OVERALL) limits.roundsOverall = rounds(config.RATE_ROUNDS_OVERALL);
  return limits;
}

export interface Limiters {
  perSocket: RateLimiterAbstract;
  perAddress: RateLimiterAbstract;
  wrongCodesPerAddress: Budget;
  wrongCodesOverall: Budget;
  roundsPerAddress: MemoryBuckets;
  roundsOverall: MemoryBuckets;
}

const memoryLimiter = (keyPrefix: string, points: number) => new RateLimiterMemory({ keyPrefix, points, duration: 1 });

export function memoryLimiters(limits: RateLimits = DEFAULT_RATE_LIMITS): Limiters {
  return {
    perSocket: memoryLimiter('cmd-socket', limits.commandsPerSocket),
    perAddress: memoryLimiter('cmd-address', limits.commandsPerAddress),
    wrongCodesPerAddress: new MemoryBuckets(limits.wrongCodesPerAddress),
    wrongCodesOverall: new MemoryBuckets(limits.wrongCodesOverall),
    roundsPerAddress: new MemoryBuckets(limits.roundsPerAddress),
    roundsOverall: new MemoryBuckets(limits.roundsOverall),
  };
}

export function redisLimiters(client: RedisConnection, keys: RedisKeys, limits: RateLimits = DEFAULT_RATE_LIMITS): Limiters {
  const buckets = (name: string, shape: BucketShape) => new RedisBuckets(client, keys.rateLimit(name), shape);
  return {
    ...memoryLimiters(limits),
    wrongCodesPerAddress: buckets('wrong-codes-address', limits.wrongCodesPerAddress),
    wrongCodesOverall: buckets('wrong-codes-all', limits.wrongCodesOverall),
  };
}
