/**
 * Numbered draft findings, one per theme with enough support, in the report's order: broadest
 * convergence first. Each carries its strength word with the counts, candidate quotes, where it
 * divides, and the questions raised under it. A finding names a place (or a category) only when
 * every contribution behind it came from that one place (or category) in a round that had more
 * than one; otherwise it names none, as Part III of the report does.
 */
import { categorySector } from '../../shared/categories.js';
import type { ContributionSynthesis, Finding, QuestionForReflection, Strength, Theme } from '../../shared/synthesis.js';
import type { ContributionInput, SessionInput } from './input.js';
import type { Opinions } from './opinions.js';
import { strengthPhrase } from './strength.js';
import { capitalise, percent } from './wording.js';

export interface FindingContext {
  themes: readonly Theme[];
  strengths: ReadonlyMap<string, Strength>;
  contributions: ReadonlyMap<string, ContributionSynthesis>;
  /** Place and category per contribution (place falls back to the session's place). */
  placeOf: ReadonlyMap<string, string | undefined>;
  categoryOf: ReadonlyMap<string, string | undefined>;
  /** Distinct places and categories in the round. */
  places: number;
  categories: number;
  /** Divisive contributions with the groups' smoothed agree shares (null where too few voted). */
  divisive: ReadonlyMap<string, { gap: number; shares: (number | null)[] }>;
  groupIds: readonly string[];
  /** The facilitator's wording per theme. */
  edited: ReadonlyMap<string, string>;
  /** Questions for further reflection, per theme id. */
  questionsByTheme: ReadonlyMap<string, string[]>;
  minSupport: number;
}

const MAX_QUOTES = 3;
const QUOTE_CHARS = 140;

/** The theme as it reads inside a sentence. */
function topic(theme: Theme): string {
  if (theme.emergent) return `${theme.terms.map((t) => `“${t}”`).join(', ')} (an emergent theme)`;
  const label = theme.label;
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= QUOTE_CHARS ? t : `${t.slice(0, QUOTE_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}

/** The one place (or category) every contribution came from, if the round had more than one. */
export function onlyIn(ids: readonly string[], ctx: Pick<FindingContext, 'placeOf' | 'categoryOf' | 'places' | 'categories'>): Finding['onlyIn'] {
  if (ids.length === 0) return null;
  const single = (of: ReadonlyMap<string, string | undefined>): string | null => {
    const values = new Set(ids.map((id) => of.get(id)));
    if (values.size !== 1) return null;
    const [v] = values;
    return v ?? null;
  };
  const place = ctx.places > 1 ? single(ctx.placeOf) : null;
  if (place) return { place };
  const category = ctx.categories > 1 ? single(ctx.categoryOf) : null;
  return category ? { category } : null;
}

function onlyInText(o: Finding['onlyIn']): string {
  if (!o) return '';
  return 'place' in o ? ` (voiced only in ${o.place})` : ` (voiced only by ${categorySector(o.category)} participants)`;
}

export function draftText(theme: Theme, s: Strength, o: Finding['onlyIn']): string {
  const where = onlyInText(o);
  if (s.word === 'strong divergence') {
    return `There was strong divergence on ${topic(theme)}${where}: ${s.agree} participants leaned to agree and ${s.disagree} to disagree, of ${s.participants} who voted.`;
  }
  if (s.basis === 'contributions') return `${capitalise(strengthPhrase(s))} raised ${topic(theme)}${where}.`;
  return `${capitalise(strengthPhrase(s))} agreed with what was said on ${topic(theme)}${where}.`;
}

function dividesText(theme: Theme, ctx: FindingContext): string | null {
  const ids = theme.contributions;
  const byGroups = ids
    .map((id) => ({ id, d: ctx.divisive.get(id) }))
    .filter((x): x is { id: string; d: { gap: number; shares: (number | null)[] } } => x.d !== undefined)
    .sort((a, b) => b.d.gap - a.d.gap);
  if (byGroups.length > 0) {
    const { id, d } = byGroups[0];
    const parts = d.shares.map((s, g) => (s === null ? null : `group ${ctx.groupIds[g]} ${percent(s)} agree`)).filter(Boolean);
    return `Opinion groups split on “${excerpt(ctx.contributions.get(id)!.text)}” (${parts.join(', ')}).`;
  }
  const divergent = ids
    .map((id) => ctx.contributions.get(id)!)
    .filter((c) => c.divergent)
    .sort((a, b) => Math.min(b.tally.agree, b.tally.disagree) - Math.min(a.tally.agree, a.tally.disagree));
  if (divergent.length > 0) {
    const c = divergent[0];
    return `Participants split on “${excerpt(c.text)}” (${c.tally.agree} agreed, ${c.tally.disagree} disagreed, ${c.tally.pass} passed).`;
  }
  const s = ctx.strengths.get(theme.id)!;
  if (s.basis === 'votes' && s.disagree >= 2 && s.disagree >= 0.25 * s.participants && s.word !== 'strong divergence') {
    return `${s.disagree} of ${s.participants} participants leaned to disagree.`;
  }
  return null;
}

function quotes(theme: Theme, ctx: FindingContext): string[] {
  const order = new Map(theme.contributions.map((id, i) => [id, i]));
  return theme.contributions
    .map((id) => ctx.contributions.get(id)!)
    .sort((a, b) => {
      const rank = (c: ContributionSynthesis) => (c.pinned ? 0 : c.quotable ? 1 : c.starred ? 2 : 3);
      const ratio = (c: ContributionSynthesis) => (c.tally.seen > 0 ? c.tally.agree / c.tally.seen : 0);
      return rank(a) - rank(b) || ratio(b) - ratio(a) || b.tally.agree - a.tally.agree || order.get(a.id)! - order.get(b.id)!;
    })
    .filter((c) => c.pinned || c.tally.seen === 0 || c.tally.agree >= c.tally.disagree)
    .slice(0, MAX_QUOTES)
    .map((c) => c.id);
}

function supported(s: Strength, minSupport: number): boolean {
  return s.basis === 'votes' ? s.agree >= minSupport : s.contributions >= minSupport;
}

export function buildFindings(ctx: FindingContext): Finding[] {
  const themeOrder = new Map(ctx.themes.map((t, i) => [t.id, i]));
  const candidates = ctx.themes.filter((t) => t.contributions.length > 0 && supported(ctx.strengths.get(t.id)!, ctx.minSupport));
  candidates.sort((a, b) => {
    const sa = ctx.strengths.get(a.id)!;
    const sb = ctx.strengths.get(b.id)!;
    const basis = (s: Strength) => (s.basis === 'votes' ? 0 : 1);
    return basis(sa) - basis(sb) || sb.ratio - sa.ratio || sb.agree - sa.agree || sb.contributions - sa.contributions || themeOrder.get(a.id)! - themeOrder.get(b.id)!;
  });
  return candidates.map((theme, i): Finding => {
    const strength = ctx.strengths.get(theme.id)!;
    const where = onlyIn(theme.contributions, ctx);
    const draft = draftText(theme, strength, where);
    const edited = ctx.edited.get(theme.id);
    return {
      number: i + 1,
      themeId: theme.id,
      text: edited ?? draft,
      draft,
      edited: edited !== undefined,
      heading: theme.heading,
      strength,
      quotes: quotes(theme, ctx),
      divides: dividesText(theme, ctx),
      onlyIn: where,
      contributions: [...theme.contributions],
      questions: ctx.questionsByTheme.get(theme.id) ?? [],
      emergent: theme.emergent,
    };
  });
}

export interface FindingsFrom {
  contributions: readonly ContributionInput[];
  sessions: readonly SessionInput[];
  /** The contributions as shown (stage 5) and the themes with their strengths (stage 6). */
  shown: readonly ContributionSynthesis[];
  themes: readonly Theme[];
  strengths: ReadonlyMap<string, Strength>;
  opinions: Pick<Opinions, 'groups' | 'divides'>;
  questions: readonly QuestionForReflection[];
  /** The facilitator's wording per theme. */
  edited: ReadonlyMap<string, string>;
  minSupport: number;
}

/** Stage 7 of the synthesis: the findings, knowing where each contribution was voiced and which questions each theme raised. */
export function draftFindings({ contributions, sessions, shown, themes, strengths, opinions, questions, edited, minSupport }: FindingsFrom): Finding[] {
  const questionsByTheme = new Map<string, string[]>();
  for (const q of questions) if (q.themeId) (questionsByTheme.get(q.themeId) ?? questionsByTheme.set(q.themeId, []).get(q.themeId)!).push(q.contributionId);
  const sessionPlace = new Map(sessions.map((s) => [s.id, s.place]));
  const placeOf = new Map(contributions.map((c) => [c.id, c.place ?? (c.sessionId ? sessionPlace.get(c.sessionId) : undefined)]));
  const categoryOf = new Map(contributions.map((c) => [c.id, c.category]));
  return buildFindings({
    themes,
    strengths,
    contributions: new Map(shown.map((c) => [c.id, c])),
    placeOf,
    categoryOf,
    places: new Set([...placeOf.values()].filter(Boolean)).size,
    categories: new Set([...categoryOf.values()].filter(Boolean)).size,
    divisive: opinions.divides,
    groupIds: opinions.groups.map((g) => g.id),
    edited,
    questionsByTheme,
    minSupport,
  });
}
