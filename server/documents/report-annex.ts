/**
 * The annexes that let a reader check every placement: every contribution under its heading and
 * theme (most central first, with its tally), then under the question it answered (with its
 * theme). Contributions are never listed in the order they were posted, which would hint at when.
 */
import type { ContributionSynthesis, Synthesis } from '../../shared/synthesis.js';
import type { SynthesisInput } from '../synthesis/input.js';
import type { AnnexSection, NumberedGroup } from './report.js';
import { headingOf, headingsInOrder, tallyPhrase, type ReportIndex } from './report-index.js';

const NOT_PLACED = 'Not placed under any theme';
const ABOUT_THEMSELVES = 'About the participants themselves (never reported as findings)';
const NO_QUESTION = 'Not under a question';

const line = (c: ContributionSynthesis) => `${c.text.replace(/\s+/g, ' ').trim()} (${tallyPhrase(c)})`;
/** Most agreed first, then alphabetically: an order that says nothing about when. */
const byAgreement = (a: ContributionSynthesis, b: ContributionSynthesis) => b.tally.agree - a.tally.agree || a.tally.disagree - b.tally.disagree || a.text.localeCompare(b.text);

export function annexByThemeOf(synthesis: Synthesis, index: ReportIndex): AnnexSection[] {
  const sections = new Map<string, NumberedGroup[]>();
  for (const theme of synthesis.themes) {
    if (theme.contributions.length === 0) continue;
    const heading = headingOf(theme);
    const items = theme.contributions.map((id) => line(index.get(id)!));
    sections.set(heading, [...(sections.get(heading) ?? []), { heading: theme.label, items }]);
  }
  const out = headingsInOrder(synthesis)
    .filter((h) => sections.has(h))
    .map((heading) => ({ heading, groups: sections.get(heading)! }));
  const unplaced = synthesis.contributions.filter((c) => c.themeIds.length === 0 && !c.demographic).sort(byAgreement);
  const themselves = synthesis.contributions.filter((c) => c.demographic).sort(byAgreement);
  const rest = [
    ...(unplaced.length > 0 ? [{ heading: NOT_PLACED, items: unplaced.map(line) }] : []),
    ...(themselves.length > 0 ? [{ heading: ABOUT_THEMSELVES, items: themselves.map(line) }] : []),
  ];
  if (rest.length > 0) out.push({ heading: 'Other contributions', groups: rest });
  return out;
}

export function annexByQuestionOf(synthesis: Synthesis, input: SynthesisInput, index: ReportIndex): NumberedGroup[] {
  const questions = input.questions ?? [];
  if (questions.length === 0) return [];
  const text = new Map(questions.map((q) => [q.id, q.text]));
  const groups = new Map<string, ContributionSynthesis[]>();
  for (const c of synthesis.contributions) {
    const heading = (c.questionId && text.get(c.questionId)) || NO_QUESTION;
    groups.set(heading, [...(groups.get(heading) ?? []), c]);
  }
  const order = [...new Set([...questions.map((q) => q.text), NO_QUESTION])];
  return order
    .filter((q) => groups.has(q))
    .map((heading) => ({
      heading,
      items: groups
        .get(heading)!
        .sort(byAgreement)
        .map((c) => {
          const theme = index.themeOf(c);
          return `${line(c)} — ${c.demographic ? 'about the participant' : theme ? theme.label : 'not placed'}`;
        }),
    }));
}
