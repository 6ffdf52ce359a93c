/**
 * What participants said with their tags, by the tags' meanings rather than their ids: a round
 * may rename its tags, and "agreed" meaning common ground must count as "common-ground" did.
 */
import { defaultMeaning, DEFAULT_TAG_SET } from '../../shared/tags.js';
import type { TagDef } from '../../shared/views.js';
import type { ContributionInput } from './input.js';

/** Per contribution: the participants who tagged it common ground, and a question for further reflection. */
export interface TagMarks {
  commonGround: number;
  question: number;
}

/**
 * A tag the round's set no longer holds keeps the meaning its id has in the default set, as a tag
 * set stored before meanings does. Counts of tags that mean the same are added up (a tag set has
 * at most one of each).
 */
export function tagMarks(contributions: readonly ContributionInput[], tagSet: readonly TagDef[] = DEFAULT_TAG_SET): TagMarks[] {
  const meanings = new Map(tagSet.map((t) => [t.id, t.meaning]));
  return contributions.map((c) => {
    const marks: TagMarks = { commonGround: 0, question: 0 };
    for (const [id, taggers] of Object.entries(c.tags ?? {})) {
      const meaning = meanings.get(id) ?? defaultMeaning(id);
      if (meaning === 'common-ground') marks.commonGround += taggers;
      else if (meaning === 'question') marks.question += taggers;
    }
    return marks;
  });
}
