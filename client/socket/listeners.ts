/**
 * Socket listeners, bound once for the page, outside any component. Each writes into the store.
 * After every (re)connect the page's role is entered again, which returns a fresh snapshot:
 * that is the resynchronisation, whether or not Socket.IO recovered the connection.
 */
import type { ProtocolError } from '../../shared/protocol/result.js';
import { useStore } from '../store/index.js';
import { withAgenda, withContribution, withoutContributions, withTallies } from '../store/participant-reducers.js';
import { socket } from './connection.js';
import { flushOutbox } from './outbox.js';

/** What an entry returns when the server asked it to wait: it is run again after that long. */
export interface RetryLater {
  retryAfterMs: number;
  /** What to tell the person meanwhile. */
  message: string;
}

type Entry = () => Promise<RetryLater | void>;
let entry: Entry | null = null;
let bound = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

/** What to do on each connect: join as a participant, authenticate as facilitator, or watch as projector. */
export function setEntry(next: Entry): void {
  entry = next;
  if (socket.connected) void enter();
}

export function clockOffset(serverNow: number): number {
  return serverNow - Date.now();
}

/** A typed join code refused while many codes are being tried: the entry is retried by itself after the wait. */
export function retryWhenPaced(error: ProtocolError): RetryLater | undefined {
  if (error.code !== 'rate-limited') return undefined;
  return { retryAfterMs: error.retryAfterMs ?? 3000, message: `${error.message} This device tries again by itself.` };
}

async function enter(): Promise<void> {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  if (!entry) return;
  const retry = await entry();
  if (retry) {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (socket.connected) void enter();
    }, retry.retryAfterMs);
    return;
  }
  await flushOutbox();
}

export function bindListeners(): void {
  if (bound) return;
  bound = true;

  socket.on('connect', () => {
    useStore.setState({ status: 'online', lastError: null });
    void enter();
  });
  socket.on('disconnect', () => useStore.setState({ status: 'offline' }));
  socket.on('connect_error', (error) => useStore.setState({ status: 'offline', lastError: error.message }));
  window.addEventListener('online', () => {
    if (!socket.connected) socket.connect();
  });

  socket.on('contribution:added', ({ version, contribution }) => {
    if ('mine' in contribution) {
      useStore.setState((s) => withContribution(s, contribution));
    } else {
      useStore.setState((s) =>
        s.watching
          ? { watching: { ...s.watching, version: version ?? s.watching.version, contributions: upsert(s.watching.contributions, contribution) } }
          : {},
      );
    }
  });
  socket.on('contribution:updated', ({ contribution }) => {
    useStore.setState((s) => (s.watching ? { watching: { ...s.watching, contributions: upsert(s.watching.contributions, contribution) } } : {}));
  });
  socket.on('contributions:removed', ({ ids, mergedInto }) =>
    useStore.setState((s) => {
      if (!s.watching) return withoutContributions(s, ids, mergedInto);
      const gone = new Set(ids);
      return { watching: { ...s.watching, contributions: s.watching.contributions.filter((c) => !gone.has(c.id)) } };
    }),
  );
  socket.on('tallies:updated', ({ tallies }) => {
    useStore.setState((s) => {
      if (!s.watching) return withTallies(s, tallies);
      const byId = new Map(tallies.map((t) => [t.id, t]));
      const contributions = s.watching.contributions.map((c) => {
        const t = byId.get(c.id);
        return t ? { ...c, tally: t.tally, tags: t.tags } : c;
      });
      return { watching: { ...s.watching, contributions } };
    });
  });
  socket.on('stats:updated', ({ questions }) => {
    useStore.setState((s) => {
      if (!s.watching) return {};
      const stats = new Map(questions.map((q) => [q.id, q.stats]));
      return { watching: { ...s.watching, questions: s.watching.questions.map((q) => ({ ...q, stats: stats.get(q.id) ?? q.stats })) } };
    });
  });
  socket.on('agenda:updated', ({ agenda, serverNow }) =>
    useStore.setState((s) => ({ ...withAgenda(s, agenda), clockOffsetMs: clockOffset(serverNow) })),
  );
  socket.on('session:stale', () => void enter());
  socket.on('presence:updated', ({ connected }) =>
    useStore.setState((s) => (s.watching ? { watching: { ...s.watching, connected } } : {})),
  );
  socket.on('projector:updated', ({ snapshot }) =>
    useStore.setState({ projector: snapshot, clockOffsetMs: clockOffset(snapshot.serverNow) }),
  );
  socket.on('round:updated', ({ round }) => useStore.setState({ round }));
  socket.on('synthesis:updated', ({ synthesis }) => useStore.setState({ synthesis }));

  socket.connect();
}

function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  const i = list.findIndex((x) => x.id === item.id);
  if (i === -1) return [...list, item];
  const copy = list.slice();
  copy[i] = item;
  return copy;
}
