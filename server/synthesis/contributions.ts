/** Stage 5 of the synthesis: each contribution as the synthesis shows it, with its themes, tally and flags. */
import { newCounts } from '../../shared/counts.js';
import type { ContributionSynthesis } from '../../shared/synthesis.js';
import { centralities } from './centrality.js';
import type { Coding } from './coder.js';
import type { RoundTexts } from './coding.js';
import type { ContributionInput } from './input.js';
import type { Opinions } from './opinions.js';
import type { Placement } from './placement.js';
import { round3 } from './precision.js';
import type { TagMarks } from './tags.js';
import { flagsOf, type RoundVotes } from './votes.js';

export interface ShownFrom {
  contributions: readonly ContributionInput[];
  codings: readonly Coding[];
  placement: Placement;
  votes: Pick<RoundVotes, 'tallies' | 'thresholds'>;
  opinions: Pick<Opinions, 'consensus' | 'groupConsensus' | 'rejected' | 'divisive' | 'byGroup' | 'gic'>;
  /** The facilitator's candidate pull quotes. */
  pinned: readonly string[];
  /** Per contribution, in input order. */
  marks: readonly TagMarks[];
  /** Per contribution, in input order: a statement about the participant themself. */
  demographic: readonly boolean[];
  texts: RoundTexts;
}

export function contributionsAsShown({ contributions, codings, placement, votes, opinions, pinned, marks, demographic, texts }: ShownFrom): ContributionSynthesis[] {
  const pinnedSet = new Set(pinned);
  const consensus = new Set(opinions.consensus);
  const groupConsensus = new Set(opinions.groupConsensus);
  const rejected = new Set(opinions.rejected);
  const divisive = new Set(opinions.divisive);
  const centrality = centralities(placement, codings, texts);
  return contributions.map((c, i) => {
    const flags = flagsOf(votes.tallies[i], marks[i].commonGround, votes.thresholds);
    return {
      id: c.id,
      text: c.text,
      sessionId: c.sessionId ?? null,
      questionId: c.questionId ?? null,
      themeIds: placement.themeIds[i],
      reason: placement.reasons[i],
      score: round3(codings[i].score),
      placed: placement.placed[i],
      tally: votes.tallies[i],
      ...flags,
      tags: newCounts(Object.entries(c.tags ?? {})),
      quotable: c.quotable ?? null,
      starred: c.starred ?? false,
      pinned: pinnedSet.has(c.id),
      consensus: consensus.has(c.id),
      groupConsensus: groupConsensus.has(c.id),
      rejected: rejected.has(c.id),
      divisive: divisive.has(c.id),
      demographic: demographic[i] ?? false,
      centrality: centrality[i],
      byGroup: opinions.byGroup[i] ?? [],
      gic: opinions.gic[i] ?? null,
    };
  });
}
