/**
 * buildReport(source): the synthesis laid out as the report lays out its own. Pure.
 *
 * A round reads as one report: findings are consolidated under the codebook's headings, never
 * session by session, and a place or category appears in a finding only where the engine found
 * the view voiced nowhere else. Contributions are quoted verbatim and unattributed; only those
 * their authors marked quotable carry their Chatham label.
 */
import type { Synthesis } from '../../shared/synthesis.js';
import { capitalise, dateSpan, listInWords, longDate } from '../synthesis/wording.js';
import { ANNEX_GROUPS, ANNEX_ORDER, isAnnexText } from './annex-text.js';
import { documentWords, type DocumentWords } from './i18n/index.js';
import type { NumberedGroup, Quote, Report, ReportSection, ReportSession } from './report.js';
import { annexByQuestionOf, annexByThemeOf } from './report-annex.js';
import { consolidationOf, frameworkNoteOf } from './report-findings.js';
import { picturesOf } from './pictures.js';
import { ReportIndex } from './report-index.js';
import { divergenceOf, groupsOf, keyConvergenceOf, rejectedOf } from './report-opinions.js';
import type { DocumentSource, Participation } from './source.js';

const MAX_PULL_QUOTES = 6;

function formatLabel(format: string | undefined, words: DocumentWords): string | null {
  if (!format) return null;
  return (words.formats as Record<string, string>)[format] ?? format;
}

function sessionsOf(source: DocumentSource, words: DocumentWords): ReportSession[] {
  const locale = words.labels.locale;
  return source.input.sessions.map((s) => ({ title: s.title ?? s.id, place: s.place ?? null, date: s.date ? longDate(s.date, locale) : null, format: formatLabel(s.format, words) }));
}

function distinct<T>(values: readonly (T | null | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== null && v !== undefined && v !== ''))];
}

function subtitleOf(source: DocumentSource, words: DocumentWords): string {
  const locale = words.labels.locale;
  const sessions = source.input.sessions;
  const places = distinct(sessions.map((s) => s.place));
  const span = dateSpan(distinct(sessions.map((s) => s.date)), locale);
  const where = [places.length > 0 ? listInWords(places, locale) : null, span].filter(Boolean).join(', ');
  if (source.scope === 'session' && sessions.length === 1) return words.subtitleOfSession(sessions[0].format, sessions[0].title ?? sessions[0].id, where);
  return words.subtitleOfRound(sessions.length, where);
}

/** The published categories (at least three people in a session), largest first; everyone else as one line. */
export function categoryBreakdown(participation: Participation | null, words: DocumentWords = documentWords()): Report['participantsByCategory'] {
  if (!participation) return [];
  const shown = Object.entries(participation.categories).map(([id, count]) => ({ label: words.categories[id] ?? id, count }));
  shown.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, words.labels.locale));
  if (participation.remainder > 0) shown.push({ label: words.categoryRemainder, count: participation.remainder });
  return shown;
}

function conductOf(source: DocumentSource, words: DocumentWords): string[] {
  const { input, synthesis, participation } = source;
  const formats = new Map<string, number>();
  for (const s of input.sessions) {
    const label = formatLabel(s.format, words);
    if (label) formats.set(label, (formats.get(label) ?? 0) + 1);
  }
  const kinds = [...formats].map(([label, count]) => ({ label, count }));
  const places = distinct(input.sessions.map((s) => s.place));
  const held = words.held(input.sessions.length, places, kinds);
  const people = participation ? words.tookPart(participation.participants, input.sessions.length > 1) : '';
  const st = synthesis.stats;
  return [held + people, words.posted(st.contributions, st.votes, st.voters)];
}

/**
 * The questions put, once each, grouped under their Annex II headings in the annex's order: those
 * opened in a session, and any that contributions answered; a question never opened was not put.
 */
function questionsPutOf(source: DocumentSource, words: DocumentWords): NumberedGroup[] {
  const answered = new Set(source.input.contributions.map((c) => c.questionId));
  const groups = new Map<string, string[]>();
  for (const q of source.input.questions ?? []) {
    if (q.opened !== true && !answered.has(q.id)) continue;
    const heading = q.group ?? words.questionsAdded;
    const list = groups.get(heading) ?? [];
    if (!list.includes(q.text)) list.push(q.text);
    groups.set(heading, list);
  }
  const rank = (h: string) => ANNEX_ORDER.get(h) ?? ANNEX_GROUPS;
  const english = words.language !== 'en';
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([heading, items]) => ({ heading, items, ...(english ? { english: { heading: isAnnexText(heading), items: items.map(isAnnexText) } } : {}) }));
}

/** Where a document not in English quotes Annex II's questions in English, it says why. */
function questionsNoteOf(put: readonly NumberedGroup[], words: DocumentWords): string | null {
  return put.some((g) => g.english?.items.some(Boolean)) ? words.annexNote : null;
}

/** Annex II's form: "Regarding <theme>", then the questions as participants put them. */
function furtherReflectionOf(synthesis: Synthesis, index: ReportIndex): NumberedGroup[] {
  const groups = new Map<string, string[]>();
  for (const q of synthesis.questionsForReflection) {
    const theme = q.themeId ? index.themes.get(q.themeId) : undefined;
    const heading = theme ? index.words.regarding(index.label(theme)) : index.words.regardingOther;
    groups.set(heading, [...(groups.get(heading) ?? []), q.text]);
  }
  return [...groups].map(([heading, items]) => ({ heading, items }));
}

/** Quotable contributions not already quoted under a finding, most agreed first, with their Chatham label. */
function pullQuotesOf(synthesis: Synthesis, sections: ReportSection[]): Quote[] {
  const used = new Set(sections.flatMap((s) => s.themes.flatMap((t) => t.findings.flatMap((f) => [...f.quotes.map((q) => q.text), ...(f.counter ? [f.counter.text] : [])]))));
  const inText = new Set(synthesis.findings.flatMap((f) => (f.gist && !f.edited ? [f.gist.contributionId] : [])));
  return synthesis.contributions
    .filter((c) => c.quotable && !used.has(c.text) && !inText.has(c.id))
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.tally.agree - a.tally.agree || a.tally.disagree - b.tally.disagree)
    .slice(0, MAX_PULL_QUOTES)
    .map((c) => ({ text: c.text, attribution: c.quotable }));
}

function methodOf(synthesis: Synthesis, words: DocumentWords): Report['method'] {
  const m = synthesis.method;
  const rules = words.strengthRules(m);
  const contributionRules = words.contributionRules(m);
  return {
    paragraphs: words.method({
      thresholds: m,
      applied: synthesis.framework.codebook === 'applied',
      groups: synthesis.groups.length,
      groupSizes: synthesis.groups.map((g) => g.participants.length),
      grouped: synthesis.stats.grouped,
      voters: synthesis.stats.voters,
    }),
    strengthWords: [
      ...m.strengthWords.map((s) => ({ word: words.strengthWords[s.word], rule: rules[s.word] })),
      ...m.contributionWords.map((s) => {
        const word = s.word as keyof typeof contributionRules;
        return { word: words.beforeAnyVote(words.contributionWords[word]), rule: contributionRules[word] };
      }),
    ],
  };
}

export function buildReport(source: DocumentSource): Report {
  const { synthesis } = source;
  const words = documentWords(source.language);
  const index = new ReportIndex(synthesis, words);
  const { sections, numbers } = consolidationOf(synthesis, index);
  const sessionTitle = source.scope === 'session' && source.input.sessions.length === 1 ? source.input.sessions[0].title : undefined;
  const questionsPut = questionsPutOf(source, words);
  return {
    labels: words.labels,
    title: sessionTitle ?? synthesis.title ?? source.input.title ?? words.defaultTitle,
    subtitle: capitalise(subtitleOf(source, words), words.labels.locale),
    sessions: sessionsOf(source, words),
    conduct: conductOf(source, words),
    pictures: picturesOf(synthesis, words.pictures, (label) => index.translated(label)),
    participantsByCategory: categoryBreakdown(source.participation, words),
    questionsPut,
    questionsNote: questionsNoteOf(questionsPut, words),
    frameworkNote: frameworkNoteOf(synthesis, index),
    consolidation: sections,
    groups: groupsOf(synthesis, index),
    keyConvergence: keyConvergenceOf(synthesis, index),
    rejected: rejectedOf(synthesis, index),
    divergence: divergenceOf(synthesis, index, numbers),
    furtherReflection: furtherReflectionOf(synthesis, index),
    pullQuotes: pullQuotesOf(synthesis, sections),
    method: methodOf(synthesis, words),
    annexByTheme: annexByThemeOf(synthesis, index),
    annexByQuestion: annexByQuestionOf(synthesis, source.input, index),
  };
}
