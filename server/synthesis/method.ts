/**
 * Every threshold the engine uses, in one place, so the method appendix of a document prints
 * exactly what was applied. Chosen for rooms of 6 to 40 people; the reasons are in
 * docs/synthesis.md.
 */
import type { MethodThresholds } from '../../shared/synthesis.js';
import { DEFAULT_CODER } from './coder.js';
import { DEFAULT_EMERGENT } from './emergent.js';
import { CONTRIBUTION_WORDS, MIN_ROOM_SHARE, STRENGTH_RULES } from './strength.js';

/** Pol.is asks 7 votes of each person; a short round cannot ask more than half its statements. */
export function minVotesFor(contributionsWithVotes: number): number {
  return Math.max(1, Math.min(7, Math.ceil(contributionsWithVotes / 2)));
}

export const Z_90 = 1.2816;

export function methodThresholds(minVotesPerParticipant: number): MethodThresholds {
  return {
    minVotesPerParticipant,
    minParticipantsForGroups: 6,
    minGroupSize: 3,
    kRange: [2, 5],
    minSilhouette: 0.25,
    convergence: { minSeen: 3, minAgreeRatio: 0.6, maxDisagreeRatio: 0.25, minCommonGroundTags: 2, taggedAgreeRatio: 0.5 },
    divergence: { minSeen: 4, minEachSide: 2, minEachSideRatio: 0.3 },
    uncertainty: { minSeen: 3, minPassRatio: 0.4 },
    consensus: { minSeen: 3, minAgreeRatio: 0.6, z: Z_90 },
    groupConsensus: { minAgreeRatioInEveryGroup: 0.6, minSeenPerGroup: 2 },
    rejected: { minSeen: 3, minDisagreeRatio: 0.6, z: Z_90 },
    divisive: { minGap: 0.5, minSeenPerGroup: 2, minEachSide: 2 },
    findingMinSupport: 2,
    minRoomShare: MIN_ROOM_SHARE,
    onlyInMinContributions: 3,
    framework: { minContributions: 10, words: 20, minFit: 0.75 },
    coder: { ...DEFAULT_CODER },
    emergent: { minClusterSize: DEFAULT_EMERGENT.minClusterSize, maxSuggestions: DEFAULT_EMERGENT.maxSuggestions },
    strengthWords: STRENGTH_RULES.map((r) => ({ word: r.word, rule: r.rule })),
    contributionWords: CONTRIBUTION_WORDS.map((r) => ({ ...r })),
  };
}
