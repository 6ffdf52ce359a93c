import type { Ack } from '../../shared/protocol/result.js';

const TRIES = 4;

/**
 * Sends a command again, unchanged, while it is refused as rate-limited, after the wait the server names
 * (the protocol's advice). The console meets the limit when quick shortcuts coincide with its re-reading of
 * the session after each change; a re-read that gave up would leave the console showing an old state.
 */
export async function retryRateLimited<T extends Ack<object>>(action: () => Promise<T>): Promise<T> {
  let ack = await action();
  for (let tries = 1; !ack.ok && ack.error.code === 'rate-limited' && tries < TRIES; tries++) {
    const wait = ack.ok ? 0 : (ack.error.retryAfterMs ?? 1000);
    await new Promise((resolve) => setTimeout(resolve, wait));
    ack = await action();
  }
  return ack;
}
