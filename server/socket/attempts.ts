/**
 * Slows down guessing: wrong join codes and wrong facilitator keys are counted per address,
 * in memory only (Redis in Redis mode), and an address that guesses too often is told to wait.
 */
import { RateLimiterMemory, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimited } from './errors.js';

export interface AttemptLimiter {
  /** Refuses early while an address is blocked. */
  assertAllowed(address: string): Promise<void>;
  /** Counts a failed attempt. */
  failed(address: string): Promise<void>;
}

export function createAttemptLimiter(limiter: RateLimiterAbstract = new RateLimiterMemory({ keyPrefix: 'guess', points: 10, duration: 60, blockDuration: 60 })): AttemptLimiter {
  return {
    async assertAllowed(address) {
      const res = await limiter.get(address);
      if (res && res.consumedPoints > limiter.points) throw new RateLimited(res.msBeforeNext);
    },
    async failed(address) {
      try {
        await limiter.consume(address);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new RateLimited(error.msBeforeNext);
        throw error;
      }
    },
  };
}
