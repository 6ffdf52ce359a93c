/**
 * Creating rounds is limited per address and overall: each round is a file on disk, or a stream in
 * Redis. The budgets are counted in each node's memory, in Redis mode too, so that no keyed hash of
 * an address is ever written next to a round's creation; with N nodes the limits are N times as
 * large. Over a budget the answer is `429` with `Retry-After` and the same JSON error shape as every
 * other API refusal.
 */
import type { NextFunction, Request, Response } from 'express';
import type { MemoryBuckets } from '../socket/token-bucket.js';

export interface RequestBudgets {
  perAddress: MemoryBuckets;
  overall: MemoryBuckets;
  /** The keyed hash of the request's address (see server/socket/address.ts). */
  addressOf(req: Request): string;
}

export function limitRequests(budgets: RequestBudgets, what: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const address = budgets.addressOf(req);
    // Checked and spent in one step: in memory nothing can come in between.
    const waitMs = Math.max(budgets.perAddress.msUntil(address, 1), budgets.overall.msUntil('all', 1));
    if (waitMs === 0) {
      budgets.perAddress.spend(address);
      budgets.overall.spend('all');
      return next();
    }
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    res
      .status(429)
      .set('Retry-After', String(seconds))
      .json({ ok: false, error: { code: 'rate-limited', message: `Too many ${what} just now. Please wait ${seconds} s and try again.`, retryAfterMs: seconds * 1000 } });
  };
}
