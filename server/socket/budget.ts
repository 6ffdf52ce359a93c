/**
 * Budgets whose tokens can be given back: a join code takes a token before it is looked up and
 * returns it when it was right, so only wrong codes spend a budget. Implemented as token buckets
 * (token-bucket.ts).
 */
export type Taken = { ok: true; giveBack(): Promise<void> } | { ok: false; retryAfterMs: number };

export interface Budget {
  take(key: string): Promise<Taken>;
}

/** A token from every budget (each under its own key), or from none: what was taken is given back on a refusal. */
export async function takeAll(parts: readonly (readonly [Budget, string])[]): Promise<Taken> {
  const held: (() => Promise<void>)[] = [];
  const giveBack = async () => {
    await Promise.all(held.map((give) => give()));
  };
  for (const [budget, key] of parts) {
    const taken = await budget.take(key);
    if (!taken.ok) {
      await giveBack();
      return taken;
    }
    held.push(taken.giveBack);
  }
  return { ok: true, giveBack };
}
