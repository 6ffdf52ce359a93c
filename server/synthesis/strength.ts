/**
 * The one mapping from measured support to the report's words. The word always travels with
 * the numbers behind it (agree, disagree, pass, participants, ratio), so no sentence claims
 * more than the votes show. Rules apply in order; the first that holds gives the word.
 */
import type { Leaning, SessionAgreement, Strength, StrengthWord } from '../../shared/synthesis.js';
import { round3 } from './precision.js';

/** What a theme's strength word rests on: how its voters lean, and its contributions for when nobody voted. */
export interface SupportCounts extends Leaning {
  /** Contributions behind the theme (the basis when nobody voted). */
  contributions: number;
  /** Agreement session by session, in chronological order. */
  trend?: SessionAgreement[];
}

interface Rule {
  word: StrengthWord;
  rule: string;
  test: (c: SupportCounts, ratio: number) => boolean;
}

/** Sessions with at least this many voters on the theme count towards a trend. */
const MIN_TREND_VOTERS = 2;
/** The rise from the first to the last session that makes a majority "growing". */
const MIN_TREND_RISE = 0.1;

/** Support rose from session to session (never fell), by at least MIN_TREND_RISE, ending above half. */
export function isGrowing(trend: SupportCounts['trend']): boolean {
  const points = (trend ?? []).filter((p) => p.participants >= MIN_TREND_VOTERS).map((p) => p.agree / p.participants);
  if (points.length < 2) return false;
  for (let i = 1; i < points.length; i++) if (points[i] < points[i - 1]) return false;
  return points[points.length - 1] > 0.5 && points[points.length - 1] - points[0] >= MIN_TREND_RISE;
}

export const STRENGTH_RULES: readonly Rule[] = [
  { word: 'strong divergence', rule: 'at least 2 agree and 2 disagree, each at least 30 % of those who voted', test: (c) => c.agree >= 2 && c.disagree >= 2 && c.agree >= 0.3 * c.participants && c.disagree >= 0.3 * c.participants },
  { word: 'almost all', rule: 'at least 5 voted and at least 90 % agree', test: (c, r) => c.participants >= 5 && r >= 0.9 },
  { word: 'a growing majority', rule: 'at least 3 voted, more than half agree, and agreement rose session by session (never fell, +10 points or more, above half in the last session)', test: (c, r) => c.participants >= 3 && r > 0.5 && isGrowing(c.trend) },
  { word: 'a clear majority', rule: 'at least 3 voted and at least two thirds agree', test: (c, r) => c.participants >= 3 && r >= 2 / 3 },
  { word: 'a majority', rule: 'at least 3 voted and more than half agree', test: (c, r) => c.participants >= 3 && r > 0.5 },
  { word: 'many', rule: 'at least 10 agree, or at least 3 agree who are a third or more of those who voted', test: (c, r) => c.agree >= 10 || (c.agree >= 3 && r >= 1 / 3) },
  { word: 'several', rule: 'at least 2 agree', test: (c) => c.agree >= 2 },
  { word: 'one participant', rule: 'exactly 1 agrees', test: (c) => c.agree === 1 },
  { word: 'no one', rule: 'nobody agrees', test: () => true },
];

/** When nobody voted, the word rests on how many contributions raised the theme and never claims a majority. */
const CONTRIBUTION_RULES: readonly { word: StrengthWord; min: number }[] = [
  { word: 'many', min: 5 },
  { word: 'several', min: 2 },
  { word: 'one participant', min: 1 },
  { word: 'no one', min: 0 },
];


export function strength(c: SupportCounts): Strength {
  const ratio = c.participants > 0 ? c.agree / c.participants : 0;
  const base = { agree: c.agree, disagree: c.disagree, pass: c.pass, participants: c.participants, ratio: round3(ratio), contributions: c.contributions };
  if (c.participants === 0) {
    const word = CONTRIBUTION_RULES.find((r) => c.contributions >= r.min)!.word;
    return { word, ...base, basis: 'contributions' };
  }
  const word = STRENGTH_RULES.find((r) => r.test(c, ratio))!.word;
  const out: Strength = { word, ...base, basis: 'votes' };
  if (word === 'a growing majority' && c.trend) {
    out.trend = c.trend.map((p) => ({ ...p, ratio: p.participants > 0 ? round3(p.agree / p.participants) : 0 }));
  }
  return out;
}

/** "a clear majority of participants (12 of 15)": the word as it opens a sentence, with its numbers. */
export function strengthPhrase(s: Strength): string {
  if (s.basis === 'contributions') {
    if (s.word === 'one participant') return 'one contribution (no votes yet)';
    if (s.word === 'no one') return 'no contribution';
    return `${s.word} contributions (${s.contributions}, no votes yet)`;
  }
  const n = `${s.agree} of ${s.participants}`;
  switch (s.word) {
    case 'one participant':
      return `one participant (${n})`;
    case 'no one':
      return `no participant (${n})`;
    case 'strong divergence':
      return `participants (${s.agree} agreed, ${s.disagree} disagreed, of ${s.participants})`;
    case 'many':
    case 'several':
    case 'almost all':
      return `${s.word} participants (${n})`;
    default:
      return `${s.word} of participants (${n})`;
  }
}
