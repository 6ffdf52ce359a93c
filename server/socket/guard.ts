/**
 * Per-socket and per-address command rates. An address gets a much larger budget than a phone:
 * a whole conference can sit behind one Wi-Fi address.
 */
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { CommandGuard } from './command.js';
import { RateLimited } from './errors.js';

export interface GuardLimiters {
  perSocket: RateLimiterAbstract;
  perAddress: RateLimiterAbstract;
}

export function memoryGuardLimiters(): GuardLimiters {
  return {
    perSocket: new RateLimiterMemory({ keyPrefix: 'cmd-socket', points: 20, duration: 1 }),
    perAddress: new RateLimiterMemory({ keyPrefix: 'cmd-address', points: 2000, duration: 1 }),
  };
}

export function createCommandGuard(limiters: GuardLimiters = memoryGuardLimiters()): CommandGuard {
  return {
    async check(socket) {
      try {
        await limiters.perSocket.consume(socket.id);
        await limiters.perAddress.consume(socket.handshake.address);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new RateLimited(error.msBeforeNext);
        throw error;
      }
    },
  };
}
