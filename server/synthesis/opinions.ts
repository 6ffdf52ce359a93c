/**
 * Stage 4 of the synthesis: opinion groups from the votes, and what is counted from them:
 * consensus across everyone, agreement within every group, broad rejection, the statements that
 * divide the groups, and what sets each group apart (statements.ts).
 */
import type { MethodThresholds, OpinionGroup, OpinionMap } from '../../shared/synthesis.js';
import type { GroupsResult } from './groups.js';
import { round3 } from './precision.js';
import {
  consensusStatements,
  countStatements,
  divisiveStatements,
  groupConsensusStatements,
  groupInformedConsensus,
  rejectedStatements,
  representativeStatements,
  type StatementCounts,
} from './statements.js';
import type { VoteMatrix } from './votes.js';

const GROUP_NAMES = 'ABCDEFGHIJ';

/** How participants are placed in groups: afresh (computeGroups), or keeping an earlier placement (LiveGroups). */
export type GroupsOf = (m: VoteMatrix, th: MethodThresholds) => GroupsResult;

export interface Opinions {
  groups: OpinionGroup[];
  /** Of the chosen grouping; null when there are no groups. */
  silhouette: number | null;
  map: OpinionMap | null;
  /** Contribution ids, strongest first. */
  consensus: string[];
  groupConsensus: string[];
  rejected: string[];
  divisive: string[];
  /** Each divisive contribution's gap between the groups and their agree shares (null where too few voted). */
  divides: Map<string, { gap: number; shares: (number | null)[] }>;
  /** Per contribution (matrix order): votes within each group, and its group-informed consensus (null without groups). */
  byGroup: { agree: number; disagree: number; seen: number }[][];
  gic: (number | null)[];
  /** Participants with enough votes to enter the grouping. */
  grouped: number;
}

/** `exclude`: matrix indexes of statements no list may hold (statements about the participants themselves). */
export function opinionsOf(matrix: VoteMatrix, th: MethodThresholds, groupsOf: GroupsOf, exclude: ReadonlySet<number> = new Set()): Opinions {
  const g = groupsOf(matrix, th);
  const ids = (cs: readonly number[]) => cs.map((c) => matrix.contributions[c]);
  const counts: StatementCounts = countStatements(matrix, g.members, g.grouped.length);
  const divisive = divisiveStatements(counts, th, exclude);
  const notIn = new Set([...exclude, ...divisive.map((d) => d.c)]);
  const consensus = consensusStatements(counts, th, notIn);
  const rejected = rejectedStatements(counts, th, notIn);
  const groupConsensus = groupConsensusStatements(counts, th, exclude);
  const stances = representativeStatements(matrix, counts, th.consensus.z, exclude);
  return {
    groups: g.members.map((members, k) => ({
      id: GROUP_NAMES[k] ?? `G${k + 1}`,
      participants: members.map((p) => matrix.participants[p]),
      representative: stances[k].map((s) => s.contributionId),
      stances: stances[k],
      centre: [round3(g.centres[k][0]), round3(g.centres[k][1])],
    })),
    silhouette: g.silhouette === null ? null : round3(g.silhouette),
    map: opinionMap(g),
    consensus: ids(consensus),
    groupConsensus: ids(groupConsensus),
    rejected: ids(rejected),
    divisive: ids(divisive.map((d) => d.c)),
    divides: new Map(divisive.map((d) => [matrix.contributions[d.c], { gap: d.gap, shares: d.shares }])),
    byGroup: counts.byGroup.map((groups) => groups.map((x) => ({ agree: x.na, disagree: x.nd, seen: x.ns }))),
    gic: counts.byGroup.map((groups, c) => (groups.length > 0 ? round3(groupInformedConsensus(counts, c)) : null)),
    grouped: g.grouped.length,
  };
}

/** Each grouped participant's position and group, sorted by coordinates so that the order says nothing about anyone. */
function opinionMap(g: GroupsResult): OpinionMap | null {
  if (g.members.length === 0) return null;
  const groupOf = new Map(g.members.flatMap((members, k) => members.map((p) => [p, k] as const)));
  const points = g.grouped.map((p, r): [number, number, number] => [round3(g.positions[r][0]), round3(g.positions[r][1]), groupOf.get(p)!]);
  return { points: points.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]) };
}
