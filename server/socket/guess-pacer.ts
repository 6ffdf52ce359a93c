/**
 * Paces the evaluation of typed join codes. A code is looked up only once its address's budget and
 * the overall budget (shared by all nodes in Redis mode) hold a token for it and for every attempt
 * already being looked up on this node, whose outcome is not known yet; a wrong code then spends one
 * token of each. Checking only reads, so a right code, or an attempt refused while waiting, writes
 * nothing anywhere. On one node no more codes can turn out wrong than the budgets allow, however many
 * arrive at once; across nodes the excess is bounded by the attempts in flight elsewhere, and is
 * repaid as debt. With a budget short the attempt waits, woken as soon as an attempt on this node
 * ends without spending and otherwise checking again every few hundred milliseconds, and is refused
 * with `rate-limited` once `waitMs` has passed.
 */
import type { Budget } from './budget.js';
import { RateLimited } from './errors.js';

export interface GuessPacerOptions {
  perAddress: Budget;
  overall: Budget;
  waitMs: number;
  /** Attempts one address may have waiting on this node; beyond that they are refused at once. */
  maxWaitingPerAddress?: number;
}

interface Waiter {
  addressKey: string;
  wake(): void;
}

const OVERALL_KEY = 'all';
const POLL_MIN_MS = 200;
const POLL_SPREAD_MS = 300;

const PACED_MESSAGE = (seconds: number) =>
  `Many join codes are being tried just now. Scanning the session's QR code gets you in at once; otherwise please wait ${seconds} s.`;

export class GuessPacer {
  private readonly evaluating = new WeakSet<object>();
  /** Attempts on this node that passed their check, or are being checked, and have not ended: per address, and in all. */
  private readonly inFlight = new Map<string, number>();
  private inFlightOverall = 0;
  private readonly waiters: Waiter[] = [];
  private readonly maxWaiting: number;

  constructor(private readonly options: GuessPacerOptions) {
    this.maxWaiting = options.maxWaitingPerAddress ?? 100;
  }

  /** Runs `lookup` once both budgets allow it; a wrong code (`null`) spends a token of each. One attempt at a time per connection. */
  async evaluate<T>(connection: { connected: boolean }, addressKey: string, lookup: () => Promise<T | null>): Promise<T | null> {
    if (this.evaluating.has(connection)) {
      throw new RateLimited(1000, 'This connection is already checking a join code. Wait for its answer.');
    }
    this.evaluating.add(connection);
    try {
      await this.waitForBudgets(connection, addressKey);
      let spent = false;
      try {
        const found = await lookup();
        if (found === null) {
          // Spent before the attempt leaves the count, so that no check made meanwhile misses it.
          await Promise.all([this.options.perAddress.spend(addressKey), this.options.overall.spend(OVERALL_KEY)]);
          spent = true;
        }
        return found;
      } finally {
        // A right code, or a lookup that failed (storage away, no guess), spent nothing: the next attempt may use its room.
        this.leave(addressKey);
        if (!spent) this.wakeOne(addressKey);
      }
    } finally {
      this.evaluating.delete(connection);
    }
  }

  /** Returns once the attempt is counted in flight with both budgets allowing it; refuses once `waitMs` has passed. */
  private async waitForBudgets(connection: { connected: boolean }, addressKey: string): Promise<void> {
    const deadline = Date.now() + this.options.waitMs;
    for (;;) {
      const waitMs = await this.tryToEnter(addressKey);
      if (waitMs === 0) return;
      const left = deadline - Date.now();
      if (left <= 0 || !connection.connected || this.waitingFrom(addressKey) >= this.maxWaiting) {
        const retryAfterMs = Math.min(60_000, Math.max(1000, waitMs));
        throw new RateLimited(retryAfterMs, PACED_MESSAGE(Math.ceil(retryAfterMs / 1000)));
      }
      await this.sleep(addressKey, Math.min(left, POLL_MIN_MS + Math.random() * POLL_SPREAD_MS));
    }
  }

  /**
   * Counts the attempt in flight, then asks each budget for a token per attempt in flight, its own
   * included. The counts are taken before the check is sent, so attempts checked side by side ask for
   * one token more each. Returns 0 with the attempt counted, or the time to wait with it uncounted.
   */
  private async tryToEnter(addressKey: string): Promise<number> {
    const [fromAddress, overall] = this.enter(addressKey);
    let waitMs = Number.POSITIVE_INFINITY;
    try {
      const waits = await Promise.all([this.options.perAddress.msUntil(addressKey, fromAddress), this.options.overall.msUntil(OVERALL_KEY, overall)]);
      waitMs = Math.max(...waits);
    } finally {
      if (waitMs !== 0) this.leave(addressKey);
    }
    return waitMs;
  }

  private enter(addressKey: string): [number, number] {
    const fromAddress = (this.inFlight.get(addressKey) ?? 0) + 1;
    this.inFlight.set(addressKey, fromAddress);
    return [fromAddress, ++this.inFlightOverall];
  }

  private leave(addressKey: string): void {
    const fromAddress = (this.inFlight.get(addressKey) ?? 1) - 1;
    if (fromAddress === 0) this.inFlight.delete(addressKey);
    else this.inFlight.set(addressKey, fromAddress);
    this.inFlightOverall--;
  }

  /** The oldest attempt from the same address is the likeliest to get in; else the oldest of any. */
  private wakeOne(addressKey: string): void {
    const index = Math.max(0, this.waiters.findIndex((w) => w.addressKey === addressKey));
    this.waiters[index]?.wake();
  }

  private waitingFrom(addressKey: string): number {
    return this.waiters.reduce((n, w) => n + (w.addressKey === addressKey ? 1 : 0), 0);
  }

  private sleep(addressKey: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const waiter: Waiter = {
        addressKey,
        wake: () => {
          clearTimeout(timer);
          const at = this.waiters.indexOf(waiter);
          if (at !== -1) this.waiters.splice(at, 1);
          resolve();
        },
      };
      const timer = setTimeout(waiter.wake, ms);
      this.waiters.push(waiter);
    });
  }
}
