/**
 * Paces the evaluation of typed join codes. Before a code is looked up it takes a token from its
 * address's budget and from the overall budget (shared by all nodes in Redis mode); a right code
 * gives both back, so only wrong codes spend them. With a budget empty the attempt waits for a
 * token, woken as soon as another attempt on this node gives one back and otherwise checking again
 * every few hundred milliseconds, and is refused with `rate-limited` once `waitMs` has passed.
 * A code is only looked up with both tokens in hand, so however many codes arrive at once, no more of
 * them can turn out wrong than the budgets allow.
 */
import { takeAll, type Budget, type Taken } from './budget.js';
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
  private readonly waiters: Waiter[] = [];
  private readonly maxWaiting: number;

  constructor(private readonly options: GuessPacerOptions) {
    this.maxWaiting = options.maxWaitingPerAddress ?? 100;
  }

  /**
   * Runs `lookup` once both budgets have a token for it. The tokens are kept when it finds nothing
   * (a wrong code) and given back otherwise. One attempt at a time per connection.
   */
  async evaluate<T>(connection: { connected: boolean }, addressKey: string, lookup: () => Promise<T | null>): Promise<T | null> {
    if (this.evaluating.has(connection)) {
      throw new RateLimited(1000, 'This connection is already checking a join code. Wait for its answer.');
    }
    this.evaluating.add(connection);
    try {
      const giveBack = await this.waitForTokens(connection, addressKey);
      let found: T | null;
      try {
        found = await lookup();
      } catch (error) {
        // The lookup failed (storage away): that was no guess, so its tokens go back.
        await this.release(addressKey, giveBack).catch(() => undefined);
        throw error;
      }
      if (found !== null) await this.release(addressKey, giveBack);
      return found;
    } finally {
      this.evaluating.delete(connection);
    }
  }

  private async waitForTokens(connection: { connected: boolean }, addressKey: string): Promise<() => Promise<void>> {
    const deadline = Date.now() + this.options.waitMs;
    for (;;) {
      const taken: Taken = await takeAll([
        [this.options.perAddress, addressKey],
        [this.options.overall, OVERALL_KEY],
      ]);
      if (taken.ok) return taken.giveBack;
      const left = deadline - Date.now();
      if (left <= 0 || !connection.connected || this.waitingFrom(addressKey) >= this.maxWaiting) {
        const retryAfterMs = Math.min(60_000, Math.max(1000, taken.retryAfterMs));
        throw new RateLimited(retryAfterMs, PACED_MESSAGE(Math.ceil(retryAfterMs / 1000)));
      }
      await this.sleep(addressKey, Math.min(left, POLL_MIN_MS + Math.random() * POLL_SPREAD_MS));
    }
  }

  private async release(addressKey: string, giveBack: () => Promise<void>): Promise<void> {
    await giveBack();
    // The oldest attempt from the same address is the likeliest to use the token; else the oldest of any.
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
