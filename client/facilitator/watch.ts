import { useStore } from '../store/index.js';
import { watchSession } from '../socket/commands.js';
import { clockOffset } from '../socket/listeners.js';
import { rememberSession } from './credentials.js';
import { retryRateLimited } from './retry.js';

/** Follows one session of the round, and remembers it so that reopening the link returns to it. */
export async function watch(sessionId: string): Promise<void> {
  const ack = await retryRateLimited(() => watchSession(sessionId));
  if (!ack.ok) return;
  useStore.setState({ watching: ack.snapshot, clockOffsetMs: clockOffset(ack.snapshot.serverNow) });
  const roundId = useStore.getState().credentials?.roundId;
  if (roundId) rememberSession(roundId, sessionId);
}
