/**
 * What the votes say about each statement given the groups, checked by hand: Pol.is's two tests
 * and four factors for what sets a group apart, consensus ranked by group-informed consensus and
 * never divisive, broad rejection, and "divided" only with people on both sides.
 */
import { describe, expect, it } from 'vitest';
import { methodThresholds } from '../../server/synthesis/method.js';
import {
  consensusStatements,
  countStatements,
  divisiveStatements,
  groupInformedConsensus,
  propTest,
  rejectedStatements,
  representativeStatements,
  twoPropTest,
} from '../../server/synthesis/statements.js';
import { buildVoteMatrix, type Vote, type VoteValue } from '../../server/synthesis/votes.js';

const th = methodThresholds(3);
const Z = th.consensus.z;

/** Votes on one statement: [participant index, vote] pairs. */
function on(statement: string, cast: [number, VoteValue][]): Vote[] {
  return cast.map(([p, vote]) => ({ participant: `p${p}`, contribution: statement, vote }));
}
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const all = (ps: number[], vote: VoteValue): [number, VoteValue][] => ps.map((p) => [p, vote]);

/** Every participant votes on a filler statement, so the matrix knows them in index order. */
function matrixOf(n: number, statements: string[], votes: Vote[]) {
  const m = buildVoteMatrix(['filler', ...statements], [...on('filler', all(range(0, n), 0)), ...votes]);
  return { m, index: (id: string) => m.contributions.indexOf(id) };
}

describe("Pol.is's tests", () => {
  it('the two-proportion test counts one more success and one more trial in each set, as Pol.is does', () => {
    // 5 of 5 against 1 of 5: (6/6 - 2/6) / sqrt(8/12 * 4/12 * (1/6 + 1/6)) = 0.667 / 0.2722 = 2.449.
    expect(twoPropTest(5, 5, 1, 5)).toBeCloseTo(2.4495, 4);
    // 4 of 5 against 0 of 5: (5/6 - 1/6) / sqrt(0.5 * 0.5 * (1/3)) = 2.309.
    expect(twoPropTest(4, 5, 0, 5)).toBeCloseTo(2.3094, 4);
    expect(propTest(4, 7)).toBeCloseTo(0.7071, 4); // 2 sqrt(8) (5/8 - 1/2)
  });
});

describe('what sets a group apart (representative statements)', () => {
  const A = range(0, 7);
  const B = range(7, 14);

  it('needs the group itself to lean that way significantly: 4 of 7 agreeing is not more than half at 90 %', () => {
    // Group A: 4 of 7 agree, 3 pass; group B: 7 pass. The two-proportion test alone (z = 2.0) would pass it.
    const { m } = matrixOf(14, ['x'], on('x', [...all(A.slice(0, 4), 1), ...all(A.slice(4), 0), ...all(B, 0)]));
    const counts = countStatements(m, [A, B], 14);
    expect(propTest(4, 7)).toBeLessThan(Z);
    expect(representativeStatements(m, counts, Z)[0]).toEqual([]);
  });

  it('keeps both directions with the counts behind them, agreements first, and never a statement from one vote', () => {
    const G = range(0, 5);
    const H = range(5, 10);
    const votes = [
      // s1: all of G agree; in H 1 agrees, 4 disagree.
      ...on('s1', [...all(G, 1), [5, 1], ...all(H.slice(1), -1)]),
      // s2: only one member of H voted (and disagreed): too few in the group to say anything of it.
      ...on('s2', [[5, -1], ...all(G, 1)]),
    ];
    const { m } = matrixOf(10, ['s1', 's2'], votes);
    const [g, h] = representativeStatements(m, countStatements(m, [G, H], 10), Z);
    expect(g.map((s) => [s.contributionId, s.direction, s.groupCount, s.groupSeen, s.restCount, s.restSeen])[0]).toEqual(['s1', 'agree', 5, 5, 1, 5]);
    // On s2 one member of H voted: H's list never holds it.
    expect(h.map((s) => [s.contributionId, s.direction, s.groupCount, s.groupSeen, s.restCount, s.restSeen])).toEqual([['s1', 'disagree', 4, 5, 0, 5]]);
  });

  it("ranks by Pol.is's four factors (ratio, its test, share, its test), not by ratio and share alone", () => {
    // x: 5 of 5 in the group agree, 0 of 5 of the rest. Ratio (6/7)/(1/7) = 6, old score 6 x 0.857 = 5.14.
    // y: 30 of 30 agree, 5 of 30 of the rest. Ratio (31/32)/(6/32) = 5.17, old score 5.0: ranked second before.
    // Four factors: x = 6 x 2.93 x 0.857 x 2.45 = 36.9; y = 5.17 x 6.47 x 0.969 x 5.57 = 180: y first.
    const G = range(0, 30);
    const R = range(30, 60);
    const votes = [...on('x', [...all(G.slice(0, 5), 1), ...all(R.slice(0, 5), -1)]), ...on('y', [...all(G, 1), ...all(R.slice(0, 5), 1), ...all(R.slice(5), -1)])];
    const { m } = matrixOf(60, ['x', 'y'], votes);
    const [g] = representativeStatements(m, countStatements(m, [G, R], 60), Z);
    expect(g.map((s) => s.contributionId)).toEqual(['y', 'x']);
  });
});

describe('consensus, rejection and division', () => {
  const A = range(0, 6);
  const B = range(6, 10);

  it('a statement one large group carries is divisive, never consensus too; consensus is ranked by group-informed consensus', () => {
    const votes = [
      // carried: all 6 of A agree, B disagrees 3 of 4: 7 of 10 agree overall (a broad majority), groups 0.875 vs 0.33.
      ...on('carried', [...all(A, 1), [6, 1], ...all(B.slice(1), -1)]),
      // shared: 5 of 6 in A and 4 of 4 in B agree: a majority in every group.
      ...on('shared', [...all(A.slice(0, 5), 1), [5, 0], ...all(B, 1)]),
      // wide: 6 of 6 in A, 3 of 4 in B: more agree overall than on "shared", but its groups are less even.
      ...on('wide', [...all(A, 1), ...all(B.slice(0, 3), 1), [9, -1]]),
    ];
    const { m, index } = matrixOf(10, ['carried', 'shared', 'wide'], votes);
    const counts = countStatements(m, [A, B], 10);
    const divisive = divisiveStatements(counts, th).map((d) => d.c);
    expect(divisive).toEqual([index('carried')]);
    const consensus = consensusStatements(counts, th, new Set(divisive));
    expect(consensus).not.toContain(index('carried'));
    // Group-informed consensus: shared (6/8)(5/6) = 0.625; wide (7/8)(4/6) = 0.583. Shared comes first.
    expect(groupInformedConsensus(counts, index('shared'))).toBeCloseTo(0.625, 10);
    expect(groupInformedConsensus(counts, index('wide'))).toBeCloseTo(0.5833, 4);
    expect(consensus).toEqual([index('shared'), index('wide')]);
  });

  it('"divided" needs at least two on each side: 5 agreed and nobody disagreed divides nobody', () => {
    // A: 5 of 6 agree (share 6/8); B: 4 pass (share 1/6): a gap of 0.58, but nobody disagreed.
    const { m } = matrixOf(10, ['x'], on('x', [...all(A.slice(0, 5), 1), [5, 0], ...all(B, 0)]));
    expect(divisiveStatements(countStatements(m, [A, B], 10), th)).toEqual([]);
  });

  it('a statement most participants rejected is reported as rejected', () => {
    // 8 of 10 disagree: smoothed 9/12 = 0.75, test 2 sqrt(11) (9/11 - 1/2) = 2.11.
    const { m, index } = matrixOf(10, ['hike'], on('hike', [...all(range(0, 8), -1), [8, 1], [9, 0]]));
    const counts = countStatements(m, [A, B], 10);
    expect(rejectedStatements(counts, th, new Set())).toEqual([index('hike')]);
    expect(consensusStatements(counts, th, new Set())).toEqual([]);
  });

  it('a broad majority must be of a share of the engaged room: 4 of 4 in a room of 24 is not consensus', () => {
    const { m, index } = matrixOf(24, ['late'], on('late', all(range(0, 4), 1)));
    expect(consensusStatements(countStatements(m, [], 24), th, new Set())).toEqual([]);
    expect(consensusStatements(countStatements(m, [], 12), th, new Set())).toEqual([index('late')]);
  });
});
