/**
 * Opinion groups the way Pol.is computes them, tuned for small rooms:
 * participants with enough votes -> matrix (agree +1, disagree -1, pass 0, a missing vote
 * imputed by the column mean) -> first two principal components, each participant's position
 * scaled by sqrt(statements / own votes) as Pol.is does so that people who voted little are not
 * pulled to the centre -> k-means for k = 2..5, chosen by silhouette. What the votes then say
 * about each statement, given the groups, is counted in statements.ts.
 */
import type { MethodThresholds } from '../../shared/synthesis.js';
import { chooseClustering } from './cluster.js';
import { pca2Sparse, type SparseRow } from './pca.js';
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
  const { projections } = pca2Sparse(rows, cols.length);
  // Pol.is's sparsity-aware scaling: sqrt(statements / own votes).
  const positions = projections.map(([x, y], r): [number, number] => {
    const scale = Math.sqrt(cols.length / Math.max(1, idx[r].length));
    return [x * scale, y * scale];
  });
  const choice = chooseClustering(positions, { kRange: th.kRange, minGroupSize: th.minGroupSize, minSilhouette: th.minSilhouette });
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
