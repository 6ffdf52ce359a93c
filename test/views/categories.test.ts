import { describe, expect, it } from 'vitest';
import { publishCategories, sumPublished } from '../../server/views/categories.js';

describe('published category counts', () => {
  it('shows a category only where three people in the session share it; everyone else is one remainder', () => {
    expect(publishCategories({ participants: 9, categories: { business: 3, ambassador: 1, other: 2, undisclosed: 3 } })).toEqual({
      participants: 9,
      categories: { business: 3 },
      remainder: 6,
    });
  });

  it('adds up what each session published, so that no difference between two views is a count of one or two', () => {
    const a = publishCategories({ participants: 5, categories: { ambassador: 3, business: 2 } });
    const b = publishCategories({ participants: 4, categories: { ambassador: 1, academia: 3 } });
    const round = sumPublished([a, b]);
    expect(round).toEqual({ participants: 9, categories: { ambassador: 3, academia: 3 }, remainder: 3 });
    // Round minus each session, category by category: only 0 or a published count of three or more.
    for (const id of ['ambassador', 'academia', 'business']) {
      for (const session of [a, b]) {
        const difference = (round.categories[id] ?? 0) - (session.categories[id] ?? 0);
        expect(difference === 0 || difference >= 3).toBe(true);
      }
    }
  });
});
