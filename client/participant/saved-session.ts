/**
 * The phone keeps a copy of what it last saw of its session, so a reload without a network opens the
 * session (with its pending items) instead of a join screen waiting for the server. The copy holds only
 * what this phone was shown; the next snapshot from the server replaces it.
 */
import type { ParticipantSlice } from '../store/participant-slice.js';

export type SavedSession = Pick<ParticipantSlice, 'agenda' | 'contributions' | 'order' | 'postedTo'>;

const key = (joinCode: string) => `concert:session:${joinCode}`;

export function readSavedSession(joinCode: string): SavedSession | null {
  try {
    const raw = localStorage.getItem(key(joinCode));
    if (!raw) return null;
    const saved = JSON.parse(raw) as SavedSession;
    return saved.agenda && saved.contributions && Array.isArray(saved.order) ? saved : null;
  } catch {
    return null;
  }
}

export function saveSession(joinCode: string, state: SavedSession): void {
  if (!state.agenda) return;
  const { agenda, contributions, order, postedTo } = state;
  try {
    localStorage.setItem(key(joinCode), JSON.stringify({ agenda, contributions, order, postedTo }));
  } catch {
    // Storage full: the copy is a convenience, the outbox is what must not be lost.
  }
}
