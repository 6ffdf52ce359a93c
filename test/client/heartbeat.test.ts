/** A phone takes its network as gone when the server's pings stop, well before engine.io's own 15 s verdict. */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT } from '../../shared/protocol/limits.js';
import { SILENCE_LIMIT_MS, watchHeartbeat } from '../../client/socket/heartbeat.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the heartbeat watch', () => {
  it('stays quiet while pings arrive on time', () => {
    const engine = new EventEmitter();
    const silent = vi.fn();
    watchHeartbeat(engine, silent);
    for (let n = 0; n < 10; n++) {
      vi.advanceTimersByTime(HEARTBEAT.pingIntervalMs);
      engine.emit('ping');
    }
    expect(silent).not.toHaveBeenCalled();
  });

  it('says the network is silent once a ping is overdue, within 15 s of the last one, and only once', () => {
    const engine = new EventEmitter();
    const silent = vi.fn();
    const heartbeat = watchHeartbeat(engine, silent);
    vi.advanceTimersByTime(HEARTBEAT.pingIntervalMs);
    engine.emit('ping');
    vi.advanceTimersByTime(SILENCE_LIMIT_MS - 1);
    expect(silent).not.toHaveBeenCalled();
    expect(heartbeat.missed()).toBe(false);
    vi.advanceTimersByTime(2);
    expect(silent).toHaveBeenCalledTimes(1);
    expect(heartbeat.missed()).toBe(true);
    expect(SILENCE_LIMIT_MS).toBeLessThan(15_000);
    vi.advanceTimersByTime(60_000);
    expect(silent).toHaveBeenCalledTimes(1);
  });

  it('stops watching when the transport closes', () => {
    const engine = new EventEmitter();
    const silent = vi.fn();
    const heartbeat = watchHeartbeat(engine, silent);
    engine.emit('close');
    vi.advanceTimersByTime(60_000);
    expect(silent).not.toHaveBeenCalled();
    expect(heartbeat.missed()).toBe(false);
  });
});
