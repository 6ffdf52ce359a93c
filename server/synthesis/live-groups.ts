/**
 * Opinion groups for a view that is recomputed several times a second. Placing participants
 * (PCA, then k-means for k = 2..5 scored by silhouette) is the costly part of a synthesis: tens
 * of milliseconds for a plenary of 1,000 with 4,000 votes, a few hundred with 12,000. In a round
 * that large a few more votes barely move anyone, so while the votes differ from those the groups
 * were placed from by less than a share of them, the groups are kept, and only what is counted
 * from them (consensus, representative and divisive statements) is recomputed from every vote.
 * Smaller rounds, every roundtable among them, are placed afresh each time, and so is every
 * document.
 */
import type { MethodThresholds } from '../../shared/synthesis.js';
import { computeGroups, type GroupsResult } from './groups.js';
import type { VoteMatrix, VoteValue } from './votes.js';

export interface LiveGroupsOptions {
  /** Rounds with fewer distinct votes than this are always placed afresh. */
  minVotes: number;
  /** Share of the votes (added, withdrawn or changed) since the last placement that triggers a new one. */
  refreshShare: number;
}

export const LIVE_GROUPS: LiveGroupsOptions = { minVotes: 2000, refreshShare: 0.1 };

/** A placement, kept by participant id so that it can be laid over a later matrix. */
interface Placement {
  cells: Map<string, VoteValue>;
  thresholds: string;
  grouped: string[];
  members: string[][];
  result: GroupsResult;
}

export class LiveGroups {
  private placement: Placement | null = null;
  /** How many placements were computed and how many were reused, for the tests. */
  readonly counts = { placed: 0, reused: 0 };

  constructor(private readonly options: LiveGroupsOptions = LIVE_GROUPS) {}

  readonly groupsOf = (m: VoteMatrix, th: MethodThresholds): GroupsResult => {
    if (m.total < this.options.minVotes) {
      this.placement = null;
      return this.place(m, th);
    }
    const cells = cellsOf(m);
    const thresholds = JSON.stringify(th);
    const reused = this.placement && this.placement.thresholds === thresholds ? this.reuse(this.placement, m, cells) : null;
    if (reused) {
      this.counts.reused++;
      return reused;
    }
    const result = this.place(m, th);
    this.placement = {
      cells,
      thresholds,
      grouped: result.grouped.map((p) => m.participants[p]),
      members: result.members.map((g) => g.map((p) => m.participants[p])),
      result,
    };
    return result;
  };

  private place(m: VoteMatrix, th: MethodThresholds): GroupsResult {
    this.counts.placed++;
    return computeGroups(m, th);
  }

  /** The earlier placement laid over the current matrix, or null when it no longer fits. */
  private reuse(placement: Placement, m: VoteMatrix, cells: Map<string, VoteValue>): GroupsResult | null {
    if (changedCells(placement.cells, cells) >= this.options.refreshShare * Math.max(1, placement.cells.size)) return null;
    const index = new Map(m.participants.map((id, p) => [id, p]));
    const grouped = placement.grouped.map((id) => index.get(id));
    if (grouped.some((p) => p === undefined)) return null;
    return {
      ...placement.result,
      grouped: grouped as number[],
      members: placement.members.map((g) => g.map((id) => index.get(id)!)),
    };
  }
}

function cellsOf(m: VoteMatrix): Map<string, VoteValue> {
  const cells = new Map<string, VoteValue>();
  m.voters.forEach((ps, c) => {
    const contribution = m.contributions[c];
    ps.forEach((p, i) => cells.set(`${m.participants[p]}\u0000${contribution}`, m.values[c][i]));
  });
  return cells;
}

/** Votes added, withdrawn or changed between two sets of cells. */
function changedCells(before: Map<string, VoteValue>, after: Map<string, VoteValue>): number {
  let changed = 0;
  let kept = 0;
  for (const [key, value] of after) {
    const was = before.get(key);
    if (was === undefined) changed++;
    else {
      kept++;
      if (was !== value) changed++;
    }
  }
  return changed + (before.size - kept);
}
