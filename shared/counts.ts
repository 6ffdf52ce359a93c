/**
 * Counts keyed by ids people choose (a round's convergence tags). They travel as JSON objects, so
 * they are objects, but never plain ones: assigning a key "__proto__" to `{}` loses it, and reading
 * `{}["constructor"]` finds a function. Build them with `newCounts` (no prototype) and read them
 * with `countOf` (own keys only), which is also safe on an object that came off the wire.
 */
export type Counts = Record<string, number>;

export function newCounts(entries: Iterable<readonly [string, number]> = []): Counts {
  const counts: Counts = Object.create(null);
  for (const [key, n] of entries) counts[key] = n;
  return counts;
}

export function countOf(counts: Readonly<Counts> | null | undefined, key: string): number {
  return counts && Object.hasOwn(counts, key) ? counts[key] : 0;
}
