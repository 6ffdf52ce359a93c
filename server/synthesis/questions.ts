/** Questions for further reflection: contributions participants tagged as questions, and those the facilitator promoted. */
import type { ContributionSynthesis, QuestionForReflection } from '../../shared/synthesis.js';
import type { ContributionInput } from './input.js';
import type { TagMarks } from './tags.js';

/** Promoted first, then by how many tagged them, then in input order. */
export function questionsForReflection(inputs: readonly ContributionInput[], out: readonly ContributionSynthesis[], marks: readonly TagMarks[]): QuestionForReflection[] {
  const list: (QuestionForReflection & { order: number; promoted: boolean })[] = [];
  inputs.forEach((c, i) => {
    const tagged = marks[i].question;
    const promoted = c.promoted === true;
    if (tagged === 0 && !promoted) return;
    list.push({
      contributionId: c.id,
      text: c.text,
      source: promoted && tagged > 0 ? 'both' : promoted ? 'promoted' : 'tagged',
      tagged,
      themeId: out[i].themeIds[0] ?? null,
      order: i,
      promoted,
    });
  });
  return list
    .sort((a, b) => Number(b.promoted) - Number(a.promoted) || b.tagged - a.tagged || a.order - b.order)
    .map(({ order: _o, promoted: _p, ...q }) => q);
}
