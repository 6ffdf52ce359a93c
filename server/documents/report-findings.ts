/**
 * The thematic consolidation: the codebook's headings (Part III of the report), then the themes
 * raised outside the framework, each theme with its finding. A finding states the view and its
 * strength with the numbers, then shows its substance: the theme's most central contributions
 * verbatim, the strongest counter-view, where it divides, and the questions raised under it.
 */
import type { Finding, Strength, Synthesis } from '../../shared/synthesis.js';
import { counted, percent } from '../synthesis/wording.js';
import type { Quote, ReportFinding, ReportSection } from './report.js';
import { headingOf, headingsInOrder, tallyPhrase, type ReportIndex } from './report-index.js';

const QUOTES_PER_FINDING = 3;

/** The numbers behind the strength word, for a quiet parenthesis after the finding. */
export function figuresOf(s: Strength): string {
  const contributions = counted(s.contributions, 'contribution');
  if (s.basis === 'contributions') return `${contributions}; no votes yet`;
  const parts = [`${s.agree} of ${s.participants} participants who voted on it leaned to agree`, `${s.disagree} to disagree`];
  if (s.pass > 0) parts.push(`${s.pass} passed`);
  let text = `${parts.join(', ')}; ${contributions}`;
  if (s.room > s.participants) text += `; ${s.room} voted in all`;
  if (s.trend && s.trend.length > 1) text += `; agreement with the statements voted on in several sessions, session by session: ${s.trend.map((p) => percent(p.ratio)).join(' → ')}`;
  return text;
}

function reportFinding(f: Finding, number: number, index: ReportIndex): ReportFinding {
  // The draft already quotes its gist; where it quotes it whole, the gist is not repeated below.
  const inText = !f.edited && f.gist?.whole ? f.gist.contributionId : null;
  const counter = f.counter ? index.get(f.counter) : undefined;
  return {
    number,
    text: f.text,
    strength: f.strength.word,
    figures: figuresOf(f.strength),
    quotes: f.quotes
      .filter((id) => id !== inText && !f.questions.includes(id))
      .map((id) => index.quote(id))
      .filter((q): q is Quote => q !== null)
      .slice(0, QUOTES_PER_FINDING),
    counter: counter ? { text: counter.text, attribution: counter.quotable, figures: tallyPhrase(counter) } : null,
    divides: f.divides,
    questions: f.questions.map((id) => index.get(id)?.text).filter((t): t is string => t !== undefined),
  };
}

/** Findings grouped by heading, then theme, renumbered 1..n in the order they are read. */
export function consolidationOf(synthesis: Synthesis, index: ReportIndex): { sections: ReportSection[]; numbers: Map<string, number> } {
  const numbers = new Map<string, number>();
  let next = 1;
  const sections: ReportSection[] = [];
  const themeOrder = new Map(synthesis.themes.map((t, i) => [t.id, i]));
  for (const heading of headingsInOrder(synthesis)) {
    const findings = synthesis.findings
      .filter((f) => headingOf(index.themes.get(f.themeId)!) === heading)
      .sort((a, b) => themeOrder.get(a.themeId)! - themeOrder.get(b.themeId)!);
    if (findings.length === 0) continue;
    sections.push({
      heading,
      themes: findings.map((f) => {
        const number = next++;
        numbers.set(f.themeId, number);
        return { label: index.themes.get(f.themeId)!.label, findings: [reportFinding(f, number, index)] };
      }),
    });
  }
  return { sections, numbers };
}

/** Why the codebook's framework was not applied, in a sentence or two; null when it was. */
export function frameworkNoteOf(synthesis: Synthesis): string | null {
  const { framework } = synthesis;
  if (framework.codebook === 'applied') return null;
  if (framework.codebook === 'none') return 'No codebook was applied: every theme below emerged from the contributions themselves, grouped by the words they share, and is raised outside the framework of the report.';
  const fit = framework.fit === null ? '' : ` (of the uses of the ${framework.words.length} words its contributions use most, ${percent(framework.fit)} are of words the codebook holds)`;
  return (
    `The report’s codebook was not applied: this conversation is on another subject${fit}. ` +
    'Every theme below emerged from the contributions themselves, grouped by the words they share, and is raised outside the framework of the report; the facilitator may accept, rename or dissolve each.'
  );
}
