/**
 * Says "offline" as soon as the browser knows, instead of when Socket.IO's heartbeat gives up (up to
 * 45 s with the server's defaults): on the browser's `offline` event, and when a light probe of the
 * server fails. Either way the transport is closed, so Socket.IO starts reconnecting at once and the
 * `connect` listener says "online" again when it is back.
 */
import { useStore } from '../store/index.js';
import { socket } from './connection.js';

const PROBE_EVERY_MS = 10_000;
const PROBE_TIMEOUT_MS = 4_000;
let watching = false;

function lost(): void {
  useStore.setState({ status: 'offline' });
  if (socket.connected) socket.io.engine?.close();
}

/** One probe: whether the server answered its health check in time. */
export async function serverAnswers(fetcher: typeof fetch = fetch, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  try {
    const response = await fetcher('/healthz', { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}

export function watchNetwork(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('offline', lost);
  setInterval(async () => {
    if (document.visibilityState !== 'visible' || useStore.getState().status === 'offline') return;
    if (!navigator.onLine || !(await serverAnswers())) lost();
  }, PROBE_EVERY_MS);
}
