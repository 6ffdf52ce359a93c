/** The categories a participant may describe themselves by (shared/data/participant-categories.json), read in one place. */
import categories from './data/participant-categories.json' with { type: 'json' };

export interface ParticipantCategory {
  id: string;
  /** As a participant chooses it: "Private sector or business". */
  label: string;
  /** As an attribution names it: "business sector"; null where it names nothing ("Other"). */
  attribution: string | null;
}

export const PARTICIPANT_CATEGORIES: readonly ParticipantCategory[] = categories;

/** "Private sector or business"; an unknown id is shown as it is. */
export function categoryLabel(id: string): string {
  return PARTICIPANT_CATEGORIES.find((c) => c.id === id)?.label ?? id;
}

/** "business sector", as in "voiced only by business sector participants"; the label where there is no such name. */
export function categorySector(id: string): string {
  const c = PARTICIPANT_CATEGORIES.find((x) => x.id === id);
  return c ? (c.attribution ?? c.label) : id;
}
