/**
 * Per-socket and per-address command rates. A client over its budget is refused with
 * `rate-limited` and told how long to wait; nothing it sent meanwhile is applied.
 */
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { addressKeyOf } from './address.js';
import type { CommandGuard } from './command.js';
import { RateLimited } from './errors.js';

export interface GuardLimiters {
  perSocket: RateLimiterAbstract;
  perAddress: RateLimiterAbstract;
}

export function createCommandGuard(limiters: GuardLimiters): CommandGuard {
  return {
    async check(socket) {
      try {
        await limiters.perSocket.consume(socket.id);
        await limiters.perAddress.consume(addressKeyOf(socket));
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new RateLimited(error.msBeforeNext);
        throw error;
      }
    },
  };
}
