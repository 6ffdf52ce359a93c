/**
 * Token buckets: `capacity` tokens at once, refilled at `perMinute`; a token given back returns to
 * the bucket, never beyond its capacity. Unlike fixed windows they never let twice the rate through
 * across a window's edge, and a refused attempt costs nothing, so a token given back is at once
 * there for the next attempt. In Redis one Lua script takes or gives back atomically, on Redis's
 * clock, for all nodes; while Redis is away each node falls back to its own buckets in memory.
 */
import type { RedisConnection } from '../store/redis-connection.js';
import { runScript, script } from '../store/redis-scripts.js';
import type { Budget, Taken } from './budget.js';

export interface BucketShape {
  capacity: number;
  perMinute: number;
}

interface BucketState {
  tokens: number;
  at: number;
}

const SWEEP_EVERY = 1000;

/** Refills the bucket up to `now`, then takes one token (delta -1) or gives one back (+1); returns the wait when empty. */
function step(state: BucketState | undefined, shape: BucketShape, now: number, delta: -1 | 1): { state: BucketState; waitMs: number } {
  const perMs = shape.perMinute / 60_000;
  const tokens = Math.min(shape.capacity, state ? state.tokens + (now - state.at) * perMs : shape.capacity);
  if (delta === 1) return { state: { tokens: Math.min(shape.capacity, tokens + 1), at: now }, waitMs: 0 };
  if (tokens >= 1) return { state: { tokens: tokens - 1, at: now }, waitMs: 0 };
  return { state: { tokens, at: now }, waitMs: Math.ceil((1 - tokens) / perMs) };
}

export class MemoryBuckets implements Budget {
  private readonly buckets = new Map<string, BucketState>();
  private operations = 0;

  constructor(
    private readonly shape: BucketShape,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string): Promise<Taken> {
    const waitMs = this.apply(key, -1);
    return waitMs > 0 ? { ok: false, retryAfterMs: waitMs } : { ok: true, giveBack: async () => void this.apply(key, 1) };
  }

  private apply(key: string, delta: -1 | 1): number {
    if (++this.operations % SWEEP_EVERY === 0) this.sweep();
    const { state, waitMs } = step(this.buckets.get(key), this.shape, this.now(), delta);
    // A full bucket is the same as no bucket: forget it, so the map only holds addresses that used some budget lately.
    if (state.tokens >= this.shape.capacity) this.buckets.delete(key);
    else this.buckets.set(key, state);
    return waitMs;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, state] of this.buckets) {
      if (step(state, this.shape, now, 1).state.tokens >= this.shape.capacity) this.buckets.delete(key);
    }
  }
}

/**
 * KEYS: the bucket. ARGV: capacity, tokens per millisecond, -1 to take or 1 to give back.
 * Returns 0 when done, or how many milliseconds until a token is there. The same arithmetic as `step`.
 */
const TOKEN_BUCKET = script(`
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local delta = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = capacity
if state[1] then tokens = math.min(capacity, tonumber(state[1]) + (now - tonumber(state[2])) * perMs) end
local wait = 0
if delta > 0 then
  tokens = math.min(capacity, tokens + 1)
elseif tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.ceil((1 - tokens) / perMs)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perMs) + 1000)
return wait
`);

export class RedisBuckets implements Budget {
  private readonly fallback: MemoryBuckets;

  constructor(
    private readonly client: RedisConnection,
    private readonly keyPrefix: string,
    private readonly shape: BucketShape,
  ) {
    this.fallback = new MemoryBuckets(shape);
  }

  async take(key: string): Promise<Taken> {
    let waitMs: number;
    try {
      waitMs = await this.run(key, -1);
    } catch {
      return this.fallback.take(key);
    }
    if (waitMs > 0) return { ok: false, retryAfterMs: waitMs };
    // A token that cannot be given back while Redis is away is lost until the bucket refills: the safe side.
    return { ok: true, giveBack: () => this.run(key, 1).then(() => undefined, () => undefined) };
  }

  private async run(key: string, delta: -1 | 1): Promise<number> {
    const args = [String(this.shape.capacity), String(this.shape.perMinute / 60_000), String(delta)];
    return Number(await runScript(this.client, TOKEN_BUCKET, [`${this.keyPrefix}:${key}`], args));
  }
}
