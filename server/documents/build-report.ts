/**
 * buildReport(source): the synthesis laid out as the report lays out its own. Pure.
 *
 * A round reads as one report: findings are consolidated under the codebook's headings, never
 * session by session, and a place or category appears in a finding only where the engine found
 * the view voiced nowhere else. Contributions are quoted verbatim and unattributed; only those
 * their authors marked quotable carry their Chatham label.
 */
import annex from '../../shared/data/annex-ii.json' with { type: 'json' };
import { categoryLabel } from '../../shared/categories.js';
import { FORMAT_LABELS, type SessionFormat } from '../../shared/protocol/vocabulary.js';
import type { Synthesis } from '../../shared/synthesis.js';
import { labelInSentence } from '../synthesis/finding-text.js';
import { capitalise, counted, dateSpan, listInWords, longDate, percent } from '../synthesis/wording.js';
import type { NumberedGroup, Quote, Report, ReportSection, ReportSession } from './report.js';
import { annexByQuestionOf, annexByThemeOf } from './report-annex.js';
import { consolidationOf, frameworkNoteOf } from './report-findings.js';
import { picturesOf } from './pictures.js';
import { ReportIndex } from './report-index.js';
import { divergenceOf, groupsOf, keyConvergenceOf, rejectedOf } from './report-opinions.js';
import type { DocumentSource, Participation } from './source.js';

const MAX_PULL_QUOTES = 6;

function formatLabel(format: string | undefined): string | null {
  if (!format) return null;
  return FORMAT_LABELS[format as SessionFormat] ?? format;
}

function sessionsOf(source: DocumentSource): ReportSession[] {
  return source.input.sessions.map((s) => ({ title: s.title ?? s.id, place: s.place ?? null, date: s.date ? longDate(s.date) : null, format: formatLabel(s.format) }));
}

function distinct<T>(values: readonly (T | null | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== null && v !== undefined && v !== ''))];
}

function subtitleOf(source: DocumentSource): string {
  const sessions = source.input.sessions;
  const places = distinct(sessions.map((s) => s.place));
  const span = dateSpan(distinct(sessions.map((s) => s.date)));
  const where = [places.length > 0 ? listInWords(places) : null, span].filter(Boolean).join(', ');
  if (source.scope === 'session' && sessions.length === 1) {
    const s = sessions[0];
    const kind = formatLabel(s.format)?.toLowerCase() ?? 'session';
    return `Synthesis of the ${kind} “${s.title ?? s.id}”${where ? `, ${where}` : ''}`;
  }
  return `Synthesis of ${counted(sessions.length, 'session')}${where ? `: ${where}` : ''}`;
}

export const CATEGORY_REMAINDER_LABEL = 'Fewer than three in a category, or not stated';

/** The published categories (at least three people in a session), largest first; everyone else as one line. */
export function categoryBreakdown(participation: Participation | null): Report['participantsByCategory'] {
  if (!participation) return [];
  const shown = Object.entries(participation.categories).map(([id, count]) => ({ label: categoryLabel(id), count }));
  shown.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (participation.remainder > 0) shown.push({ label: CATEGORY_REMAINDER_LABEL, count: participation.remainder });
  return shown;
}

function conductOf(source: DocumentSource): string[] {
  const { input, synthesis, participation } = source;
  const formats = new Map<string, number>();
  for (const s of input.sessions) {
    const label = formatLabel(s.format);
    if (label) formats.set(label, (formats.get(label) ?? 0) + 1);
  }
  const kinds = [...formats].map(([label, n]) => `${n} × ${label.toLowerCase()}`);
  const places = distinct(input.sessions.map((s) => s.place));
  const paragraphs: string[] = [];
  const held = `${capitalise(counted(input.sessions.length, 'session'))} ${input.sessions.length === 1 ? 'was' : 'were'} held${places.length > 0 ? ` in ${listInWords(places)}` : ''}${kinds.length > 0 ? ` (${kinds.join(', ')})` : ''}.`;
  const people = participation
    ? ` ${capitalise(counted(participation.participants, 'person', 'people'))} took part${input.sessions.length > 1 ? ' (counted in each session they joined)' : ''}.`
    : '';
  paragraphs.push(held + people);
  const st = synthesis.stats;
  paragraphs.push(
    `Participants posted ${counted(st.contributions, 'contribution')} and cast ${counted(st.votes, 'vote')}; ${counted(st.voters, 'participant')} voted. ` +
      'Every session was held under the Chatham House rule: contributions and votes are unattributed, and nobody, the facilitator included, can tell who said what.',
  );
  return paragraphs;
}

const annexOrder = new Map(annex.groups.map((g, i) => [g.heading, i]));

/**
 * The questions put, once each, grouped under their Annex II headings in the annex's order: those
 * opened in a session, and any that contributions answered; a question never opened was not put.
 */
function questionsPutOf(source: DocumentSource): NumberedGroup[] {
  const answered = new Set(source.input.contributions.map((c) => c.questionId));
  const groups = new Map<string, string[]>();
  for (const q of source.input.questions ?? []) {
    if (q.opened !== true && !answered.has(q.id)) continue;
    const heading = q.group ?? 'Questions added for these sessions';
    const list = groups.get(heading) ?? [];
    if (!list.includes(q.text)) list.push(q.text);
    groups.set(heading, list);
  }
  const rank = (h: string) => annexOrder.get(h) ?? annex.groups.length;
  return [...groups].sort(([a], [b]) => rank(a) - rank(b)).map(([heading, items]) => ({ heading, items }));
}

/** Annex II's form: "Regarding <theme>", then the questions as participants put them. */
function furtherReflectionOf(synthesis: Synthesis, index: ReportIndex): NumberedGroup[] {
  const groups = new Map<string, string[]>();
  for (const q of synthesis.questionsForReflection) {
    const theme = q.themeId ? index.themes.get(q.themeId) : undefined;
    const heading = theme ? `Regarding ${labelInSentence(theme.label)}` : 'Regarding other matters';
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

function methodOf(synthesis: Synthesis): Report['method'] {
  const m = synthesis.method;
  const sizes = synthesis.groups.map((g) => `${g.participants.length}`);
  const grouped = synthesis.groups.length > 1
    ? `${capitalise(counted(synthesis.groups.length, 'opinion group'))} (of ${listInWords(sizes)} participants) emerged from the votes of the ${synthesis.stats.grouped} participants who cast at least ${counted(m.minVotesPerParticipant, 'vote')}, as Pol.is forms them: principal components of the vote matrix, then k-means with k from ${m.kRange[0]} to ${m.kRange[1]}, kept only where the groups separate clearly (silhouette ${m.minSilhouette} or more) and no group has fewer than ${m.minGroupSize} people. What sets a group apart is what Pol.is calls representative: the group agrees (or disagrees) with it more than half of the time, and more than the other groups, both significantly at 90 %, ranked by Pol.is’s four factors. Consensus is ranked by group-informed consensus, the product of every group’s agreement; a statement the groups split on is never called consensus.`
    : `No distinct opinion groups emerged: groups are formed only from at least ${m.minParticipantsForGroups} participants with ${counted(m.minVotesPerParticipant, 'vote')} or more each, and only where they separate clearly, with at least ${m.minGroupSize} people in every group.`;
  const coded = synthesis.framework.codebook === 'applied'
    ? 'Each contribution was coded against the round’s codebook, whose headings follow Part III of the report; what no theme covered was grouped into themes raised outside the framework, named by the noun phrases their contributions share.'
    : 'The codebook was not applied (see the thematic consolidation); contributions were grouped into themes by the words they share, each named by the noun phrases its contributions share.';
  return {
    paragraphs: [
      `${coded} Statements about the participants themselves (“I identify as …”, “English is my first language”) are never reported as findings. The facilitator could move, merge and reword; a finding’s wording is the facilitator’s where they wrote it, otherwise the engine’s draft, which quotes the contribution most central to the theme: the one the coder placed most surely and that is most like the theme’s other contributions.`,
      `A theme becomes a finding when at least ${m.findingMinSupport} participants lean the same way on it, or, before anyone voted on it, when at least ${m.findingMinSupport} contributions raised it. Its strength word comes from the distinct participants who voted on the theme’s contributions: a participant counts towards agreement when their votes on the theme lean to agree. The first rule that holds gives the word, and the numbers behind it are given with every finding. No word above “several” is used unless the theme’s voters are at least ${percent(m.minRoomShare)} of the ${synthesis.stats.voters} participants who voted.`,
      grouped,
      `A place or a category is named only where at least ${counted(m.onlyInMinContributions, 'contribution')} behind a view, and all of them, came from it. Contributions are quoted verbatim and unattributed; only those their authors marked quotable carry a label of role, sector and place. No name, identifier or time of any contribution is kept in this document.`,
    ],
    strengthWords: [
      ...m.strengthWords.map((s) => ({ word: s.word, rule: s.rule })),
      ...m.contributionWords.map((s) => ({ word: `${s.word} (before any vote)`, rule: s.rule })),
    ],
  };
}

export function buildReport(source: DocumentSource): Report {
  const { synthesis } = source;
  const index = new ReportIndex(synthesis);
  const { sections, numbers } = consolidationOf(synthesis, index);
  const sessionTitle = source.scope === 'session' && source.input.sessions.length === 1 ? source.input.sessions[0].title : undefined;
  return {
    title: sessionTitle ?? synthesis.title ?? source.input.title ?? 'Synthesis of the Conversations',
    subtitle: subtitleOf(source),
    sessions: sessionsOf(source),
    conduct: conductOf(source),
    pictures: picturesOf(synthesis),
    participantsByCategory: categoryBreakdown(source.participation),
    questionsPut: questionsPutOf(source),
    frameworkNote: frameworkNoteOf(synthesis),
    consolidation: sections,
    groups: groupsOf(synthesis, index),
    keyConvergence: keyConvergenceOf(synthesis, index),
    rejected: rejectedOf(synthesis, index),
    divergence: divergenceOf(synthesis, index, numbers),
    furtherReflection: furtherReflectionOf(synthesis, index),
    pullQuotes: pullQuotesOf(synthesis, sections),
    method: methodOf(synthesis),
    annexByTheme: annexByThemeOf(synthesis, index),
    annexByQuestion: annexByQuestionOf(synthesis, source.input, index),
  };
}
