/**
 * The contributions as a spreadsheet: one row each, with where and under which question it was
 * said, its themes, tallies, convergence tags and flags. Rows are numbered 1..n; no id, time or
 * join code is written, and the Chatham label appears only where the author marked it quotable.
 */
import { countOf } from '../../shared/counts.js';
import type { Synthesis } from '../../shared/synthesis.js';
import { DEFAULT_TAG_SET } from '../../shared/tags.js';
import type { SynthesisInput } from '../synthesis/input.js';
import { documentWords, type DocumentWords } from './i18n/index.js';
import { toCsv, type Cell } from './spreadsheet-safe.js';

const UTF8_BOM = '\uFEFF';
/** The standard tags first, in their order, then any the round added. */
function tagColumns(synthesis: Synthesis, words: DocumentWords): { id: string; label: string }[] {
  const known = DEFAULT_TAG_SET;
  const used = new Set(synthesis.contributions.flatMap((c) => Object.keys(c.tags)));
  const extra = [...used].filter((id) => !known.some((t) => t.id === id)).sort();
  return [...known.map((t) => ({ id: t.id, label: words.csv.tags[t.id] ?? t.label })), ...extra.map((id) => ({ id, label: id }))];
}

/** Headers, yes and no in the document's language; everything participants wrote as they wrote it. */
export function contributionsCsv(synthesis: Synthesis, input: SynthesisInput, words: DocumentWords = documentWords()): string {
  const { columns: h, tag } = words.csv;
  const yes = (flag: boolean) => (flag ? words.csv.yes : words.csv.no);
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const places = new Map(input.contributions.map((c) => [c.id, c.place]));
  const questions = new Map((input.questions ?? []).map((q) => [q.id, q.text]));
  const themes = new Map(synthesis.themes.map((t) => [t.id, words.codebook[t.label] ?? t.label]));
  const tags = tagColumns(synthesis, words);
  const header: Cell[] = [
    h.number, h.session, h.place, h.question, h.contribution, h.theme, h.otherThemes,
    h.agree, h.disagree, h.pass, h.voters, h.convergent, h.divergent, h.uncertain,
    ...tags.map((t) => tag(t.label)),
    h.broadAgreement, h.everyGroup, h.dividesGroups, h.starred, h.quotableAs,
  ];
  const rows = synthesis.contributions.map((c, i): Cell[] => {
    const session = c.sessionId ? sessions.get(c.sessionId) : undefined;
    const [primary, ...others] = c.themeIds.map((id) => themes.get(id) ?? '');
    return [
      i + 1, session?.title ?? '', places.get(c.id) ?? session?.place ?? '', (c.questionId && questions.get(c.questionId)) || '', c.text, primary ?? '', others.join('; '),
      c.tally.agree, c.tally.disagree, c.tally.pass, c.tally.seen, yes(c.convergent), yes(c.divergent), yes(c.uncertain),
      ...tags.map((t) => countOf(c.tags, t.id)),
      yes(c.consensus), yes(c.groupConsensus), yes(c.divisive), yes(c.starred), c.quotable ?? '',
    ];
  });
  return UTF8_BOM + toCsv([header, ...rows]);
}
