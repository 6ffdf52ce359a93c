/**
 * A computation written as a generator that pauses (yields) between pieces of work of a few
 * milliseconds at most. Run whole, it is an ordinary function call; run a slice at a time (see
 * server/realtime/sliced.ts), a long recompute leaves room for the messages queued behind it.
 */
export type Steps<T> = Generator<void, T, void>;

export function runWhole<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
