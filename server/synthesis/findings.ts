/**
 * Numbered draft findings, one per theme with enough support, in the report's order: broadest
 * convergence first. Each says what was said, not only that a heading was mentioned: its draft
 * quotes the theme's most central contribution (finding-text.ts), and it carries the two or three
 * most central contributions verbatim, the strongest counter-view, where it divides, and the
 * questions raised under it. A finding names a place (or a category) only when at least three
 * contributions behind it, and all of them, came from that one place (or category) in a round
 * that had more than one; otherwise it names none, as Part III of the report does.
 */
import type { ContributionSynthesis, Finding, FindingSplit, MethodThresholds, QuestionForReflection, Strength, Theme } from '../../shared/synthesis.js';
import { draftText, excerpt, gistOf } from './finding-text.js';
import type { ContributionInput, SessionInput } from './input.js';
import type { Opinions } from './opinions.js';
import { DISAGREEMENT_WORDS } from './strength.js';
import type { VoteMatrix } from './votes.js';
import { en } from '../documents/i18n/en.js';

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
  /** Each participant's vote per contribution, for the counter-view. */
  votesOf: (contributionId: string) => ReadonlyMap<string, number>;
  minSupport: number;
  onlyInMin: number;
}

const MAX_QUOTES = 3;

/** The one place (or category) every contribution came from: at least `min` of them, every one known, in a round with more than one. */
export function onlyIn(ids: readonly string[], ctx: Pick<FindingContext, 'placeOf' | 'categoryOf' | 'places' | 'categories' | 'onlyInMin'>): Finding['onlyIn'] {
  if (ids.length < ctx.onlyInMin) return null;
  const single = (of: ReadonlyMap<string, string | undefined>): string | null => {
    const values = new Set(ids.map((id) => of.get(id)?.trim() || null));
    if (values.size !== 1) return null;
    const [v] = values;
    return v;
  };
  const place = ctx.places > 1 ? single(ctx.placeOf) : null;
  if (place) return { place };
  const category = ctx.categories > 1 ? single(ctx.categoryOf) : null;
  return category ? { category } : null;
}

/** Where the theme divides: the statement the opinion groups split on most, else the one participants split on, else how many leaned to disagree. */
function splitOf(theme: Theme, ctx: FindingContext, counter: string | null): FindingSplit | null {
  const ids = theme.contributions;
  const byGroups = ids
    .map((id) => ({ id, d: ctx.divisive.get(id) }))
    .filter((x): x is { id: string; d: { gap: number; shares: (number | null)[] } } => x.d !== undefined)
    .sort((a, b) => b.d.gap - a.d.gap);
  if (byGroups.length > 0) {
    const { id, d } = byGroups[0];
    const shares = d.shares.flatMap((s, g) => (s === null ? [] : [{ group: ctx.groupIds[g], agree: s }]));
    return { by: 'groups', contributionId: id, excerpt: excerpt(ctx.contributions.get(id)!.text), shares };
  }
  const divergent = ids
    .map((id) => ctx.contributions.get(id)!)
    .filter((c) => c.divergent && c.id !== counter)
    .sort((a, b) => Math.min(b.tally.agree, b.tally.disagree) - Math.min(a.tally.agree, a.tally.disagree));
  if (divergent.length > 0) {
    const c = divergent[0];
    return { by: 'participants', contributionId: c.id, excerpt: excerpt(c.text), agree: c.tally.agree, disagree: c.tally.disagree, pass: c.tally.pass };
  }
  const s = ctx.strengths.get(theme.id)!;
  if (s.basis === 'votes' && s.disagree >= 2 && s.disagree >= 0.25 * s.participants && s.word !== 'strong divergence' && !DISAGREEMENT_WORDS.has(s.word)) {
    return { by: 'leaning', disagree: s.disagree, participants: s.participants };
  }
  return null;
}

/**
 * Pinned first, then the most central (to a tenth: the coder's confidence and likeness move by
 * hundredths between contributions that belong equally well), then the most agreed (smoothed, so
 * 29 of 32 counts for more than 8 of 9); statements before questions, which the finding lists as
 * questions raised. Only contributions that lean the way the theme leans (agreed more than
 * disagreed with, or the reverse where the theme leaned to disagree; one the room split on evenly
 * is not its substance), unless pinned.
 */
function quotes(theme: Theme, s: Strength, ctx: FindingContext): ContributionSynthesis[] {
  const order = new Map(theme.contributions.map((id, i) => [id, i]));
  const againstTheme = DISAGREEMENT_WORDS.has(s.word);
  const leansWithTheme = (c: ContributionSynthesis) => c.tally.seen === 0 || s.word === 'strong divergence' || (againstTheme ? c.tally.disagree > c.tally.agree : c.tally.agree > c.tally.disagree);
  const agreed = (c: ContributionSynthesis) => (c.tally.agree + 1) / (c.tally.seen + 2);
  const central = (c: ContributionSynthesis) => Math.floor(c.centrality * 10);
  const asks = (c: ContributionSynthesis) => Number(c.text.trim().endsWith('?'));
  return theme.contributions
    .map((id) => ctx.contributions.get(id)!)
    .filter((c) => c.pinned || leansWithTheme(c))
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || asks(a) - asks(b) || central(b) - central(a) || agreed(b) - agreed(a) || order.get(a.id)! - order.get(b.id)!)
    .slice(0, MAX_QUOTES);
}

/**
 * The strongest counter-view: of the theme's other contributions, the one most often voted the
 * opposite way to the gist by the same people (agree against disagree, counted against those who
 * voted both the same way), at least two such people, and held by at least two.
 */
function counterView(theme: Theme, gist: ContributionSynthesis | undefined, shown: readonly ContributionSynthesis[], ctx: FindingContext): string | null {
  if (!gist || gist.tally.seen === 0) return null;
  const onGist = ctx.votesOf(gist.id);
  const taken = new Set(shown.map((c) => c.id));
  let best: { id: string; opposed: number; score: number; centrality: number } | null = null;
  for (const id of theme.contributions) {
    const c = ctx.contributions.get(id)!;
    if (taken.has(id) || c.tally.agree < 2) continue;
    let opposed = 0;
    let same = 0;
    for (const [participant, vote] of ctx.votesOf(id)) {
      const other = onGist.get(participant);
      if (!other || !vote) continue;
      if (other === vote) same++;
      else opposed++;
    }
    const score = opposed - same;
    if (opposed < 2 || score <= 0) continue;
    if (!best || score > best.score || (score === best.score && c.centrality > best.centrality)) best = { id, opposed, score, centrality: c.centrality };
  }
  return best?.id ?? null;
}

function supported(s: Strength, minSupport: number): boolean {
  return s.basis === 'votes' ? Math.max(s.agree, s.disagree) >= minSupport : s.contributions >= minSupport;
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
    const shown = quotes(theme, strength, ctx);
    const first = shown[0];
    const gist = first ? { contributionId: first.id, ...gistOf(first.text), attribution: first.quotable } : null;
    const draft = draftText(theme, strength, where, gist);
    const edited = ctx.edited.get(theme.id);
    const counter = counterView(theme, first, shown, ctx);
    const split = splitOf(theme, ctx, counter);
    return {
      number: i + 1,
      themeId: theme.id,
      text: edited ?? draft,
      draft,
      edited: edited !== undefined,
      heading: theme.heading,
      strength,
      quotes: shown.map((c) => c.id),
      gist,
      counter,
      divides: split ? en.split(split) : null,
      split,
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
  matrix: VoteMatrix;
  /** The facilitator's wording per theme. */
  edited: ReadonlyMap<string, string>;
  thresholds: Pick<MethodThresholds, 'findingMinSupport' | 'onlyInMinContributions'>;
}

/** Stage 7 of the synthesis: the findings, knowing where each contribution was voiced and which questions each theme raised. */
export function draftFindings({ contributions, sessions, shown, themes, strengths, opinions, questions, matrix, edited, thresholds }: FindingsFrom): Finding[] {
  const questionsByTheme = new Map<string, string[]>();
  for (const q of questions) if (q.themeId) (questionsByTheme.get(q.themeId) ?? questionsByTheme.set(q.themeId, []).get(q.themeId)!).push(q.contributionId);
  const sessionPlace = new Map(sessions.map((s) => [s.id, s.place]));
  const placeOf = new Map(contributions.map((c) => [c.id, c.place ?? (c.sessionId ? sessionPlace.get(c.sessionId) : undefined)]));
  const categoryOf = new Map(contributions.map((c) => [c.id, c.category]));
  const column = new Map(matrix.contributions.map((id, c) => [id, c]));
  const votesOf = (id: string) => {
    const c = column.get(id);
    return new Map(c === undefined ? [] : matrix.voters[c].map((p, i) => [matrix.participants[p], matrix.values[c][i]] as [string, number]));
  };
  return buildFindings({
    themes,
    strengths,
    contributions: new Map(shown.map((c) => [c.id, c])),
    placeOf,
    categoryOf,
    places: new Set([...placeOf.values()].filter((p) => p?.trim())).size,
    categories: new Set([...categoryOf.values()].filter((p) => p?.trim())).size,
    divisive: opinions.divides,
    groupIds: opinions.groups.map((g) => g.id),
    edited,
    questionsByTheme,
    votesOf,
    minSupport: thresholds.findingMinSupport,
    onlyInMin: thresholds.onlyInMinContributions,
  });
}
