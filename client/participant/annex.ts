/** Whether a question is one of the report's Annex II questions, quoted verbatim in English. */
import annex from '../../shared/data/annex-ii.json';

const ANNEX_QUESTIONS = new Set(annex.groups.flatMap((g) => g.questions));

export function isAnnexQuestion(text: string): boolean {
  return ANNEX_QUESTIONS.has(text);
}
