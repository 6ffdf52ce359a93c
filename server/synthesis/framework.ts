/**
 * Whether the codebook fits the conversation. The report's framework is about migration; a
 * conversation on another subject (a Pol.is debate on the minimum wage, on youth policing) would
 * otherwise be forced under its headings by the few words they share ("workers", "business").
 *
 * The test reads what the round talks about: the words most contributions use (in at least two
 * each, the `words` most used), weighted by how many contributions use them. Where less than
 * `minFit` of those uses are of words the codebook's own material holds (labels, descriptions,
 * cues, examples, in every language), the conversation is on another subject and its themes are
 * emergent only. A round too small to tell, a codebook chosen explicitly, or a round where the
 * facilitator has placed contributions under the codebook's themes keeps the codebook.
 */
import type { FrameworkUse, MethodThresholds } from '../../shared/synthesis.js';
import type { CodebookTheme } from '../../shared/codebook.js';
import type { RoundTexts } from './coding.js';
import { EMERGENT_HEADING } from '../../shared/codebook.js';
import type { CurationState } from '../domain/curation.js';
import { stems } from './text.js';

/** "auto": the codebook where it fits; "codebook": always; "none": emergent themes only. */
export type FrameworkChoice = 'auto' | 'codebook' | 'none';

const MIN_MEASURED_WORDS = 5;

/** A theme of the codebook's framework, as against one accepted from a suggestion or added by the facilitator without a heading. */
export function inFramework(t: CodebookTheme): boolean {
  return t.heading !== EMERGENT_HEADING && t.heading.trim() !== '';
}

let vocabularyMemo: { themes: readonly CodebookTheme[]; vocabulary: Set<string> } | null = null;

function materialOf(t: CodebookTheme): string[] {
  const translated = Object.values(t.translations ?? {}).flatMap((x) => [x.label ?? '', x.description ?? '', ...(x.cues ?? []), ...(x.examples ?? [])]);
  return [t.label, t.description, ...t.cues, ...(t.examples ?? []), ...translated, ...(t.learned ?? []).map((e) => e.text)];
}

/** Every stem of the codebook's material (the last codebook's is kept: the live view asks again and again). */
export function codebookVocabulary(themes: readonly CodebookTheme[]): Set<string> {
  if (vocabularyMemo?.themes === themes) return vocabularyMemo.vocabulary;
  const vocabulary = new Set<string>();
  for (const t of themes) for (const text of materialOf(t)) for (const s of stems(text)) vocabulary.add(s);
  vocabularyMemo = { themes, vocabulary };
  return vocabulary;
}

/**
 * What the codebook is about: the stems in the labels and descriptions of at least half of its
 * framework's themes ("migration", for the report's). Too general to name one theme.
 */
export function codebookSubject(themes: readonly CodebookTheme[]): Set<string> {
  const framework = themes.filter(inFramework);
  const df = new Map<string, number>();
  for (const t of framework) for (const s of new Set(stems(`${t.label} ${t.description}`))) df.set(s, (df.get(s) ?? 0) + 1);
  return new Set([...df].filter(([, n]) => framework.length >= 4 && n >= framework.length / 2).map(([s]) => s));
}

/** The round's most used words (stems in at least two contributions), most used first. */
function mostUsed(texts: RoundTexts, counted: readonly number[], limit: number): { stem: string; contributions: number }[] {
  const df = new Map<string, number>();
  for (const i of counted) for (const stem of texts.docs[i].tf.keys()) if (stem.length >= 3 && !/\d/.test(stem)) df.set(stem, (df.get(stem) ?? 0) + 1);
  return [...df]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([stem, contributions]) => ({ stem, contributions }));
}

export function frameworkUse(
  texts: RoundTexts,
  themes: readonly CodebookTheme[],
  choice: FrameworkChoice,
  curation: CurationState,
  counted: readonly number[],
  th: MethodThresholds['framework'],
): FrameworkUse {
  themes = themes.filter(inFramework);
  if (choice === 'none' || themes.length === 0) return { codebook: 'none', fit: null, words: [] };
  const vocabulary = codebookVocabulary(themes);
  const top = mostUsed(texts, counted, th.words);
  const words = top.map((w) => ({ word: texts.corpus.surface(w.stem), contributions: w.contributions, known: vocabulary.has(w.stem) }));
  const measured = counted.length >= th.minContributions && top.length >= MIN_MEASURED_WORDS;
  const uses = words.reduce((n, w) => n + w.contributions, 0);
  const fit = measured ? Math.round((1000 * words.reduce((n, w) => n + (w.known ? w.contributions : 0), 0)) / uses) / 1000 : null;
  const active = new Set(themes.map((t) => t.id));
  const placedByHand = [...curation.placements.values()].some((t) => t !== null && active.has(t));
  const applied = choice === 'codebook' || fit === null || fit >= th.minFit || placedByHand;
  return { codebook: applied ? 'applied' : 'not-applied', fit, words: measured ? words : [] };
}
