import { PCA } from 'ml-pca';
import { describe, expect, it } from 'vitest';
import { chooseClustering, silhouette, silhouettes } from '../../server/synthesis/cluster.js';
import { ari } from '../../server/polis/compare.js';
import { computeGroups } from '../../server/synthesis/groups.js';
import { consensusStatements, countStatements, divisiveStatements, groupConsensusStatements, propTest, smoothed } from '../../server/synthesis/statements.js';
import { methodThresholds } from '../../server/synthesis/method.js';
import { pca2 } from '../../server/synthesis/pca.js';
import { buildVoteMatrix, type Vote } from '../../server/synthesis/votes.js';
import { prng } from '../../bench/synthesis.js';

const th = methodThresholds(3);

describe('adjusted Rand index', () => {
  it('hand case: [0,0,0,1,1,1] vs [0,0,1,1,2,2] = (2 - 1.2) / (4.5 - 1.2)', () => {
    expect(ari([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.8 / 3.3, 12);
  });
  it('is 1 for the same partition under other names, and about 0 for unrelated ones', () => {
    expect(ari(['a', 'a', 'b', 'b'], [1, 1, 0, 0])).toBe(1);
    expect(ari([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });
});

describe('silhouette and k', () => {
  it('hand case on a line: two pairs far apart', () => {
    const pts = [[0, 0], [1, 0], [10, 0], [11, 0]];
    expect(silhouette(pts, [0, 0, 1, 1])).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 12);
  });

  it('scores several labellings at once exactly as the textbook definition does, one by one', () => {
    const textbook = (pts: number[][], labels: number[]): number => {
      const dist = (a: number[], b: number[]) => Math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2);
      const k = Math.max(...labels) + 1;
      const size = (c: number) => labels.filter((l) => l === c).length;
      let total = 0;
      pts.forEach((p, i) => {
        const sums = new Array<number>(k).fill(0);
        pts.forEach((q, j) => j !== i && (sums[labels[j]] += dist(p, q)));
        if (size(labels[i]) <= 1) return;
        const a = sums[labels[i]] / (size(labels[i]) - 1);
        const b = Math.min(...sums.map((s, c) => (c === labels[i] || size(c) === 0 ? Infinity : s / size(c))));
        total += (b - a) / Math.max(a, b);
      });
      return total / pts.length;
    };
    const rnd = prng(21);
    const pts = Array.from({ length: 60 }, (_, i) => [(i % 3) * 4 + rnd(), rnd() * 3]);
    const labellings = [2, 3, 4, 5].map((k) => pts.map(() => Math.floor(rnd() * k)));
    labellings.push(pts.map((_, i) => i % 3));
    expect(silhouettes(pts, labellings)).toEqual(labellings.map((labels) => textbook(pts, labels)));
    expect(silhouettes(pts, [pts.map(() => 0)])).toEqual([0]);
  });

  it('finds three obvious clusters and reports one group when there is no structure', () => {
    const rnd = prng(3);
    const blob = (cx: number, cy: number, n: number) => Array.from({ length: n }, () => [cx + rnd() * 0.5, cy + rnd() * 0.5]);
    const pts = [...blob(0, 0, 8), ...blob(10, 0, 6), ...blob(5, 9, 5)];
    const c = chooseClustering(pts, { kRange: [2, 5], minGroupSize: 3, minSilhouette: 0.25 });
    expect(c.k).toBe(3);
    expect(c.labels).toEqual([...Array(8).fill(0), ...Array(6).fill(1), ...Array(5).fill(2)]);
    expect(c.silhouette).toBeGreaterThan(0.8);
    const grid = Array.from({ length: 25 }, (_, i) => [i % 5, Math.floor(i / 5)]);
    expect(chooseClustering(grid, { kRange: [2, 5], minGroupSize: 3, minSilhouette: 0.6 }).k).toBe(1);
  });
});

describe('PCA', () => {
  it('matches ml-pca up to sign', () => {
    const rnd = prng(9);
    const rows = Array.from({ length: 30 }, (_, i) => Array.from({ length: 12 }, (_, j) => (i < 15 ? 1 : -1) * (j < 6 ? 1 : -0.5) + rnd() * 0.6));
    const ours = pca2(rows.map((r) => Float64Array.from(r)), 12);
    const theirs = new PCA(rows, { center: true, scale: false }).predict(rows, { nComponents: 2 }).to2DArray();
    for (const axis of [0, 1]) {
      const a = ours.projections.map((p) => p[axis]);
      const b = theirs.map((p) => p[axis]);
      const sign = Math.sign(a[0]) === Math.sign(b[0]) ? 1 : -1;
      a.forEach((x, i) => expect(x).toBeCloseTo(sign * b[i], 3));
    }
  });
});

/** 12 participants in two camps of 6; c1 all agree; c2 camps split; c3 mostly passes. */
function camps(): Vote[] {
  const votes: Vote[] = [];
  for (let p = 0; p < 12; p++) {
    const camp = p < 6 ? 1 : -1;
    const participant = `p${p}`;
    votes.push({ participant, contribution: 'c1', vote: 1 });
    votes.push({ participant, contribution: 'c2', vote: camp as 1 | -1 });
    votes.push({ participant, contribution: 'c3', vote: p % 3 === 0 ? 1 : 0 });
    votes.push({ participant, contribution: 'c4', vote: (-camp) as 1 | -1 });
    votes.push({ participant, contribution: 'c5', vote: p === 0 ? -1 : camp === 1 ? 1 : p % 2 === 0 ? 1 : 0 });
  }
  return votes;
}

describe('opinion groups, consensus, divisive', () => {
  const ids = ['c1', 'c2', 'c3', 'c4', 'c5'];

  it('recovers two camps deterministically', () => {
    const m = buildVoteMatrix(ids, camps());
    const a = computeGroups(m, th);
    const b = computeGroups(buildVoteMatrix(ids, camps()), th);
    expect(a).toEqual(b);
    // Two camps of six: which one the clustering lists first is arbitrary.
    expect(a.members.map((g) => g.map((p) => m.participants[p]).sort()).sort()).toEqual([
      ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'],
      ['p10', 'p11', 'p6', 'p7', 'p8', 'p9'],
    ]);
  });

  it('smoothed shares and the Pol.is proportion test by hand', () => {
    expect(smoothed(5, 6)).toBe(0.75);
    expect(propTest(5, 6)).toBeCloseTo(2 * Math.sqrt(7) * (6 / 7 - 0.5), 12);
  });

  it('consensus: broad majority of everyone; group consensus: every group; divisive: groups apart', () => {
    const m = buildVoteMatrix(ids, camps());
    const g = computeGroups(m, th);
    const counts = countStatements(m, g.members, g.grouped.length);
    const name = (cs: number[]) => cs.map((c) => ids[c]);
    // c1: 12/12 agree. c5: 9 of 12 agree, pa = 10/14 = 0.71, z = 2*sqrt(13)*(10/13 - 0.5) = 1.94 -> consensus too.
    expect(name(consensusStatements(counts, th, new Set()))).toEqual(['c1', 'c5']);
    // In the second camp c5 has 3 of 6 agreeing: (3+1)/(6+2) = 0.5 < 0.6, so only c1 is agreed within every group.
    expect(name(groupConsensusStatements(counts, th))).toEqual(['c1']);
    const div = divisiveStatements(counts, th);
    expect(name(div.map((d) => d.c)).sort()).toEqual(['c2', 'c4']);
    expect(div[0].gap).toBeCloseTo(7 / 8 - 1 / 8, 12);
  });

  it('too few participants: no groups', () => {
    const m = buildVoteMatrix(ids, camps().filter((v) => ['p0', 'p1', 'p6', 'p7'].includes(v.participant)));
    expect(computeGroups(m, th).members).toEqual([]);
  });
});
