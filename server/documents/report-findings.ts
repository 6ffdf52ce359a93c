/**
 * The thematic consolidation: the codebook's headings (Part III of the report), then the themes
 * raised outside the framework, each theme with its finding. A finding states the view and its
 * strength with the numbers, then shows its substance: the theme's most central contributions
 * verbatim, the strongest counter-view, where it divides, and the questions raised under it.
 * The engine drafts in English; a document re-drafts each finding the facilitator did not
 * reword in its own language, from the same numbers and the same quotation.
 */
import type { Finding, Synthesis } from '../../shared/synthesis.js';
import { draftText } from '../synthesis/finding-text.js';
import type { Quote, ReportFinding, ReportSection } from './report.js';
import type { ReportIndex } from './report-index.js';

const QUOTES_PER_FINDING = 3;

/** The finding's words in the document's language: the facilitator's where they wrote them, else the draft. */
export function findingText(f: Finding, index: ReportIndex): string {
  if (f.edited) return f.text;
  const theme = index.themes.get(f.themeId)!;
  return draftText({ label: index.label(theme), phrases: theme.phrases }, f.strength, f.onlyIn, f.gist, index.words);
}

/** Where the finding divides, in the document's language (a synthesis made before it kept the numbers has its English words). */
export function findingDivides(f: Finding, index: ReportIndex): string | null {
  if (f.split === undefined) return f.divides;
  return f.split ? index.words.split(f.split) : null;
}

function reportFinding(f: Finding, number: number, index: ReportIndex): ReportFinding {
  // The draft already quotes its gist; where it quotes it whole, the gist is not repeated below.
  const inText = !f.edited && f.gist?.whole ? f.gist.contributionId : null;
  const counter = f.counter ? index.get(f.counter) : undefined;
  return {
    number,
    text: findingText(f, index),
    strength: index.words.strengthWords[f.strength.word],
    figures: index.words.figures(f.strength),
    quotes: f.quotes
      .filter((id) => id !== inText && !f.questions.includes(id))
      .map((id) => index.quote(id))
      .filter((q): q is Quote => q !== null)
      .slice(0, QUOTES_PER_FINDING),
    counter: counter ? { text: counter.text, attribution: counter.quotable, figures: index.tally(counter) } : null,
    divides: findingDivides(f, index),
    questions: f.questions.map((id) => index.get(id)?.text).filter((t): t is string => t !== undefined),
  };
}

/** Findings grouped by heading, then theme, renumbered 1..n in the order they are read. */
export function consolidationOf(synthesis: Synthesis, index: ReportIndex): { sections: ReportSection[]; numbers: Map<string, number> } {
  const numbers = new Map<string, number>();
  let next = 1;
  const sections: ReportSection[] = [];
  const themeOrder = new Map(synthesis.themes.map((t, i) => [t.id, i]));
  for (const heading of index.headings()) {
    const findings = synthesis.findings
      .filter((f) => index.heading(index.themes.get(f.themeId)!) === heading)
      .sort((a, b) => themeOrder.get(a.themeId)! - themeOrder.get(b.themeId)!);
    if (findings.length === 0) continue;
    sections.push({
      heading,
      themes: findings.map((f) => {
        const number = next++;
        numbers.set(f.themeId, number);
        return { label: index.label(index.themes.get(f.themeId)!), findings: [reportFinding(f, number, index)] };
      }),
    });
  }
  return { sections, numbers };
}

/** Why the codebook's framework was not applied, in a sentence or two; null when it was. */
export function frameworkNoteOf(synthesis: Synthesis, index: ReportIndex): string | null {
  const { framework } = synthesis;
  if (framework.codebook === 'applied') return null;
  if (framework.codebook === 'none') return index.words.frameworkNone;
  return index.words.frameworkOther(framework.fit === null ? null : { share: framework.fit, words: framework.words.length });
}
