/** Pure agenda arithmetic for the console: reordering and which question comes next. */
import type { FacilitatorQuestionView } from '../../shared/views.js';

/** The order with `id` moved to `position` (0-based, clamped to the list). */
export function moveTo(order: readonly string[], id: string, position: number): string[] {
  const rest = order.filter((x) => x !== id);
  if (rest.length === order.length) return order.slice();
  const at = Math.max(0, Math.min(rest.length, position));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** The question to open next: the first used, not yet opened question after the current one, else the first from the top. */
export function nextQuestion(questions: readonly FacilitatorQuestionView[], currentId: string | null): FacilitatorQuestionView | null {
  const start = currentId ? questions.findIndex((q) => q.id === currentId) + 1 : 0;
  const candidates = [...questions.slice(start), ...questions.slice(0, start)];
  return candidates.find((q) => q.included && q.status === 'pending') ?? null;
}
