/**
 * Token buckets: `capacity` tokens at once, refilled at `perMinute`. Unlike fixed windows they never
 * let twice the rate through across a window's edge. Asking how long until some tokens are there
 * changes nothing; only spending writes, and a spend may leave the bucket in debt (below zero),
 * which then takes longer to refill. In Redis one script reads (HMGET and TIME, so nothing reaches
 * the append-only file) and another spends, both on Redis's clock, for all nodes; while Redis is
 * away each node falls back to its own buckets in memory.
 */
import type { RedisConnection } from '../store/redis-connection.js';
import type { Budget } from './budget.js';

export interface BucketShape {
  capacity: number;
  perMinute: number;
}

interface BucketState {
  tokens: number;
  at: number;
}

const SWEEP_EVERY = 1000;

const perMsOf = (shape: BucketShape) => shape.perMinute / 60_000;

function tokensAt(state: BucketState | undefined, shape: BucketShape, now: number): number {
  return state ? Math.min(shape.capacity, state.tokens + (now - state.at) * perMsOf(shape)) : shape.capacity;
}

function msUntilTokens(tokens: number, needed: number, shape: BucketShape): number {
  return tokens >= needed ? 0 : Math.ceil((needed - tokens) / perMsOf(shape));
}

/** Buckets in this node's memory. Its answers are immediate, so a check and a spend can run as one step. */
export class MemoryBuckets implements Budget {
  private readonly buckets = new Map<string, BucketState>();
  private spends = 0;

  constructor(
    private readonly shape: BucketShape,
    private readonly now: () => number = Date.now,
  ) {}

  msUntil(key: string, needed: number): number {
    return msUntilTokens(tokensAt(this.buckets.get(key), this.shape, this.now()), needed, this.shape);
  }

  spend(key: string): void {
    if (++this.spends % SWEEP_EVERY === 0) this.sweep();
    const now = this.now();
    this.buckets.set(key, { tokens: tokensAt(this.buckets.get(key), this.shape, now) - 1, at: now });
  }

  /** A full bucket is the same as no bucket: forget it, so the map only holds addresses that spent lately. */
  private sweep(): void {
    const now = this.now();
    for (const [key, state] of this.buckets) {
      if (tokensAt(state, this.shape, now) >= this.shape.capacity) this.buckets.delete(key);
    }
  }
}

export class RedisBuckets implements Budget {
  private readonly fallback: MemoryBuckets;

  constructor(
    private readonly client: RedisConnection,
    private readonly keyPrefix: string,
    private readonly shape: BucketShape,
  ) {
    this.fallback = new MemoryBuckets(shape);
  }

  async msUntil(key: string, needed: number): Promise<number> {
    try {
      return await this.client.bucketMsUntil([this.keyOf(key)], [...this.shapeArgs(), String(needed)]);
    } catch {
      return this.fallback.msUntil(key, needed);
    }
  }

  async spend(key: string): Promise<void> {
    try {
      await this.client.bucketSpend([this.keyOf(key)], this.shapeArgs());
    } catch {
      this.fallback.spend(key);
    }
  }

  private keyOf(key: string): string {
    return `${this.keyPrefix}:${key}`;
  }

  private shapeArgs(): string[] {
    return [String(this.shape.capacity), String(perMsOf(this.shape))];
  }
}
