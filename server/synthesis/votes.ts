/**
 * The vote matrix and what is counted from it: per contribution and per theme, distinct
 * participants agreeing, disagreeing, passing and seeing; convergence, divergence and
 * uncertainty flags. A participant's latest vote on a contribution is the one that counts.
 */
import type { Leaning, MethodThresholds, SessionAgreement, VoteTally } from '../../shared/synthesis.js';
import { methodThresholds, minVotesFor } from './method.js';

export type VoteValue = 1 | -1 | 0;

export interface Vote {
  participant: string;
  contribution: string;
  vote: VoteValue;
  /** The session the vote was cast in, where it may differ from the contribution's (a statement carried into a later session, a duplicate merged across sessions). */
  sessionId?: string;
}

export interface VoteMatrix {
  /** Participant ids, by index (order of first vote). */
  participants: string[];
  /** Contribution ids, by index (the order given). */
  contributions: string[];
  /** Per contribution: voter indexes and their votes, in the same order. */
  voters: number[][];
  values: VoteValue[][];
  /** The session each vote was cast in, where the input said; null means the contribution's own session. */
  sessions: (string | null)[][];
  /** Votes per participant. */
  votesPerParticipant: number[];
  /** Distinct (participant, contribution) votes. */
  total: number;
}

/** Build the matrix; votes on unknown contributions are ignored, later votes replace earlier ones. */
export function buildVoteMatrix(contributionIds: readonly string[], votes: readonly Vote[]): VoteMatrix {
  const cIndex = new Map(contributionIds.map((id, i) => [id, i]));
  const pIndex = new Map<string, number>();
  const participants: string[] = [];
  const cells = contributionIds.map(() => new Map<number, { vote: VoteValue; session: string | null }>());
  for (const v of votes) {
    const c = cIndex.get(v.contribution);
    if (c === undefined) continue;
    let p = pIndex.get(v.participant);
    if (p === undefined) {
      p = participants.length;
      pIndex.set(v.participant, p);
      participants.push(v.participant);
    }
    cells[c].set(p, { vote: v.vote, session: v.sessionId ?? null });
  }
  const votesPerParticipant = new Array<number>(participants.length).fill(0);
  let total = 0;
  const voters: number[][] = [];
  const values: VoteValue[][] = [];
  const sessions: (string | null)[][] = [];
  for (const m of cells) {
    const ps = [...m.keys()].sort((a, b) => a - b);
    voters.push(ps);
    values.push(ps.map((p) => m.get(p)!.vote));
    sessions.push(ps.map((p) => m.get(p)!.session));
    for (const p of ps) votesPerParticipant[p]++;
    total += ps.length;
  }
  return { participants, contributions: [...contributionIds], voters, values, sessions, votesPerParticipant, total };
}

/** Stage 3 of the synthesis: the votes that count, each contribution's tally, and the thresholds the round's size sets. */
export interface RoundVotes {
  matrix: VoteMatrix;
  /** Per contribution, in input order. */
  tallies: VoteTally[];
  thresholds: MethodThresholds;
}

export function countVotes(contributionIds: readonly string[], votes: readonly Vote[]): RoundVotes {
  const matrix = buildVoteMatrix(contributionIds, votes);
  const withVotes = matrix.voters.filter((v) => v.length > 0).length;
  return { matrix, tallies: matrix.values.map(tallyOf), thresholds: methodThresholds(minVotesFor(withVotes)) };
}

export function tallyOf(values: readonly VoteValue[]): VoteTally {
  let agree = 0;
  let disagree = 0;
  let pass = 0;
  for (const v of values) {
    if (v === 1) agree++;
    else if (v === -1) disagree++;
    else pass++;
  }
  return { agree, disagree, pass, seen: values.length };
}

export interface Flags {
  convergent: boolean;
  divergent: boolean;
  uncertain: boolean;
}

/**
 * Convergent: enough people saw it, a clear share agreed and few disagreed; "common-ground"
 * tags from enough distinct participants lower the agreement bar (they said so in words).
 * Divergent: both sides strong. Uncertain: many passes.
 */
export function flagsOf(t: VoteTally, commonGroundTags: number, th: MethodThresholds): Flags {
  const { convergence: cv, divergence: dv, uncertainty: un } = th;
  const bar = commonGroundTags >= cv.minCommonGroundTags ? cv.taggedAgreeRatio : cv.minAgreeRatio;
  const convergent = t.seen >= cv.minSeen && t.agree / t.seen >= bar && t.disagree / t.seen <= cv.maxDisagreeRatio;
  const divergent =
    t.seen >= dv.minSeen &&
    t.agree >= dv.minEachSide &&
    t.disagree >= dv.minEachSide &&
    t.agree / t.seen >= dv.minEachSideRatio &&
    t.disagree / t.seen >= dv.minEachSideRatio;
  const uncertain = t.seen >= un.minSeen && t.pass / t.seen >= un.minPassRatio;
  return { convergent, divergent, uncertain };
}

/**
 * How distinct participants lean over a set of contributions (a theme): each participant is
 * counted once, by the sign of (agrees - disagrees) over the set. `only` keeps some votes alone
 * (by contribution index and position among its voters), for the lean within one session.
 */
export function leanOver(m: VoteMatrix, contributionIdx: readonly number[], scratch?: Int32Array, only?: (c: number, i: number) => boolean): Leaning {
  const net = scratch ?? new Int32Array(m.participants.length);
  const seen: number[] = [];
  const mark = new Uint8Array(m.participants.length);
  for (const c of contributionIdx) {
    const ps = m.voters[c];
    const vs = m.values[c];
    for (let i = 0; i < ps.length; i++) {
      if (only && !only(c, i)) continue;
      const p = ps[i];
      if (!mark[p]) {
        mark[p] = 1;
        net[p] = 0;
        seen.push(p);
      }
      net[p] += vs[i];
    }
  }
  let agree = 0;
  let disagree = 0;
  let pass = 0;
  for (const p of seen) {
    if (net[p] > 0) agree++;
    else if (net[p] < 0) disagree++;
    else pass++;
  }
  return { participants: seen.length, agree, disagree, pass };
}

/**
 * Agreement session by session with the statements of a set that were voted on in more than one
 * session: the same statements, so a rise means minds met, not that easier statements came later.
 * A vote's session is the one the input gave it, else its contribution's. Empty when no statement
 * was voted on in two sessions.
 */
export function sharedStatementTrend(m: VoteMatrix, contributionIdx: readonly number[], contributionSession: readonly (string | undefined)[], sessionOrder: readonly string[], scratch?: Int32Array): SessionAgreement[] {
  const sessionOf = (c: number, i: number) => m.sessions[c][i] ?? contributionSession[c];
  const shared = contributionIdx.filter((c) => new Set(m.voters[c].map((_, i) => sessionOf(c, i))).size > 1);
  if (shared.length === 0) return [];
  return sessionOrder
    .map((sessionId) => {
      const l = leanOver(m, shared, scratch, (c, i) => sessionOf(c, i) === sessionId);
      return { sessionId, agree: l.agree, participants: l.participants };
    })
    .filter((p) => p.participants > 0);
}
