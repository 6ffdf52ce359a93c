/**
 * Opinion groups the way Pol.is computes them, tuned for small rooms:
 * participants with enough votes -> matrix (agree +1, disagree -1, pass 0, a missing vote
 * imputed by the column mean) -> first two principal components, each participant's position
 * scaled by sqrt(statements / own votes) as Pol.is does so that people who voted little are not
 * pulled to the centre -> k-means for k = 2..5, chosen by silhouette. Then, from the votes:
 * representative statements per group, consensus (broad majority), group-informed consensus
 * (agreement within every group) and divisive statements.
 */
import type { MethodThresholds, OpinionGroup } from '../../shared/synthesis.js';
import { clusteringSteps } from './cluster.js';
import { pca2SparseSteps, type SparseRow } from './pca.js';
import { round3 } from './precision.js';
import { runWhole, type Steps } from './steps.js';
import type { VoteMatrix } from './votes.js';

export interface GroupsResult {
  /** Participant indexes (into the matrix) in each group, largest group first. */
  members: number[][];
  centres: [number, number][];
  silhouette: number | null;
  /** Participant indexes that entered the computation. */
  grouped: number[];
  /** Position of each grouped participant (same order as `grouped`). */
  positions: [number, number][];
  tried: { k: number; silhouette: number }[];
}

/**
 * Participants ordered by their votes rather than by when or under which id they first voted,
 * so seeded k-means++ (which picks starting points by position) finds the same groups however
 * the votes arrive: re-imported from a Pol.is export under fresh ids, say.
 */
function canonicalOrder(m: VoteMatrix, participants: number[]): number[] {
  const rows = new Map<number, number[]>(participants.map((p) => [p, []]));
  m.voters.forEach((ps, c) => ps.forEach((p, i) => rows.get(p)?.push(c * 3 + m.values[c][i] + 1)));
  const compare = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  };
  return [...participants].sort((a, b) => compare(rows.get(a)!, rows.get(b)!) || a - b);
}

export function computeGroups(m: VoteMatrix, th: MethodThresholds): GroupsResult {
  return runWhole(groupSteps(m, th));
}

export function* groupSteps(m: VoteMatrix, th: MethodThresholds): Steps<GroupsResult> {
  const grouped = canonicalOrder(
    m,
    m.participants.map((_, p) => p).filter((p) => m.votesPerParticipant[p] >= th.minVotesPerParticipant),
  );
  const empty: GroupsResult = { members: [], centres: [], silhouette: null, grouped, positions: [], tried: [] };
  if (grouped.length < th.minParticipantsForGroups) return empty;
  const row = new Map(grouped.map((p, i) => [p, i]));
  const cols = m.voters.map((_, c) => c).filter((c) => m.voters[c].some((p) => row.has(p)));
  if (cols.length < 2) return empty;
  // Centred sparse rows: a cast vote minus its column mean; a missing vote is imputed by the
  // column mean, which centring turns into 0, so it needs no storage.
  const idx: number[][] = grouped.map(() => []);
  const val: number[][] = grouped.map(() => []);
  cols.forEach((c, j) => {
    const ps = m.voters[c];
    const vs = m.values[c];
    let sum = 0;
    let count = 0;
    for (let i = 0; i < ps.length; i++) {
      if (row.has(ps[i])) {
        sum += vs[i];
        count++;
      }
    }
    const mean = count > 0 ? sum / count : 0;
    for (let i = 0; i < ps.length; i++) {
      const r = row.get(ps[i]);
      if (r === undefined) continue;
      idx[r].push(j);
      val[r].push(vs[i] - mean);
    }
  });
  const rows: SparseRow[] = grouped.map((_, r) => ({ idx: Int32Array.from(idx[r]), val: Float64Array.from(val[r]) }));
  yield;
  const { projections } = yield* pca2SparseSteps(rows, cols.length);
  // Pol.is's sparsity-aware scaling: sqrt(statements / own votes).
  const positions = projections.map(([x, y], r): [number, number] => {
    const scale = Math.sqrt(cols.length / Math.max(1, idx[r].length));
    return [x * scale, y * scale];
  });
  const choice = yield* clusteringSteps(positions, { kRange: th.kRange, minGroupSize: th.minGroupSize, minSilhouette: th.minSilhouette });
  const members: number[][] = Array.from({ length: choice.k }, () => []);
  choice.labels.forEach((l, r) => members[l].push(grouped[r]));
  return {
    members,
    centres: choice.centroids.map((c): [number, number] => [c[0], c[1]]),
    silhouette: choice.k > 1 ? choice.silhouette : null,
    grouped,
    positions,
    tried: choice.tried,
  };
}

/** Agree / disagree / seen counts of one contribution within a set of participants. */
interface Counts {
  na: number;
  nd: number;
  ns: number;
}

function countsIn(m: VoteMatrix, c: number, inSet: Uint8Array | null): Counts {
  const ps = m.voters[c];
  const vs = m.values[c];
  let na = 0;
  let nd = 0;
  let ns = 0;
  for (let i = 0; i < ps.length; i++) {
    if (inSet && !inSet[ps[i]]) continue;
    ns++;
    if (vs[i] === 1) na++;
    else if (vs[i] === -1) nd++;
  }
  return { na, nd, ns };
}

/** Smoothed share (Laplace): (x + 1) / (n + 2), as Pol.is uses. */
export const smoothed = (x: number, n: number) => (x + 1) / (n + 2);

/** Pol.is's one-proportion test of "more than half": 2 sqrt(n + 1) ((x + 1) / (n + 1) - 1/2). */
export function propTest(x: number, n: number): number {
  return 2 * Math.sqrt(n + 1) * ((x + 1) / (n + 1) - 0.5);
}

/** Two-proportion z test with the same smoothing. */
export function twoPropTest(x1: number, n1: number, x2: number, n2: number): number {
  const p1 = smoothed(x1, n1);
  const p2 = smoothed(x2, n2);
  const p = (x1 + x2 + 2) / (n1 + n2 + 4);
  const se = Math.sqrt(p * (1 - p) * (1 / (n1 + 2) + 1 / (n2 + 2)));
  return se === 0 ? 0 : (p1 - p2) / se;
}

/** Consensus: a broad majority of everyone who voted agrees. Strongest first. */
export function consensusStatements(m: VoteMatrix, th: MethodThresholds): number[] {
  const out: { c: number; pa: number; ns: number }[] = [];
  for (let c = 0; c < m.contributions.length; c++) {
    const { na, ns } = countsIn(m, c, null);
    if (ns < th.consensus.minSeen) continue;
    const pa = smoothed(na, ns);
    if (pa >= th.consensus.minAgreeRatio && propTest(na, ns) > th.consensus.z) out.push({ c, pa, ns });
  }
  return out.sort((a, b) => b.pa - a.pa || b.ns - a.ns || a.c - b.c).map((x) => x.c);
}

function groupMasks(m: VoteMatrix, members: number[][]): Uint8Array[] {
  return members.map((g) => {
    const mask = new Uint8Array(m.participants.length);
    for (const p of g) mask[p] = 1;
    return mask;
  });
}

/** Group-informed consensus: agreement within every group. Strongest (product of shares) first. */
export function groupConsensusStatements(m: VoteMatrix, members: number[][], th: MethodThresholds): number[] {
  if (members.length === 0) return [];
  const masks = groupMasks(m, members);
  const out: { c: number; score: number }[] = [];
  for (let c = 0; c < m.contributions.length; c++) {
    let score = 1;
    let ok = true;
    for (const mask of masks) {
      const { na, ns } = countsIn(m, c, mask);
      const pa = smoothed(na, ns);
      if (ns < th.groupConsensus.minSeenPerGroup || pa < th.groupConsensus.minAgreeRatioInEveryGroup) {
        ok = false;
        break;
      }
      score *= pa;
    }
    if (ok) out.push({ c, score });
  }
  return out.sort((a, b) => b.score - a.score || a.c - b.c).map((x) => x.c);
}

/** Divisive: groups' agreement differs by at least minGap. Most divisive first. */
export function divisiveStatements(m: VoteMatrix, members: number[][], th: MethodThresholds): { c: number; gap: number; shares: (number | null)[] }[] {
  if (members.length < 2) return [];
  const masks = groupMasks(m, members);
  const out: { c: number; gap: number; shares: (number | null)[] }[] = [];
  for (let c = 0; c < m.contributions.length; c++) {
    const shares = masks.map((mask) => {
      const { na, ns } = countsIn(m, c, mask);
      return ns >= th.divisive.minSeenPerGroup ? smoothed(na, ns) : null;
    });
    const known = shares.filter((s): s is number => s !== null);
    if (known.length < 2) continue;
    const gap = Math.max(...known) - Math.min(...known);
    if (gap >= th.divisive.minGap) out.push({ c, gap, shares });
  }
  return out.sort((a, b) => b.gap - a.gap || a.c - b.c);
}

const MAX_REPRESENTATIVE = 5;

/**
 * Representative statements of each group (Pol.is "repness"): the group agrees (or disagrees)
 * more than everyone else, significantly (two-proportion z at 90 %), and the group itself leans
 * that way (smoothed share above half). Ranked by (group share / rest share) x group share.
 */
export function representative(m: VoteMatrix, members: number[][], z: number): OpinionGroup['stances'][] {
  const masks = groupMasks(m, members);
  return masks.map((mask, g) => {
    const rest = new Uint8Array(m.participants.length);
    masks.forEach((other, h) => {
      if (h !== g) for (let p = 0; p < other.length; p++) if (other[p]) rest[p] = 1;
    });
    const picks: { contributionId: string; direction: 'agree' | 'disagree'; groupRatio: number; restRatio: number; score: number }[] = [];
    for (let c = 0; c < m.contributions.length; c++) {
      const gi = countsIn(m, c, mask);
      if (gi.ns < 2) continue;
      const ro = countsIn(m, c, rest);
      for (const direction of ['agree', 'disagree'] as const) {
        const xg = direction === 'agree' ? gi.na : gi.nd;
        const xr = direction === 'agree' ? ro.na : ro.nd;
        const pg = smoothed(xg, gi.ns);
        const pr = smoothed(xr, ro.ns);
        if (pg <= 0.5 || twoPropTest(xg, gi.ns, xr, ro.ns) <= z) continue;
        picks.push({ contributionId: m.contributions[c], direction, groupRatio: round3(pg), restRatio: round3(pr), score: (pg / pr) * pg });
      }
    }
    picks.sort((a, b) => b.score - a.score || (a.contributionId < b.contributionId ? -1 : 1));
    const seen = new Set<string>();
    return picks
      .filter((p) => !seen.has(p.contributionId) && seen.add(p.contributionId))
      .slice(0, MAX_REPRESENTATIVE)
      .map(({ score: _score, ...rest }) => rest);
  });
}

