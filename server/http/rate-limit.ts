/**
 * Creating rounds is limited per address and overall (across all nodes in Redis mode): each round
 * is a file on disk, or a stream in Redis. Over a budget the answer is `429` with `Retry-After` and
 * the same JSON error shape as every other API refusal.
 */
import type { NextFunction, Request, Response } from 'express';
import { takeAll, type Budget } from '../socket/budget.js';

export interface RequestBudgets {
  perAddress: Budget;
  overall: Budget;
  /** The keyed hash of the request's address (see server/socket/address.ts). */
  addressOf(req: Request): string;
}

export function limitRequests(budgets: RequestBudgets, what: string) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const taken = await takeAll([
      [budgets.perAddress, budgets.addressOf(req)],
      [budgets.overall, 'all'],
    ]);
    if (taken.ok) return next();
    const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
    res
      .status(429)
      .set('Retry-After', String(seconds))
      .json({ ok: false, error: { code: 'rate-limited', message: `Too many ${what} just now. Please wait ${seconds} s and try again.`, retryAfterMs: seconds * 1000 } });
  };
}
