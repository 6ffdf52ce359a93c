import { describe, expect, it } from 'vitest';
import { methodThresholds } from '../../server/synthesis/method.js';
import { buildVoteMatrix, flagsOf, leanOver, tallyOf, type Vote } from '../../server/synthesis/votes.js';

const v = (participant: string, contribution: string, vote: 1 | -1 | 0): Vote => ({ participant, contribution, vote });
const th = methodThresholds(7);

describe('vote matrix and tallies', () => {
  it('counts distinct participants; the latest vote wins; unknown contributions are ignored', () => {
    const m = buildVoteMatrix(['a', 'b'], [v('p1', 'a', 1), v('p2', 'a', -1), v('p1', 'a', -1), v('p3', 'a', 0), v('p1', 'zz', 1), v('p2', 'b', 1)]);
    expect(tallyOf(m.values[0])).toEqual({ agree: 0, disagree: 2, pass: 1, seen: 3 });
    expect(tallyOf(m.values[1])).toEqual({ agree: 1, disagree: 0, pass: 0, seen: 1 });
    expect(m.total).toBe(4);
    expect(m.votesPerParticipant).toEqual([1, 2, 1]);
  });

  it('flags convergence, divergence (both sides strong) and uncertainty (many passes)', () => {
    expect(flagsOf({ agree: 6, disagree: 1, pass: 1, seen: 8 }, 0, th)).toEqual({ convergent: true, divergent: false, uncertain: false });
    expect(flagsOf({ agree: 4, disagree: 4, pass: 0, seen: 8 }, 0, th)).toEqual({ convergent: false, divergent: true, uncertain: false });
    expect(flagsOf({ agree: 2, disagree: 0, pass: 3, seen: 5 }, 0, th)).toEqual({ convergent: false, divergent: false, uncertain: true });
    // 5 of 10 agree is not convergent, unless enough participants tagged it common ground.
    const half = { agree: 5, disagree: 1, pass: 4, seen: 10 };
    expect(flagsOf(half, 0, th).convergent).toBe(false);
    expect(flagsOf(half, 2, th).convergent).toBe(true);
    // Too few voters: no flag at all.
    expect(flagsOf({ agree: 2, disagree: 0, pass: 0, seen: 2 }, 0, th)).toEqual({ convergent: false, divergent: false, uncertain: false });
  });

  it('theme lean counts each participant once by the sign of agrees minus disagrees', () => {
    const m = buildVoteMatrix(['a', 'b'], [v('p1', 'a', 1), v('p1', 'b', 1), v('p2', 'a', 1), v('p2', 'b', -1), v('p3', 'a', -1), v('p4', 'b', 0)]);
    expect(leanOver(m, [0, 1])).toEqual({ participants: 4, agree: 1, disagree: 1, pass: 2 });
    expect(leanOver(m, [0])).toEqual({ participants: 3, agree: 2, disagree: 1, pass: 0 });
  });
});
