/**
 * Slows down guessing: wrong join codes and wrong facilitator keys are counted per address
 * (in memory, or in Redis across all nodes in Redis mode), and an address that guesses too often
 * is told to wait, whichever node it tries next.
 */
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { addressKeyOf } from './address.js';
import { RateLimited } from './errors.js';

export interface AttemptLimiter {
  /** Refuses early while the socket's address is blocked. */
  assertAllowed(socket: object): Promise<void>;
  /** Counts a failed attempt from the socket's address. */
  failed(socket: object): Promise<void>;
}

export function createAttemptLimiter(limiter: RateLimiterAbstract): AttemptLimiter {
  return {
    async assertAllowed(socket) {
      const res = await limiter.get(addressKeyOf(socket));
      if (res && res.consumedPoints > limiter.points) throw new RateLimited(res.msBeforeNext);
    },
    async failed(socket) {
      try {
        await limiter.consume(addressKeyOf(socket));
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new RateLimited(error.msBeforeNext);
        throw error;
      }
    },
  };
}
