import { beforeEach, describe, expect, it, vi } from 'vitest';

type Ack = Record<string, unknown>;

/** Every command the page sent, answered by the test as a server would. */
const sent: { name: string; payload: Record<string, unknown>; timeoutMs: number; answer: (ack: Ack) => void }[] = [];
const socket = {
  connected: true,
  timeout: (timeoutMs: number) => ({
    emitWithAck: (name: string, payload: Record<string, unknown>) => new Promise<Ack>((answer) => sent.push({ name, payload, timeoutMs, answer })),
  }),
};
vi.mock('../../client/socket/connection.js', () => ({ socket }));
vi.mock('../../client/socket/outbox.js', () => ({ flushOutbox: vi.fn(async () => undefined) }));

const storage = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (key: string) => storage.get(key) ?? null,
  setItem: (key: string, value: string) => void storage.set(key, value),
});
const location = { pathname: '/', hash: '' };
vi.stubGlobal('window', { location });

const { joinSession, watchProjector, watchSession } = await import('../../client/socket/commands.js');
const { retryWhenPaced, setEntry } = await import('../../client/socket/listeners.js');
const { resetStore, useStore } = await import('../../client/store/index.js');

const snapshot = { session: { id: 's1', joinCode: 'ABC234' } };

beforeEach(() => {
  sent.length = 0;
  storage.clear();
  resetStore();
  Object.assign(location, { pathname: '/', hash: '' });
});

describe('entering a session with its join key', () => {
  it('sends the key of the link the page was opened with, then the key the server gave, on every later entry', async () => {
    Object.assign(location, { pathname: '/join/ABC234', hash: '#k=link-key-from-the-qr-code' });
    const first = joinSession('ABC234', 'token', null);
    expect(sent[0]).toMatchObject({ name: 'participant:join', payload: { joinCode: 'ABC234', joinKey: 'link-key-from-the-qr-code' } });
    // A typed code may wait on the server for a while: the page waits longer than that.
    expect(sent[0].timeoutMs).toBeGreaterThan(10_000);
    sent[0].answer({ ok: true, snapshot, joinKey: 'key-from-the-server' });
    await first;
    expect(useStore.getState().joinKeys).toEqual({ ABC234: 'key-from-the-server' });

    Object.assign(location, { pathname: '/join/ABC234', hash: '' });
    void joinSession('ABC234', 'token', null);
    expect(sent[1].payload.joinKey).toBe('key-from-the-server');
  });

  it('sends no key with a typed code it has none for, and none from a link to another code', async () => {
    Object.assign(location, { pathname: '/join/XYZ789', hash: '#k=key-of-another-session' });
    void joinSession('ABC234', 'token', null);
    expect(sent[0].payload).not.toHaveProperty('joinKey');
    void watchProjector('ABC234');
    expect(sent[1]).toMatchObject({ name: 'projector:watch' });
    expect(sent[1].payload).not.toHaveProperty('joinKey');
  });

  it('keeps the key the facilitator receives for the session it watches, for its links and QR code', async () => {
    const watching = watchSession('s1');
    sent[0].answer({ ok: true, snapshot, joinKey: 'session-key' });
    await watching;
    expect(useStore.getState().joinKeys.ABC234).toBe('session-key');
  });
});

describe('an entry the server asked to wait', () => {
  it('is tried again by itself after the wait, telling the person meanwhile', async () => {
    vi.useFakeTimers();
    try {
      const messages: string[] = [];
      let attempts = 0;
      setEntry('participant', async () => {
        attempts++;
        const ack = await joinSession('ABC234', 'token', null);
        if (!ack.ok) {
          const retry = retryWhenPaced(ack.error);
          if (retry) messages.push(retry.message);
          return retry;
        }
      });
      await vi.advanceTimersByTimeAsync(0);
      sent[0].answer({ ok: false, error: { code: 'rate-limited', message: 'Too many join codes are being tried; scan the QR code.', retryAfterMs: 4000 } });
      await vi.advanceTimersByTimeAsync(3999);
      expect(attempts).toBe(1);
      expect(messages[0]).toMatch(/QR code.*tries again by itself/);
      await vi.advanceTimersByTimeAsync(1);
      expect(attempts).toBe(2);
      sent[1].answer({ ok: false, error: { code: 'wrong-join-code', message: 'No session has this code.' } });
      await vi.advanceTimersByTimeAsync(60_000);
      // A refusal that waiting cannot cure is not retried.
      expect(attempts).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
