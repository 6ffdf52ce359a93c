/**
 * buildReport(source): the synthesis laid out as the report lays out its own. Pure.
 *
 * A round reads as one report: findings are consolidated under the codebook's headings, never
 * session by session, and a place or category appears in a finding only where the engine found
 * the view voiced nowhere else. Quotes are only ever contributions their authors marked
 * quotable, with their Chatham label; everything else is reported, not attributed.
 */
import annex from '../../shared/data/annex-ii.json' with { type: 'json' };
import { categoryLabel } from '../../shared/categories.js';
import { FORMAT_LABELS, MIN_CATEGORY_COUNT, type SessionFormat } from '../../shared/protocol/vocabulary.js';
import type { ContributionSynthesis, Finding, Strength, Synthesis, Theme } from '../../shared/synthesis.js';
import { capitalise, counted, dateSpan, listInWords, longDate, percent } from '../synthesis/wording.js';
import type { NumberedGroup, Quote, Report, ReportFinding, ReportSection, ReportSession } from './report.js';
import type { DocumentSource, Participation } from './source.js';

const QUOTES_PER_FINDING = 2;
const MAX_PULL_QUOTES = 6;
const CONVERGENT_WORDS = new Set(['almost all', 'a growing majority', 'a clear majority', 'a majority']);
const OTHER_HEADING = 'Other points';

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

/** Categories of at least MIN_CATEGORY_COUNT people, largest first; the rest, and those who gave none, as one line. */
export function categoryBreakdown(participation: Participation | null): Report['participantsByCategory'] {
  if (!participation) return [];
  const shown: { label: string; count: number }[] = [];
  let rest = participation.participants;
  for (const [id, count] of Object.entries(participation.byCategory)) {
    if (id === 'other' || id === 'undisclosed' || count < MIN_CATEGORY_COUNT) continue;
    shown.push({ label: categoryLabel(id), count });
    rest -= count;
  }
  shown.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (rest > 0) shown.push({ label: 'Other or not stated', count: rest });
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

/** The questions put, once each, grouped under their Annex II headings in the annex's order. */
function questionsPutOf(source: DocumentSource): NumberedGroup[] {
  const groups = new Map<string, string[]>();
  for (const q of source.input.questions ?? []) {
    const heading = q.group ?? 'Questions added for these sessions';
    const list = groups.get(heading) ?? [];
    if (!list.includes(q.text)) list.push(q.text);
    groups.set(heading, list);
  }
  const rank = (h: string) => annexOrder.get(h) ?? annex.groups.length;
  return [...groups].sort(([a], [b]) => rank(a) - rank(b)).map(([heading, items]) => ({ heading, items }));
}

/** The numbers behind the strength word, for a quiet parenthesis after the finding. */
export function figuresOf(s: Strength): string {
  const contributions = counted(s.contributions, 'contribution');
  if (s.basis === 'contributions') return `${contributions}; no votes yet`;
  const parts = [`${s.agree} of ${s.participants} participants who voted leaned to agree`, `${s.disagree} to disagree`];
  if (s.pass > 0) parts.push(`${s.pass} passed`);
  let text = `${parts.join(', ')}; ${contributions}`;
  if (s.trend && s.trend.length > 1) text += `; agreement by session: ${s.trend.map((p) => percent(p.ratio)).join(' → ')}`;
  return text;
}

class ContributionIndex {
  private readonly byId: Map<string, ContributionSynthesis>;
  constructor(synthesis: Synthesis) {
    this.byId = new Map(synthesis.contributions.map((c) => [c.id, c]));
  }
  get(id: string): ContributionSynthesis | undefined {
    return this.byId.get(id);
  }
  /** Only what its author marked quotable can be quoted, and only with its Chatham label. */
  quote(id: string): Quote | null {
    const c = this.byId.get(id);
    return c?.quotable ? { text: c.text, attribution: c.quotable } : null;
  }
}

function themeOrder(synthesis: Synthesis): Map<string, Theme> {
  return new Map(synthesis.themes.map((t) => [t.id, t]));
}

/** Headings in the codebook's order (the order themes come in), emergent themes last. */
function headingsInOrder(synthesis: Synthesis): string[] {
  return distinct(synthesis.themes.map((t) => t.heading));
}

/** Findings grouped by heading, then theme, renumbered 1..n in the order they are read. */
function consolidationOf(synthesis: Synthesis, index: ContributionIndex): { sections: ReportSection[]; numbers: Map<string, number> } {
  const themes = themeOrder(synthesis);
  const numbers = new Map<string, number>();
  let next = 1;
  const sections: ReportSection[] = [];
  for (const heading of headingsInOrder(synthesis)) {
    const findings = synthesis.findings.filter((f) => f.heading === heading && !f.emergent);
    if (findings.length === 0) continue;
    const byTheme = new Map<string, Finding[]>();
    for (const f of findings) byTheme.set(f.themeId, [...(byTheme.get(f.themeId) ?? []), f]);
    const orderedThemes = [...byTheme.keys()].sort((a, b) => synthesis.themes.indexOf(themes.get(a)!) - synthesis.themes.indexOf(themes.get(b)!));
    sections.push({
      heading,
      themes: orderedThemes.map((themeId) => {
        const theme = themes.get(themeId)!;
        return {
          label: theme.label,
          findings: byTheme.get(themeId)!.map((f): ReportFinding => {
            const number = next++;
            numbers.set(f.themeId, number);
            return {
              number,
              text: f.text,
              strength: f.strength.word,
              figures: figuresOf(f.strength),
              divides: f.divides,
              quotes: f.quotes.map((id) => index.quote(id)).filter((q): q is Quote => q !== null).slice(0, QUOTES_PER_FINDING),
            };
          }),
        };
      }),
    });
  }
  return { sections, numbers };
}

function tallyPhrase(c: ContributionSynthesis): string {
  return `${c.tally.agree} of ${c.tally.seen} agreed`;
}

/**
 * Annex III's form: under each heading, the convergent findings, then the statements agreed
 * across the room or in every opinion group on themes no convergent finding already covers.
 */
function keyConvergenceOf(synthesis: Synthesis, index: ContributionIndex): NumberedGroup[] {
  const themes = themeOrder(synthesis);
  const groups = new Map<string, string[]>();
  const add = (heading: string, item: string) => groups.set(heading, [...(groups.get(heading) ?? []), item]);
  const convergent = synthesis.findings.filter((f) => !f.emergent && CONVERGENT_WORDS.has(f.strength.word));
  for (const f of convergent) add(f.heading, f.text);
  const covered = new Set(convergent.map((f) => f.themeId));
  const statements = [
    ...synthesis.groupConsensus.map((id) => ({ id, across: 'in every opinion group' })),
    ...synthesis.consensus.filter((id) => !synthesis.groupConsensus.includes(id)).map((id) => ({ id, across: 'across the room' })),
  ];
  for (const { id, across } of statements) {
    const c = index.get(id);
    if (!c || c.text.trim().endsWith('?') || covered.has(c.themeIds[0] ?? '')) continue;
    const theme = c.themeIds[0] ? themes.get(c.themeIds[0]) : undefined;
    add(theme && !theme.emergent ? theme.heading : OTHER_HEADING, `Broad agreement ${across} that “${c.text}” (${tallyPhrase(c)}).`);
  }
  const order = [...headingsInOrder(synthesis), OTHER_HEADING];
  return [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([heading, items]) => ({ heading, items }));
}

/** Where participants diverged: strongly divided themes, splits inside themes, then statements that divide the opinion groups. */
function divergenceOf(synthesis: Synthesis, index: ContributionIndex, numbers: Map<string, number>): string[] {
  const themes = themeOrder(synthesis);
  const items: string[] = [];
  for (const f of synthesis.findings) {
    if (f.emergent) continue;
    const label = themes.get(f.themeId)!.label;
    const finding = numbers.has(f.themeId) ? `Finding ${numbers.get(f.themeId)}, ${label}` : label;
    if (f.strength.word === 'strong divergence') items.push(`${finding}: ${f.text}`);
    else if (f.divides) items.push(`${finding}: ${f.divides}`);
  }
  const covered = new Set(synthesis.findings.flatMap((f) => (f.divides ? f.contributions : [])));
  for (const id of synthesis.divisive) {
    const c = index.get(id);
    if (!c || covered.has(id)) continue;
    items.push(`Opinion groups divided on “${c.text}” (${c.tally.agree} agreed, ${c.tally.disagree} disagreed).`);
  }
  return items;
}

/** Annex II's form: "Regarding <theme>", then the questions as participants put them. */
function furtherReflectionOf(synthesis: Synthesis): NumberedGroup[] {
  const themes = themeOrder(synthesis);
  const groups = new Map<string, string[]>();
  for (const q of synthesis.questionsForReflection) {
    const theme = q.themeId ? themes.get(q.themeId) : undefined;
    const heading = theme && !theme.emergent ? `Regarding ${theme.label.toLowerCase()}` : 'Regarding other matters';
    groups.set(heading, [...(groups.get(heading) ?? []), q.text]);
  }
  return [...groups].map(([heading, items]) => ({ heading, items }));
}

/** Quotable contributions not already set under a finding, most agreed first. */
function pullQuotesOf(synthesis: Synthesis, index: ContributionIndex, sections: ReportSection[]): Quote[] {
  const used = new Set(sections.flatMap((s) => s.themes.flatMap((t) => t.findings.flatMap((f) => f.quotes.map((q) => q.text)))));
  return synthesis.contributions
    .filter((c) => c.quotable && !used.has(c.text))
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.tally.agree - a.tally.agree || a.tally.disagree - b.tally.disagree)
    .slice(0, MAX_PULL_QUOTES)
    .map((c) => index.quote(c.id)!);
}

function methodOf(synthesis: Synthesis): Report['method'] {
  const m = synthesis.method;
  const grouped = synthesis.groups.length > 1
    ? `${counted(synthesis.groups.length, 'opinion group')} emerged from the votes of the ${synthesis.stats.grouped} participants who cast at least ${counted(m.minVotesPerParticipant, 'vote')}, as Pol.is forms them: principal components of the vote matrix, then k-means with k from ${m.kRange[0]} to ${m.kRange[1]}, kept only where the groups separate clearly (silhouette ${m.minSilhouette} or more) and no group has fewer than ${m.minGroupSize} people.`
    : `No distinct opinion groups emerged: groups are formed only from at least ${m.minParticipantsForGroups} participants with ${counted(m.minVotesPerParticipant, 'vote')} or more each, and only where they separate clearly, with at least ${m.minGroupSize} people in every group.`;
  return {
    paragraphs: [
      'Each contribution was coded against the round’s codebook, whose headings follow Part III of the report; what no theme covered was clustered into emergent themes, which appear here only once the facilitator accepted them. The facilitator could move, merge and reword; a finding’s wording is the facilitator’s where they wrote it, otherwise the engine’s draft.',
      `A theme becomes a finding with at least ${m.findingMinSupport} supporting participants. Its strength word comes from the distinct participants who voted on the theme’s contributions: a participant counts towards agreement when their votes on the theme lean to agree. The first rule that holds gives the word, and the numbers behind it are given with every finding.`,
      grouped,
      'A place or a category is named only where every contribution behind a view came from it. Quotes are only of contributions their authors marked quotable, attributed by role, sector and place; no name, identifier or time of any contribution is kept in this document.',
    ],
    strengthWords: m.strengthWords.map((s) => ({ word: s.word, rule: s.rule })),
  };
}

export function buildReport(source: DocumentSource): Report {
  const { synthesis } = source;
  const index = new ContributionIndex(synthesis);
  const { sections, numbers } = consolidationOf(synthesis, index);
  const sessionTitle = source.scope === 'session' && source.input.sessions.length === 1 ? source.input.sessions[0].title : undefined;
  return {
    title: sessionTitle ?? synthesis.title ?? source.input.title ?? 'Synthesis of the Conversations',
    subtitle: subtitleOf(source),
    sessions: sessionsOf(source),
    conduct: conductOf(source),
    participantsByCategory: categoryBreakdown(source.participation),
    questionsPut: questionsPutOf(source),
    consolidation: sections,
    keyConvergence: keyConvergenceOf(synthesis, index),
    divergence: divergenceOf(synthesis, index, numbers),
    furtherReflection: furtherReflectionOf(synthesis),
    pullQuotes: pullQuotesOf(synthesis, index, sections),
    method: methodOf(synthesis),
  };
}
