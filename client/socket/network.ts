/**
 * Says "offline" as soon as the browser knows, instead of when Socket.IO gives up: at once on the browser's
 * `offline` event, and when the server's heartbeat goes missing (heartbeat.ts: about 12.5 s of silence).
 * Either way the transport is closed, so Socket.IO starts reconnecting at once and the `connect` listener
 * says "online" again when it is back.
 */
import { useStore } from '../store/index.js';
import { socket } from './connection.js';
import { watchHeartbeat, type Heartbeat } from './heartbeat.js';

let watching = false;
let heartbeat: Heartbeat | null = null;

function lost(): void {
  useStore.setState({ status: 'offline' });
  if (socket.connected) socket.io.engine?.close();
}

function listenToHeartbeat(): void {
  heartbeat = watchHeartbeat(socket.io.engine, lost);
}

export function watchNetwork(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('offline', lost);
  socket.io.on('open', listenToHeartbeat);
  if (socket.io.engine?.readyState === 'open') listenToHeartbeat();
  // A phone that slept kept its timers asleep too: the heartbeat is checked when the page is seen again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && heartbeat?.missed()) lost();
  });
}
