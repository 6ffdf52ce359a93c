/**
 * A half-written contribution is kept on the phone, per session and question, so a reload or a lost
 * network loses nothing; it is cleared once the post is in the outbox (which keeps it until stored).
 */
import { normaliseText, visibleLength } from '../../shared/protocol/characters.js';
import { LIMITS } from '../../shared/protocol/limits.js';

export interface Draft {
  text: string;
  quotable: boolean;
}

const key = (sessionId: string, questionId: string) => `concert:draft:${sessionId}:${questionId}`;

export function readDraft(sessionId: string, questionId: string): Draft {
  try {
    const raw = localStorage.getItem(key(sessionId, questionId));
    const parsed = raw ? (JSON.parse(raw) as Partial<Draft>) : null;
    return { text: typeof parsed?.text === 'string' ? parsed.text : '', quotable: parsed?.quotable === true };
  } catch {
    return { text: '', quotable: false };
  }
}

export function saveDraft(sessionId: string, questionId: string, draft: Draft): void {
  try {
    if (draft.text === '' && !draft.quotable) localStorage.removeItem(key(sessionId, questionId));
    else localStorage.setItem(key(sessionId, questionId), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the draft lives in the page only.
  }
}

export function clearDraft(sessionId: string, questionId: string): void {
  saveDraft(sessionId, questionId, { text: '', quotable: false });
}

/** The length the server checks: characters as the person sees them (👩‍🌾 is one), after the server's normalisation. */
export function contributionLength(text: string): number {
  return visibleLength(normaliseText(text));
}

/** How many characters a text has beyond the limit (0 when it fits). */
export function overLimit(text: string, limit: number = LIMITS.contributionText): number {
  return Math.max(0, contributionLength(text) - limit);
}
