/** Aggregates over votes and tags, merge-aware: merged duplicates count each person once. */
import { newCounts, type Counts } from '../../shared/counts.js';
import type { Tally } from '../../shared/views.js';
import type { CastVote, Contribution, Round } from './state.js';

/** Each person's latest vote across a contribution and the duplicates merged into it. */
export function effectiveVotes(round: Round, c: Contribution): Map<string, CastVote> {
  if (c.merged.length === 0) return c.votes;
  const combined = new Map(c.votes);
  for (const id of c.merged) {
    for (const [voter, cast] of round.contributions.get(id)!.votes) {
      const seen = combined.get(voter);
      if (!seen || seen.seq < cast.seq) combined.set(voter, cast);
    }
  }
  return combined;
}

export function tallyOf(votes: Map<string, CastVote>): Tally {
  const tally: Tally = { agree: 0, disagree: 0, pass: 0 };
  for (const { vote } of votes.values()) tally[vote] += 1;
  return tally;
}

export function contributionTally(round: Round, c: Contribution): Tally {
  return tallyOf(effectiveVotes(round, c));
}

/** Distinct people per tag, across merged duplicates. */
export function tagCounts(round: Round, c: Contribution): Counts {
  const people = new Map<string, Set<string>>();
  for (const source of [c, ...c.merged.map((id) => round.contributions.get(id)!)]) {
    for (const [tag, taggers] of source.tags) {
      let set = people.get(tag);
      if (!set) people.set(tag, (set = new Set()));
      for (const t of taggers) set.add(t);
    }
  }
  const counts = newCounts();
  for (const [tag, set] of people) if (set.size > 0) counts[tag] = set.size;
  return counts;
}

/** The vote a given person holds on a contribution, looking through merged duplicates. */
export function voteOf(round: Round, c: Contribution, voterKey: string): CastVote | undefined {
  return effectiveVotes(round, c).get(voterKey);
}

export function tagsOf(round: Round, c: Contribution, voterKey: string): string[] {
  const mine = new Set<string>();
  for (const source of [c, ...c.merged.map((id) => round.contributions.get(id)!)]) {
    for (const [tag, taggers] of source.tags) if (taggers.has(voterKey)) mine.add(tag);
  }
  return [...mine].sort();
}
