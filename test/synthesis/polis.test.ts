import { polisDataDir } from '../support/polis-data.js';
import { describe, expect, it } from 'vitest';
import { compareWithPolis } from '../../server/polis/compare.js';
import { synthesize } from '../../server/synthesis/engine.js';
import { InputError } from '../../server/synthesis/errors.js';
import { importPolisFolder, parsePolisComments, parsePolisVotes, readPolisGroups } from '../../server/polis/import.js';
import { methodThresholds } from '../../server/synthesis/method.js';
import { propTest, twoPropTest } from '../../server/synthesis/statements.js';
import { buildVoteMatrix } from '../../server/synthesis/votes.js';

const DATA = polisDataDir();

describe('Pol.is importer', () => {
  it('the latest vote per voter and statement wins, by timestamp', () => {
    const csv = 'timestamp,datetime,comment-id,voter-id,vote\n300,x,1,7,-1\n100,x,1,7,1\n200,x,2,7,0\n';
    expect(parsePolisVotes(csv)).toEqual([
      { participant: '7', contribution: '2', vote: 0 },
      { participant: '7', contribution: '1', vote: -1 },
    ]);
  });

  it('missing columns: a clear error naming the file and line', () => {
    expect(() => parsePolisVotes('timestamp,comment-id,vote\n1,2,1\n', 'dir/votes.csv')).toThrow('dir/votes.csv:1: missing column "voter-id"');
    expect(() => parsePolisComments('comment-id,author-id\n1,2\n', 'dir/comments.csv')).toThrow(/dir\/comments\.csv:1: missing column "comment-body"/);
    let caught: unknown;
    try {
      parsePolisVotes('timestamp,comment-id,voter-id,vote\n1,2,3,1\n2,2,4,yes\n', 'v.csv');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).line).toBe(3);
  });

  it('leaves out statements Pol.is moderated out', () => {
    const imp = importPolisFolder(`${DATA}/15-per-hour-seattle`);
    expect(imp.moderatedOut.length).toBe(23);
    expect(imp.input.contributions.length).toBe(31);
    expect(imp.title).toBe('$15/hour');
  });
});

describe('agreement with Pol.is on real conversations', () => {
  function compare(name: string) {
    const dir = `${DATA}/${name}`;
    const imp = importPolisFolder(dir);
    const s = synthesize(imp.input);
    const m = buildVoteMatrix(imp.input.contributions.map((c) => c.id), imp.input.votes);
    const r = compareWithPolis(s, readPolisGroups(dir), m);
    console.log(
      `[polis] ${name}: ARI ${r.ari.toFixed(3)} over ${r.compared} participants grouped by both; groups ours ${JSON.stringify(r.ours)} vs Pol.is ${JSON.stringify(r.theirs)}; ` +
        `silhouette ${s.silhouette}; Pol.is majority ${JSON.stringify(r.polisMajority)}, in our consensus ${r.overlap}/${r.polisMajority.length} (consensus holds ${r.consensus.length})`,
    );
    return { r, s };
  }

  it('15-per-hour-seattle: adjusted Rand index with Pol.is groups at least 0.7', () => {
    const { r, s } = compare('15-per-hour-seattle');
    expect(r.compared).toBe(138);
    expect(s.groups).toHaveLength(2);
    expect(r.ari).toBeGreaterThanOrEqual(0.7);
    expect(r.recall).toBeGreaterThanOrEqual(0.6);
  });

  it('london.youth.policing: figures reported (Pol.is groups are history-dependent here)', () => {
    const { r } = compare('london.youth.policing');
    expect(r.compared).toBe(24);
    expect(Number.isFinite(r.ari)).toBe(true);
    expect(r.polisMajority.length).toBeGreaterThan(0);
  });
});

describe('Pol.is fidelity on real conversations', () => {
  const Z = methodThresholds(7).consensus.z;
  const seattle = synthesize(importPolisFolder(`${DATA}/15-per-hour-seattle`).input);
  const london = synthesize(importPolisFolder(`${DATA}/london.youth.policing`).input);
  const byId = (s: typeof seattle) => new Map(s.contributions.map((c) => [c.id, c]));

  it('no statement is both consensus and divisive (Seattle’s “living wage” statement was both)', () => {
    for (const s of [seattle, london]) expect(s.consensus.filter((id) => s.divisive.includes(id))).toEqual([]);
    expect(seattle.divisive).toContain('12');
  });

  it('consensus is ranked by group-informed consensus', () => {
    for (const s of [seattle, london]) {
      const gic = s.consensus.map((id) => byId(s).get(id)!.gic!);
      expect(gic).toEqual([...gic].sort((a, b) => b - a));
    }
  });

  it('reports the statement most participants rejected (“hike it up to $20”: 62 disagreed, 23 agreed)', () => {
    const c = byId(seattle).get('26')!;
    expect(c.tally).toMatchObject({ agree: 23, disagree: 62 });
    expect(seattle.rejected).toEqual(['26']);
    expect(c.rejected).toBe(true);
  });

  it("every statement said to set a group apart passes both of Pol.is's tests at 90 %", () => {
    for (const s of [seattle, london]) {
      for (const g of s.groups) {
        for (const st of g.stances) {
          expect(propTest(st.groupCount, st.groupSeen)).toBeGreaterThan(Z);
          expect(twoPropTest(st.groupCount, st.groupSeen, st.restCount, st.restSeen)).toBeGreaterThan(Z);
        }
      }
    }
    expect(seattle.groups.every((g) => g.stances.length > 0)).toBe(true);
  });

  it('London: statements about the participants themselves are no consensus, and fewer statements are (22 of 36 before)', () => {
    const demographic = london.contributions.filter((c) => c.demographic).map((c) => c.id);
    expect(demographic).toHaveLength(12);
    expect(london.consensus.filter((id) => demographic.includes(id))).toEqual([]);
    expect(london.consensus.length).toBeLessThan(22);
    expect(london.groupConsensus.length).toBeGreaterThan(0);
  });
});
