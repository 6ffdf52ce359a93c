/**
 * The one mapping from measured support to the report's words. The word always travels with
 * the numbers behind it (agree, disagree, pass, participants, ratio, the room), so no sentence
 * claims more than the votes show. Rules apply in order; the first that holds gives the word.
 *
 * Three guards keep the words honest: a word above "several" needs the theme's voters to be a
 * share of the room (everyone who voted), not only a count; "many" needs agreement to outweigh
 * disagreement, and where disagreement outweighs it the word says so; "growing" needs the same
 * statements voted on in several sessions, with agreement rising (see SessionAgreement).
 */
import type { Leaning, SessionAgreement, Strength, StrengthWord } from '../../shared/synthesis.js';
import { en } from '../documents/i18n/en.js';
import { round3 } from './precision.js';

/** What a theme's strength word rests on: how its voters lean, and its contributions for when nobody voted. */
export interface SupportCounts extends Leaning {
  /** Contributions behind the theme (the basis when nobody voted). */
  contributions: number;
  /** Everyone who voted on anything in scope; absent means the theme's voters are the room. */
  room?: number;
  /** Contributions in scope (the basis of "many contributions"); absent means no share is asked. */
  roomContributions?: number;
  /** Agreement session by session with the theme's statements voted on in several sessions, chronological. */
  trend?: SessionAgreement[];
}

interface Rule {
  word: StrengthWord;
  rule: string;
  test: (c: SupportCounts, ratio: number, wide: boolean) => boolean;
}

/** Sessions with at least this many voters on the theme's shared statements count towards a trend. */
const MIN_TREND_VOTERS = 2;
/** The rise from the first to the last session that makes a majority "growing". */
const MIN_TREND_RISE = 0.1;
/** A word above "several" needs the theme's voters to be at least this share of the room. */
export const MIN_ROOM_SHARE = 0.25;
/** "Many contributions" needs at least this share of the contributions in scope. */
const MIN_CONTRIBUTION_SHARE = 0.1;

/** Support rose from session to session (never fell), by at least MIN_TREND_RISE, ending above half. */
export function isGrowing(trend: SupportCounts['trend']): boolean {
  const points = (trend ?? []).filter((p) => p.participants >= MIN_TREND_VOTERS).map((p) => p.agree / p.participants);
  if (points.length < 2) return false;
  for (let i = 1; i < points.length; i++) if (points[i] < points[i - 1]) return false;
  return points[points.length - 1] > 0.5 && points[points.length - 1] - points[0] >= MIN_TREND_RISE;
}

const ROOM = `and they are at least ${MIN_ROOM_SHARE * 100} % of everyone who voted`;

export const STRENGTH_RULES: readonly Rule[] = [
  { word: 'strong divergence', rule: 'at least 2 agree and 2 disagree, each at least 30 % of those who voted', test: (c) => c.agree >= 2 && c.disagree >= 2 && c.agree >= 0.3 * c.participants && c.disagree >= 0.3 * c.participants },
  { word: 'almost all', rule: `at least 5 voted, ${ROOM}, and at least 90 % agree`, test: (c, r, wide) => wide && c.participants >= 5 && r >= 0.9 },
  {
    word: 'a growing majority',
    rule: `at least 3 voted, ${ROOM}, more than half agree, and agreement with the same statements, voted on in several sessions, rose session by session (never fell, +10 points or more, above half in the last)`,
    test: (c, r, wide) => wide && c.participants >= 3 && r > 0.5 && isGrowing(c.trend),
  },
  { word: 'a clear majority', rule: `at least 3 voted, ${ROOM}, and at least two thirds agree`, test: (c, r, wide) => wide && c.participants >= 3 && r >= 2 / 3 },
  { word: 'a majority', rule: `at least 3 voted, ${ROOM}, and more than half agree`, test: (c, r, wide) => wide && c.participants >= 3 && r > 0.5 },
  { word: 'a majority disagreed', rule: `at least 3 voted, ${ROOM}, and more than half disagree`, test: (c, _r, wide) => wide && c.participants >= 3 && c.disagree > c.participants / 2 },
  { word: 'many', rule: `at least 3 agree, more than disagree, a third or more of those who voted, ${ROOM}`, test: (c, r, wide) => wide && c.agree >= 3 && c.agree > c.disagree && r >= 1 / 3 },
  { word: 'more disagreed', rule: 'at least 2 disagree, and more disagree than agree', test: (c) => c.disagree >= 2 && c.disagree > c.agree },
  { word: 'several', rule: 'at least 2 agree', test: (c) => c.agree >= 2 },
  { word: 'one participant', rule: 'exactly 1 agrees', test: (c) => c.agree === 1 },
  { word: 'no one', rule: 'nobody agrees', test: () => true },
];

/** When nobody voted, the word rests on how many contributions raised the theme and never claims a majority. */
const CONTRIBUTION_RULES: readonly { word: StrengthWord; rule: string; test: (n: number, share: number) => boolean }[] = [
  { word: 'many', rule: `at least 5 contributions, and at least ${MIN_CONTRIBUTION_SHARE * 100} % of all contributions`, test: (n, share) => n >= 5 && share >= MIN_CONTRIBUTION_SHARE },
  { word: 'several', rule: 'at least 2 contributions', test: (n) => n >= 2 },
  { word: 'one participant', rule: 'one contribution', test: (n) => n === 1 },
  { word: 'no one', rule: 'no contribution', test: () => true },
];

export const CONTRIBUTION_WORDS = CONTRIBUTION_RULES.map(({ word, rule }) => ({ word, rule }));

/** The words that say participants leaned to disagree. */
export const DISAGREEMENT_WORDS: ReadonlySet<StrengthWord> = new Set(['a majority disagreed', 'more disagreed']);

export function strength(c: SupportCounts): Strength {
  const ratio = c.participants > 0 ? c.agree / c.participants : 0;
  const room = Math.max(c.room ?? c.participants, c.participants);
  const base = { agree: c.agree, disagree: c.disagree, pass: c.pass, participants: c.participants, ratio: round3(ratio), contributions: c.contributions, room };
  if (c.participants === 0) {
    const share = c.roomContributions ? c.contributions / c.roomContributions : 1;
    const word = CONTRIBUTION_RULES.find((r) => r.test(c.contributions, share))!.word;
    return { word, ...base, basis: 'contributions' };
  }
  const wide = c.participants >= MIN_ROOM_SHARE * room;
  const word = STRENGTH_RULES.find((r) => r.test(c, ratio, wide))!.word;
  const out: Strength = { word, ...base, basis: 'votes' };
  if (word === 'a growing majority' && c.trend) {
    out.trend = c.trend.map((p) => ({ ...p, ratio: p.participants > 0 ? round3(p.agree / p.participants) : 0 }));
  }
  return out;
}

/**
 * The word as the subject of a sentence, with its numbers: "a clear majority of participants
 * (12 of 15)", "a majority of participants (48 of 87)" (who leaned to disagree), "three
 * contributions (no votes yet)". The caller chooses the verb. In English; each document
 * language words it in its catalogue (server/documents/i18n).
 */
export function strengthPhrase(s: Strength): string {
  return en.strengthPhrase(s);
}
