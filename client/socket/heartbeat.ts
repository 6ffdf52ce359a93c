/**
 * Notices a silent network from Socket.IO's own heartbeat: the server pings every `HEARTBEAT.pingIntervalMs`
 * (shared/protocol/limits.ts, which the server's options use too), so no ping for that long plus half the
 * server's `pingTimeout` means nothing is getting through, whatever the browser believes about its connection.
 * Sooner than engine.io's own verdict, which waits for the whole interval plus the whole timeout.
 */
import { HEARTBEAT } from '../../shared/protocol/limits.js';

/** The part of engine.io's socket this needs: its `ping` and `close` events. */
export interface HeartbeatSource {
  on(event: 'ping' | 'close', listener: () => void): unknown;
}

export const SILENCE_LIMIT_MS = HEARTBEAT.pingIntervalMs + HEARTBEAT.pingTimeoutMs / 2;

export interface Heartbeat {
  /** Whether the last ping is older than the limit (timers sleep with the phone: checked again when it wakes). */
  missed(now?: number): boolean;
}

/** Calls `onSilent` once when a ping is overdue; stops when the transport closes. */
export function watchHeartbeat(engine: HeartbeatSource, onSilent: () => void): Heartbeat {
  let lastPing = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const expectPing = () => {
    lastPing = Date.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) onSilent();
    }, SILENCE_LIMIT_MS);
  };
  engine.on('ping', expectPing);
  engine.on('close', () => {
    closed = true;
    clearTimeout(timer);
  });
  expectPing();
  return { missed: (now = Date.now()) => !closed && now - lastPing > SILENCE_LIMIT_MS };
}
