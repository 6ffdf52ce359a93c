/**
 * Posts, votes and tags wait here until the server has stored them. The outbox lives in
 * localStorage, so it survives a reload while offline; each item carries an operation id,
 * so a resend after a lost acknowledgement is applied once.
 */
import type { ParticipantContributionView } from '../../shared/views.js';
import { useStore } from '../store/index.js';
import type { OutboxItem } from '../store/outbox-slice.js';
import { withContribution, withMyTag, withMyVote } from '../store/participant-reducers.js';
import { castVote, postContribution, setTag } from './commands.js';
import { socket } from './connection.js';

const RETRYABLE = new Set(['unavailable', 'rate-limited']);
const RETRY_MS = 3000;
let storageKey: string | null = null;
let flushing = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

/** Tries again later by itself: after the wait a rate limit names, or a few seconds while the server cannot store. */
function retryLater(ms: number): void {
  if (retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void flushOutbox();
  }, ms);
}

export function loadOutbox(joinCode: string): void {
  storageKey = `concert:outbox:${joinCode}`;
  const saved = localStorage.getItem(storageKey);
  const outbox = saved ? (JSON.parse(saved) as OutboxItem[]).map((i) => ({ ...i, state: i.state === 'failed' ? i.state : ('pending' as const) })) : [];
  useStore.setState({ outbox });
}

function save(outbox: OutboxItem[]): void {
  useStore.setState({ outbox });
  if (storageKey) localStorage.setItem(storageKey, JSON.stringify(outbox));
}

function update(opId: string, change: Partial<OutboxItem> | null): void {
  const outbox = useStore.getState().outbox;
  save(change === null ? outbox.filter((i) => i.opId !== opId) : outbox.map((i) => (i.opId === opId ? ({ ...i, ...change } as OutboxItem) : i)));
}

export function enqueue(item: OutboxItem): void {
  // Votes and tags show at once on this phone; each stays marked pending until stored.
  if (item.kind === 'vote') useStore.setState((s) => withMyVote(s, item.contributionId, item.vote));
  if (item.kind === 'tag') useStore.setState((s) => withMyTag(s, item.contributionId, item.tag, item.on));
  save([...useStore.getState().outbox, item]);
  void flushOutbox();
}

export function discard(opId: string): void {
  update(opId, null);
}

/** Sends a refused item once more, as it is. */
export function retry(opId: string): void {
  update(opId, { state: 'pending', error: undefined, errorCode: undefined });
  void flushOutbox();
}

/**
 * Sends what is pending, in order, one at a time, including what is queued while it sends (a phone
 * working through the voting deck votes faster than the acknowledgements come back). Stops at the
 * first item the server could not store, and tries again later.
 */
export async function flushOutbox(): Promise<void> {
  if (flushing || !socket.connected || !useStore.getState().joined) return;
  flushing = true;
  const attempted = new Set<string>();
  try {
    for (;;) {
      const item = useStore.getState().outbox.find((i) => i.state === 'pending' && !attempted.has(i.opId));
      if (!item) return;
      attempted.add(item.opId);
      update(item.opId, { state: 'sending' });
      const ack = await sendItem(item);
      if (ack.ok) {
        update(item.opId, null);
        if (item.kind === 'post') {
          const { contribution } = ack as unknown as { contribution: ParticipantContributionView };
          useStore.setState((s) => withContribution(s, contribution));
        }
        // Stored now; shown again in case a snapshot taken before the send (after a reload) replaced the optimistic view.
        if (item.kind === 'vote') useStore.setState((s) => withMyVote(s, item.contributionId, item.vote));
        if (item.kind === 'tag') useStore.setState((s) => withMyTag(s, item.contributionId, item.tag, item.on));
      } else if (RETRYABLE.has(ack.error.code)) {
        update(item.opId, { state: 'pending' });
        if (socket.connected) retryLater(ack.error.retryAfterMs ?? RETRY_MS);
        return;
      } else {
        update(item.opId, { state: 'failed', error: ack.error.message, errorCode: ack.error.code });
      }
    }
  } finally {
    flushing = false;
  }
}

function sendItem(item: OutboxItem) {
  switch (item.kind) {
    case 'post':
      return postContribution(item.questionId, item.text, item.quotable, item.opId);
    case 'vote':
      return castVote(item.contributionId, item.vote, item.opId);
    case 'tag':
      return setTag(item.contributionId, item.tag, item.on, item.opId);
  }
}
