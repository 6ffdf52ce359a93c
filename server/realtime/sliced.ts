/**
 * Runs a computation written as steps (server/synthesis/steps.ts) a slice at a time: at most
 * `sliceMs` of work, then the event loop gets a turn, so that messages keep flowing while a long
 * recompute runs. Resolves with the result and the time spent computing, or null if cancelled.
 */
import type { Steps } from '../synthesis/steps.js';

export function runSliced<T>(steps: Steps<T>, sliceMs: number, cancelled: () => boolean = () => false): Promise<{ value: T; busyMs: number } | null> {
  return new Promise((resolve, reject) => {
    let busyMs = 0;
    const slice = () => {
      if (cancelled()) return resolve(null);
      const started = performance.now();
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) {
            busyMs += performance.now() - started;
            return resolve({ value: step.value, busyMs });
          }
          if (performance.now() - started >= sliceMs) break;
        }
      } catch (error) {
        return reject(error);
      }
      busyMs += performance.now() - started;
      setImmediate(slice);
    };
    slice();
  });
}
