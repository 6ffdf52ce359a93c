/**
 * Stage 4 of the synthesis: opinion groups from the votes, and what is counted from them:
 * consensus across everyone, agreement within every group, and the statements that divide them.
 */
import type { MethodThresholds, OpinionGroup } from '../../shared/synthesis.js';
import { consensusStatements, divisiveStatements, groupConsensusStatements, representative, type GroupsResult } from './groups.js';
import { round3 } from './precision.js';
import type { Steps } from './steps.js';
import type { VoteMatrix } from './votes.js';

const GROUP_NAMES = 'ABCDEFGHIJ';

/** How participants are placed in groups: afresh (groupSteps), or keeping an earlier placement (LiveGroups). */
export type GroupsOf = (m: VoteMatrix, th: MethodThresholds) => Steps<GroupsResult>;

export interface Opinions {
  groups: OpinionGroup[];
  /** Of the chosen grouping; null when there are no groups. */
  silhouette: number | null;
  /** Contribution ids, strongest first. */
  consensus: string[];
  groupConsensus: string[];
  divisive: string[];
  /** Each divisive contribution's gap between the groups and their agree shares (null where too few voted). */
  divides: Map<string, { gap: number; shares: (number | null)[] }>;
  /** Participants with enough votes to enter the grouping. */
  grouped: number;
}

export function* opinionSteps(matrix: VoteMatrix, th: MethodThresholds, groupsOf: GroupsOf): Steps<Opinions> {
  yield;
  const g = yield* groupsOf(matrix, th);
  const ids = (cs: readonly number[]) => cs.map((c) => matrix.contributions[c]);
  const consensus = ids(consensusStatements(matrix, th));
  const groupConsensus = ids(groupConsensusStatements(matrix, g.members, th));
  yield;
  const divisive = divisiveStatements(matrix, g.members, th);
  yield;
  const stances = representative(matrix, g.members, th.consensus.z);
  yield;
  return {
    groups: g.members.map((members, k) => ({
      id: GROUP_NAMES[k] ?? `G${k + 1}`,
      participants: members.map((p) => matrix.participants[p]),
      representative: stances[k].map((s) => s.contributionId),
      stances: stances[k],
      centre: [round3(g.centres[k][0]), round3(g.centres[k][1])],
    })),
    silhouette: g.silhouette === null ? null : round3(g.silhouette),
    consensus,
    groupConsensus,
    divisive: ids(divisive.map((d) => d.c)),
    divides: new Map(divisive.map((d) => [matrix.contributions[d.c], { gap: d.gap, shares: d.shares }])),
    grouped: g.grouped.length,
  };
}
