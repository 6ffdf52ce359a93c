/** Pure countdown arithmetic, shared by the phone, the console and the projector. */
import type { CountdownView } from '../../shared/views.js';

export function remainingSeconds(countdown: CountdownView, clockOffsetMs: number, now = Date.now()): number {
  return Math.max(0, Math.ceil((countdown.endsAt - (now + clockOffsetMs)) / 1000));
}

export function formatSeconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * A countdown belongs to the question that was current when this screen first saw it (the protocol's
 * countdown names no question). Once another question is current, it is no longer shown, so a timer
 * never carries into the next question.
 */
export function countdownForQuestion(
  countdown: CountdownView | null,
  currentQuestionId: string | null,
  owners: Map<number, string | null>,
): CountdownView | null {
  if (!countdown) return null;
  if (!owners.has(countdown.endsAt)) owners.set(countdown.endsAt, currentQuestionId);
  return owners.get(countdown.endsAt) === currentQuestionId ? countdown : null;
}
