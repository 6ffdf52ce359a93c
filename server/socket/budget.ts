/**
 * Budgets of wrong guesses, checked first and spent only when a guess was wrong: a right join code,
 * or an attempt refused before its lookup, writes nothing. Implemented as token buckets
 * (token-bucket.ts); the check only reads, so in Redis mode it leaves nothing in the append-only file.
 */
export interface Budget {
  /** Milliseconds until `needed` tokens are there under `key`, 0 when they are now. Changes nothing. */
  msUntil(key: string, needed: number): number | Promise<number>;
  /** Takes one token, into debt if another node took the last one meanwhile: a debt is repaid by waiting. */
  spend(key: string): void | Promise<void>;
}
