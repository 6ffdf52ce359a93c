/**
 * What the votes say about each statement, given the opinion groups, as Pol.is counts it:
 * consensus (a broad majority of everyone), agreement within every group, broad rejection, the
 * statements that divide the groups, each statement's group-informed consensus, and the
 * statements that set each group apart (representativeness).
 *
 * Three rules keep the lists honest: no statement is both consensus (or rejected) and divisive,
 * since a majority carried by one group is that group's view, not the room's; "divisive" needs
 * people on both sides, not only a gap between smoothed shares; and consensus is ranked by
 * group-informed consensus, so the statements every group agrees with come before those one
 * large group carries. Statements about the participants themselves are left out of every list.
 */
import type { GroupStance, MethodThresholds } from '../../shared/synthesis.js';
import { round3 } from './precision.js';
import type { VoteMatrix } from './votes.js';

/** Agree / disagree / seen counts of one statement within a set of participants. */
export interface Counts {
  na: number;
  nd: number;
  ns: number;
}

/** Smoothed share (Laplace): (x + 1) / (n + 2), as Pol.is uses. */
export const smoothed = (x: number, n: number) => (x + 1) / (n + 2);

/** Pol.is's one-proportion test of "more than half": 2 sqrt(n + 1) ((x + 1) / (n + 1) - 1/2). */
export function propTest(x: number, n: number): number {
  return 2 * Math.sqrt(n + 1) * ((x + 1) / (n + 1) - 0.5);
}

/**
 * Pol.is's two-proportion test of "more in the first set than in the second", every count
 * raised by one as its pseudo-count: z = (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)).
 */
export function twoPropTest(x1: number, n1: number, x2: number, n2: number): number {
  const [s1, s2, t1, t2] = [x1 + 1, x2 + 1, n1 + 1, n2 + 1];
  const p = (s1 + s2) / (t1 + t2);
  if (p >= 1) return 0;
  return (s1 / t1 - s2 / t2) / Math.sqrt(p * (1 - p) * (1 / t1 + 1 / t2));
}

/** Each statement's counts overall and within each group (members are matrix indexes). */
export interface StatementCounts {
  /** Participants who voted enough to be grouped: the engaged room a broad majority is a share of. */
  engaged: number;
  overall: Counts[];
  /** [statement][group] */
  byGroup: Counts[][];
}

export function countStatements(m: VoteMatrix, members: readonly (readonly number[])[], engaged: number): StatementCounts {
  const groupOf = new Int32Array(m.participants.length).fill(-1);
  members.forEach((g, k) => g.forEach((p) => (groupOf[p] = k)));
  const overall: Counts[] = [];
  const byGroup: Counts[][] = [];
  for (let c = 0; c < m.contributions.length; c++) {
    const all: Counts = { na: 0, nd: 0, ns: 0 };
    const per: Counts[] = members.map(() => ({ na: 0, nd: 0, ns: 0 }));
    const ps = m.voters[c];
    const vs = m.values[c];
    for (let i = 0; i < ps.length; i++) {
      const into = groupOf[ps[i]] >= 0 ? [all, per[groupOf[ps[i]]]] : [all];
      for (const x of into) {
        x.ns++;
        if (vs[i] === 1) x.na++;
        else if (vs[i] === -1) x.nd++;
      }
    }
    overall.push(all);
    byGroup.push(per);
  }
  return { engaged, overall, byGroup };
}

/** Pol.is's group-informed consensus: the product over groups of the smoothed agree share; the overall share without groups. */
export function groupInformedConsensus(counts: StatementCounts, c: number): number {
  const groups = counts.byGroup[c];
  if (groups.length === 0) return smoothed(counts.overall[c].na, counts.overall[c].ns);
  return groups.reduce((product, g) => product * smoothed(g.na, g.ns), 1);
}

/** The same product on the disagree side: how broadly a statement was rejected. */
function groupInformedRejection(counts: StatementCounts, c: number): number {
  const groups = counts.byGroup[c];
  if (groups.length === 0) return smoothed(counts.overall[c].nd, counts.overall[c].ns);
  return groups.reduce((product, g) => product * smoothed(g.nd, g.ns), 1);
}

export interface Divide {
  c: number;
  gap: number;
  /** Each group's smoothed agree share; null where fewer than minSeenPerGroup voted. */
  shares: (number | null)[];
}

/** Divisive: the groups' agreement differs by at least minGap, and people stood on both sides. Most divisive first. */
export function divisiveStatements(counts: StatementCounts, th: MethodThresholds, exclude: ReadonlySet<number> = new Set()): Divide[] {
  const out: Divide[] = [];
  counts.byGroup.forEach((groups, c) => {
    if (groups.length < 2 || exclude.has(c)) return;
    const { na, nd } = counts.overall[c];
    if (na < th.divisive.minEachSide || nd < th.divisive.minEachSide) return;
    const shares = groups.map((g) => (g.ns >= th.divisive.minSeenPerGroup ? smoothed(g.na, g.ns) : null));
    const known = shares.filter((s): s is number => s !== null);
    if (known.length < 2) return;
    const gap = Math.max(...known) - Math.min(...known);
    if (gap >= th.divisive.minGap) out.push({ c, gap, shares });
  });
  return out.sort((a, b) => b.gap - a.gap || a.c - b.c);
}


const byScore = (score: (c: number) => number) => (a: number, b: number) => score(b) - score(a) || a - b;

/**
 * A broad majority of everyone who voted, on one side: at least minSeen of them and a share of
 * the engaged room (not the four people who saw a late statement), the smoothed share at least
 * the bar, significant at z; none in `notIn` (the divisive, and what is no statement). Ranked by
 * the product of every group's smoothed share on that side.
 */
function broadMajority(counts: StatementCounts, th: MethodThresholds, notIn: ReadonlySet<number>, side: 'na' | 'nd', rule: { minSeen: number; ratio: number; z: number }): number[] {
  const minSeen = Math.max(rule.minSeen, Math.ceil(th.minRoomShare * counts.engaged));
  const informed = (c: number) => (side === 'na' ? groupInformedConsensus(counts, c) : groupInformedRejection(counts, c));
  return counts.overall
    .map((x, c) => (!notIn.has(c) && x.ns >= minSeen && smoothed(x[side], x.ns) >= rule.ratio && propTest(x[side], x.ns) > rule.z ? c : -1))
    .filter((c) => c >= 0)
    .sort(byScore(informed));
}

/** Consensus: a broad majority of everyone who voted agrees, and the groups do not split on it. By group-informed consensus. */
export function consensusStatements(counts: StatementCounts, th: MethodThresholds, notIn: ReadonlySet<number>): number[] {
  return broadMajority(counts, th, notIn, 'na', { minSeen: th.consensus.minSeen, ratio: th.consensus.minAgreeRatio, z: th.consensus.z });
}

/** Broad rejection: a broad majority of everyone who voted disagrees, and the groups do not split on it. */
export function rejectedStatements(counts: StatementCounts, th: MethodThresholds, notIn: ReadonlySet<number>): number[] {
  return broadMajority(counts, th, notIn, 'nd', { minSeen: th.rejected.minSeen, ratio: th.rejected.minDisagreeRatio, z: th.rejected.z });
}

/** Agreement within every group: each group's smoothed agree share at least the bar. By group-informed consensus. */
export function groupConsensusStatements(counts: StatementCounts, th: MethodThresholds, exclude: ReadonlySet<number> = new Set()): number[] {
  const { minSeenPerGroup, minAgreeRatioInEveryGroup } = th.groupConsensus;
  return counts.byGroup
    .map((groups, c) => (!exclude.has(c) && groups.length > 0 && groups.every((g) => g.ns >= minSeenPerGroup && smoothed(g.na, g.ns) >= minAgreeRatioInEveryGroup) ? c : -1))
    .filter((c) => c >= 0)
    .sort(byScore((c) => groupInformedConsensus(counts, c)));
}

const MAX_REPRESENTATIVE = 5;
/** Pol.is's pseudo-counts let a single vote pass both tests; a group's stance needs at least this many of its members to have voted. */
export const MIN_SEEN_IN_GROUP = 3;

/** One direction of one statement for one group: Pol.is's four factors and the counts behind them. */
interface Candidate extends GroupStance {
  passes: boolean;
  test: number;
  metric: number;
}

function candidate(c: string, direction: GroupStance['direction'], x: number, n: number, rx: number, rn: number, z: number): Candidate {
  const p = smoothed(x, n);
  const restP = smoothed(rx, rn);
  const pTest = propTest(x, n);
  const test = twoPropTest(x, n, rx, rn);
  return {
    contributionId: c,
    direction,
    groupRatio: round3(p),
    restRatio: round3(restP),
    groupCount: x,
    groupSeen: n,
    restCount: rx,
    restSeen: rn,
    passes: pTest > z && test > z,
    test,
    metric: (p / restP) * test * p * pTest,
  };
}

/**
 * Representative statements of each group, as Pol.is selects them: the group agrees (or
 * disagrees) more than half of the time by the one-proportion test, and more than the other
 * groups by the two-proportion test, both at 90 %; ranked by the product of the four factors
 * (representativeness ratio, its test, the group's share, its test), at most five, agreements first.
 * Unlike Pol.is, no statement is added when none passes: nothing is said to set a group apart
 * that does not, significantly.
 */
export function representativeStatements(m: VoteMatrix, counts: StatementCounts, z: number, exclude: ReadonlySet<number> = new Set()): GroupStance[][] {
  const k = counts.byGroup[0]?.length ?? 0;
  return Array.from({ length: k }, (_, g) => {
    const picks: Candidate[] = [];
    counts.byGroup.forEach((groups, c) => {
      const own = groups[g];
      if (exclude.has(c) || own.na + own.nd === 0 || own.ns < MIN_SEEN_IN_GROUP) return;
      const rest = groups.reduce((r, x, h) => (h === g ? r : { na: r.na + x.na, nd: r.nd + x.nd, ns: r.ns + x.ns }), { na: 0, nd: 0, ns: 0 });
      const id = m.contributions[c];
      const agree = candidate(id, 'agree', own.na, own.ns, rest.na, rest.ns, z);
      const disagree = candidate(id, 'disagree', own.nd, own.ns, rest.nd, rest.ns, z);
      const best = [agree, disagree].filter((x) => x.passes).sort((a, b) => b.test - a.test)[0];
      if (best) picks.push(best);
    });
    picks.sort((a, b) => b.metric - a.metric || (a.contributionId < b.contributionId ? -1 : 1));
    const top = picks.slice(0, MAX_REPRESENTATIVE);
    return [...top.filter((p) => p.direction === 'agree'), ...top.filter((p) => p.direction === 'disagree')].map(({ passes: _p, test: _t, metric: _m, ...stance }) => stance);
  });
}
