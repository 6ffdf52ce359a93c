/**
 * The annexes that let a reader check every placement: every contribution under its heading and
 * theme (most central first, with its tally), then under the question it answered (with its
 * theme). Contributions are never listed in the order they were posted, which would hint at when.
 */
import type { ContributionSynthesis, Synthesis } from '../../shared/synthesis.js';
import { isAnnexText } from './annex-text.js';
import type { SynthesisInput } from '../synthesis/input.js';
import type { AnnexSection, NumberedGroup } from './report.js';
import type { ReportIndex } from './report-index.js';

const line = (c: ContributionSynthesis, index: ReportIndex) => `${c.text.replace(/\s+/g, ' ').trim()} (${index.tally(c)})`;
/** Most agreed first, then alphabetically: an order that says nothing about when. */
const byAgreement = (a: ContributionSynthesis, b: ContributionSynthesis) => b.tally.agree - a.tally.agree || a.tally.disagree - b.tally.disagree || a.text.localeCompare(b.text);

export function annexByThemeOf(synthesis: Synthesis, index: ReportIndex): AnnexSection[] {
  const { words } = index;
  const sections = new Map<string, NumberedGroup[]>();
  for (const theme of synthesis.themes) {
    if (theme.contributions.length === 0) continue;
    const heading = index.heading(theme);
    const items = theme.contributions.map((id) => line(index.get(id)!, index));
    sections.set(heading, [...(sections.get(heading) ?? []), { heading: index.label(theme), items }]);
  }
  const out = index
    .headings()
    .filter((h) => sections.has(h))
    .map((heading) => ({ heading, groups: sections.get(heading)! }));
  const unplaced = synthesis.contributions.filter((c) => c.themeIds.length === 0 && !c.demographic).sort(byAgreement);
  const themselves = synthesis.contributions.filter((c) => c.demographic).sort(byAgreement);
  const rest = [
    ...(unplaced.length > 0 ? [{ heading: words.notPlaced, items: unplaced.map((c) => line(c, index)) }] : []),
    ...(themselves.length > 0 ? [{ heading: words.aboutThemselves, items: themselves.map((c) => line(c, index)) }] : []),
  ];
  if (rest.length > 0) out.push({ heading: words.otherContributions, groups: rest });
  return out;
}

export function annexByQuestionOf(synthesis: Synthesis, input: SynthesisInput, index: ReportIndex): NumberedGroup[] {
  const { words } = index;
  const questions = input.questions ?? [];
  if (questions.length === 0) return [];
  const text = new Map(questions.map((q) => [q.id, q.text]));
  const groups = new Map<string, ContributionSynthesis[]>();
  for (const c of synthesis.contributions) {
    const heading = (c.questionId && text.get(c.questionId)) || words.notUnderQuestion;
    groups.set(heading, [...(groups.get(heading) ?? []), c]);
  }
  const order = [...new Set([...questions.map((q) => q.text), words.notUnderQuestion])];
  return order
    .filter((q) => groups.has(q))
    .map((heading) => ({
      heading,
      ...(words.language !== 'en' && isAnnexText(heading) ? { english: { heading: true, items: groups.get(heading)!.map(() => false) } } : {}),
      items: groups
        .get(heading)!
        .sort(byAgreement)
        .map((c) => {
          const theme = index.themeOf(c);
          return `${line(c, index)} — ${c.demographic ? words.annexAboutParticipant : theme ? index.label(theme) : words.annexNotPlaced}`;
        }),
    }));
}
