/**
 * Socket listeners, bound once for the page, outside any component. Each writes into the store,
 * reading the page's role (participant, facilitator, observer or projector) to know what it holds.
 * After every (re)connect the page's role is entered again, which returns a fresh snapshot (the
 * server keeps nothing of a socket that went away). While connected, `session:stale` asks for a
 * fresh snapshot with `session:sync` alone: the role is kept, so a phone is not counted out and in
 * again and a console's synthesis is not recomputed.
 */
import type { ProtocolError } from '../../shared/protocol/result.js';
import type { FacilitatorContributionView, FacilitatorSnapshot, ParticipantContributionView, ParticipantSnapshot, ProjectorSnapshot } from '../../shared/views.js';
import type { ClientRole } from '../store/connection-slice.js';
import { useStore } from '../store/index.js';
import { fromSnapshot, withAgenda, withContribution, withoutContributions, withTallies } from '../store/participant-reducers.js';
import { syncSession } from './commands.js';
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

/** What to do on each connect, in which role: join as a participant, open the console, or watch as projector. */
export function setEntry(role: ClientRole, next: Entry): void {
  entry = next;
  useStore.setState({ role });
  if (socket.connected) void enter();
}

/** The console learns from the server whether its link is the facilitator's or an observer's. */
export function setConsoleRole(role: 'facilitator' | 'observer'): void {
  useStore.setState({ role });
}

const isConsole = (role: ClientRole | null) => role === 'facilitator' || role === 'observer';

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

let syncing: Promise<void> | null = null;
let syncAgain = false;

/** A fresh snapshot of the session this page follows, for its role; one at a time, the last request served. */
async function resync(): Promise<void> {
  if (syncing) {
    syncAgain = true;
    return;
  }
  syncing = syncOnce();
  await syncing;
  syncing = null;
  if (syncAgain) {
    syncAgain = false;
    await resync();
  }
}

async function syncOnce(): Promise<void> {
  const { role } = useStore.getState();
  const sessionId = followedSession(role);
  if (!role || !sessionId) return enter();
  const ack = await syncSession(sessionId);
  if (!ack.ok) {
    // The server no longer holds this socket's role: enter it again.
    if (ack.error.code === 'not-joined' || ack.error.code === 'forbidden') await enter();
    return;
  }
  const clockOffsetMs = clockOffset(ack.snapshot.serverNow);
  if (role === 'participant') useStore.setState({ ...fromSnapshot(ack.snapshot as ParticipantSnapshot), clockOffsetMs });
  else if (role === 'projector') useStore.setState({ projector: ack.snapshot as ProjectorSnapshot, clockOffsetMs });
  else useStore.setState({ watching: ack.snapshot as FacilitatorSnapshot, clockOffsetMs });
}

function followedSession(role: ClientRole | null): string | undefined {
  const s = useStore.getState();
  if (role === 'participant') return s.joined?.sessionId;
  if (role === 'projector') return s.projector?.session.id;
  return s.watching?.session.id;
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

  // One event name carries each audience's own view of a contribution: the role says which.
  socket.on('contribution:added', ({ version, contribution }) => {
    const { role } = useStore.getState();
    if (role === 'participant') {
      useStore.setState((s) => withContribution(s, contribution as ParticipantContributionView));
    } else if (isConsole(role)) {
      const added = contribution as FacilitatorContributionView;
      useStore.setState((s) =>
        s.watching ? { watching: { ...s.watching, version: version ?? s.watching.version, contributions: upsert(s.watching.contributions, added) } } : {},
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
      if (s.role === 'participant') return withTallies(s, tallies);
      if (!isConsole(s.role) || !s.watching) return {};
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
  socket.on('session:stale', () => void resync());
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
