/** New sessions start with the questions of the report's Annex II, verbatim, in their groups. */
import annex from '../../shared/data/annex-ii.json' with { type: 'json' };
import type { QuestionSeed } from './events.js';

export function annexQuestions(newId: () => string): QuestionSeed[] {
  return annex.groups.flatMap((group) =>
    group.questions.map((text) => ({ id: newId(), text, group: group.heading, seeded: true })),
  );
}

export const ANNEX_SOURCE = annex.source;
