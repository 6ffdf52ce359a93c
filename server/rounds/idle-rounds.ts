/**
 * Lets go of the rounds nobody uses: every so often, each loaded round that no socket of this node
 * holds and that nothing asked for in the last `idleMs` is evicted from the registry.
 */
import type { RoundRegistry } from './registry.js';

/** How often to look, at most: a round is let go of between idleMs and idleMs plus this. */
const MAX_SWEEP_MS = 60_000;

export function evictIdleRounds(registry: RoundRegistry, inUse: () => ReadonlySet<string>, idleMs: number): { stop(): void } {
  let sweeping = false;
  const timer = setInterval(
    () => {
      if (sweeping) return;
      sweeping = true;
      registry
        .evictIdle(inUse(), idleMs)
        .catch(() => undefined)
        .finally(() => (sweeping = false));
    },
    Math.min(Math.max(idleMs / 2, 10), MAX_SWEEP_MS),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
