/**
 * The one place category counts are published, for the facilitator's live view and every export.
 * A session's categories are shown only where at least three people share one; everyone else (smaller
 * categories and those who stated none) is one remainder. Whatever covers several sessions is the sum
 * of their published figures, never a count of its own: a round's "Ambassador: 4" beside one session's
 * "Ambassador: 3" would say that another session had exactly one.
 */
import categories from '../../shared/data/participant-categories.json' with { type: 'json' };
import { MIN_CATEGORY_COUNT } from '../../shared/protocol/vocabulary.js';
import type { Participation } from '../documents/source.js';
import type { RosterCounts } from '../store/types.js';

const CATEGORY_ORDER: readonly string[] = categories.map((c) => c.id);

export function publishCategories(roster: RosterCounts): Participation {
  const shown: Record<string, number> = {};
  let counted = 0;
  for (const id of CATEGORY_ORDER) {
    const n = roster.categories[id] ?? 0;
    if (n < MIN_CATEGORY_COUNT) continue;
    shown[id] = n;
    counted += n;
  }
  return { participants: roster.participants, categories: shown, remainder: roster.participants - counted };
}

/** Several sessions together: the sum of what each published. */
export function sumPublished(published: readonly Participation[]): Participation {
  const sum: Participation = { participants: 0, categories: {}, remainder: 0 };
  for (const p of published) {
    sum.participants += p.participants;
    sum.remainder += p.remainder;
    for (const id of CATEGORY_ORDER) if (p.categories[id]) sum.categories[id] = (sum.categories[id] ?? 0) + p.categories[id];
  }
  return sum;
}
