import { describe, expect, it } from 'vitest';
import { prng, generateRound } from '../../bench/synthesis.js';
import { synthesize } from '../../server/synthesis/engine.js';
import { computeGroups } from '../../server/synthesis/groups.js';
import { LiveGroups } from '../../server/synthesis/live-groups.js';
import { methodThresholds } from '../../server/synthesis/method.js';
import { buildVoteMatrix, type Vote } from '../../server/synthesis/votes.js';

const round = generateRound({ participants: 60, contributions: 40, votes: 1200, seed: 5 });
const ids = round.contributions.map((c) => c.id);
const th = methodThresholds(7);

/** The round's votes with `n` of them turned the other way (agree <-> disagree, pass -> agree). */
function flipped(votes: Vote[], n: number): Vote[] {
  return votes.map((v, i) => (i < n ? { ...v, vote: v.vote === 1 ? -1 : 1 } : v));
}

const byIds = (m: ReturnType<typeof buildVoteMatrix>, members: number[][]) => members.map((g) => g.map((p) => m.participants[p]).sort());

describe('live opinion groups', () => {
  it('places afresh every time below the vote threshold, exactly as a document would', () => {
    const live = new LiveGroups({ minVotes: 5000, refreshShare: 0.1 });
    for (const n of [0, 10, 300]) {
      const m = buildVoteMatrix(ids, flipped(round.votes, n));
      expect(live.groupsOf(m, th)).toEqual(computeGroups(m, th));
    }
    expect(live.counts).toEqual({ placed: 3, reused: 0 });
  });

  it('keeps the placement while less than the share has changed, then places afresh', () => {
    const live = new LiveGroups({ minVotes: 100, refreshShare: 0.1 });
    const first = buildVoteMatrix(ids, round.votes);
    const placed = live.groupsOf(first, th);
    expect(placed.members.length).toBeGreaterThan(1);

    // 5 % of the votes turned: the same people in the same groups, laid over the new matrix.
    const few = buildVoteMatrix(ids, flipped(round.votes, 60));
    const kept = live.groupsOf(few, th);
    expect(byIds(few, kept.members)).toEqual(byIds(first, placed.members));
    expect(kept.centres).toEqual(placed.centres);
    expect(live.counts).toEqual({ placed: 1, reused: 1 });

    // Measured against the placement, not the previous call: 12 % in all places afresh.
    const more = buildVoteMatrix(ids, flipped(round.votes, 144));
    expect(live.groupsOf(more, th)).toEqual(computeGroups(more, th));
    expect(live.counts).toEqual({ placed: 2, reused: 1 });
  });

  it('counts added and withdrawn votes as changes, and places afresh when a grouped participant is gone', () => {
    const live = new LiveGroups({ minVotes: 100, refreshShare: 0.1 });
    const base = round.votes.slice(0, 1100);
    live.groupsOf(buildVoteMatrix(ids, base), th);
    live.groupsOf(buildVoteMatrix(ids, [...base, ...round.votes.slice(1100, 1150)]), th);
    expect(live.counts.reused).toBe(1);
    live.groupsOf(buildVoteMatrix(ids, [...base.slice(0, 990), ...round.votes.slice(1100, 1150)]), th);
    expect(live.counts).toEqual({ placed: 2, reused: 1 });

    const everyone = buildVoteMatrix(ids, round.votes);
    const placed = live.groupsOf(everyone, th);
    const someone = everyone.participants[placed.members[0][0]];
    const without = buildVoteMatrix(ids, round.votes.filter((v) => v.participant !== someone));
    expect(live.groupsOf(without, th)).toEqual(computeGroups(without, th));
  });

  it('places afresh when the thresholds change', () => {
    const live = new LiveGroups({ minVotes: 100, refreshShare: 0.1 });
    const m = buildVoteMatrix(ids, round.votes);
    live.groupsOf(m, th);
    live.groupsOf(m, methodThresholds(3));
    expect(live.counts).toEqual({ placed: 2, reused: 0 });
  });

  it('feeds the synthesis: kept groups, with consensus and stances counted from the current votes', () => {
    const live = new LiveGroups({ minVotes: 100, refreshShare: 0.1 });
    const options = { groupsOf: live.groupsOf };
    const rnd = prng(8);
    synthesize(round, options);
    const changed = { ...round, votes: round.votes.map((v) => (rnd() < 0.03 ? { ...v, vote: 1 as const } : v)) };
    const kept = synthesize(changed, options);
    const fresh = synthesize(changed);
    expect(live.counts.reused).toBe(1);
    expect(kept.contributions.map((c) => c.tally)).toEqual(fresh.contributions.map((c) => c.tally));
    expect(kept.consensus).toEqual(fresh.consensus);
    expect(kept.groups.map((g) => g.participants.length)).toEqual(synthesize(round).groups.map((g) => g.participants.length));
  });
});
