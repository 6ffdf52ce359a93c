import { describe, expect, it } from 'vitest';
import { opinionMapOf, opinionMapSvg, type OpinionMapWords } from '../../shared/charts/opinion-map.js';
import type { Synthesis } from '../../shared/synthesis.js';
import { synthesize } from '../../server/synthesis/engine.js';
import { methodThresholds } from '../../server/synthesis/method.js';
import { generateRound } from '../../bench/synthesis.js';

const words: OpinionMapWords = { title: 'Opinion map', group: (id, size) => `Group ${id} (${size})` };
const method = methodThresholds(3);

function synthesisWith(points: [number, number, number][], groups: string[]): Pick<Synthesis, 'map' | 'groups' | 'method'> {
  return {
    map: { points },
    groups: groups.map((id) => ({ id, participants: [], representative: [], stances: [], centre: [0, 0] })),
    method,
  };
}

const marks = (svg: string) => svg.match(/<(circle|rect x|path d="M[^"]*Z")/g) ?? [];

describe('the opinion map in the synthesis', () => {
  const round = generateRound({ participants: 40, contributions: 60, votes: 1500, seed: 3 });
  const s = synthesize(round);

  it('places every grouped participant once, in the group the synthesis puts them in', () => {
    expect(s.groups.length).toBeGreaterThan(1);
    expect(s.map!.points).toHaveLength(s.stats.grouped);
    const sizes = s.groups.map((_, k) => s.map!.points.filter((p) => p[2] === k).length);
    expect(sizes).toEqual(s.groups.map((g) => g.participants.length));
  });

  it('lists points by their coordinates, so that the order says nothing of who voted when', () => {
    const points = s.map!.points;
    const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(points).toEqual(sorted);
    // The same votes under other ids, arriving in another order: the same map.
    const renamed = new Map([...new Set(round.votes.map((v) => v.participant))].reverse().map((p, i) => [p, `someone-${i}`]));
    const again = synthesize({ ...round, votes: [...round.votes].reverse().map((v) => ({ ...v, participant: renamed.get(v.participant)! })) });
    expect(again.map).toEqual(s.map);
  });

  it('carries no participant id', () => {
    const text = JSON.stringify(s.map);
    for (const p of new Set(round.votes.map((v) => v.participant))) expect(text).not.toContain(`"${p}"`);
    expect(s.map!.points.every((p) => p.length === 3 && p.every((x) => typeof x === 'number'))).toBe(true);
  });

  it('is absent when too few voted for groups', () => {
    const small = synthesize(generateRound({ participants: 4, contributions: 10, votes: 40, seed: 2 }));
    expect(small.groups).toEqual([]);
    expect(small.map).toBeNull();
  });
});

describe('opinionMapOf', () => {
  const points: [number, number, number][] = [
    [0.5, 0.1, 1],
    [-1, 0.2, 0],
    [-0.8, -0.3, 0],
    [0.9, 0.4, 1],
    [-0.7, 0.1, 0],
    [1.1, -0.2, 1],
  ];

  it('gives each group the number of points drawn for it, and sorts the points', () => {
    const data = opinionMapOf(synthesisWith(points, ['A', 'B']))!;
    expect(data.groups).toEqual([
      { id: 'A', size: 3 },
      { id: 'B', size: 3 },
    ]);
    expect(data.points.map((p) => p[0])).toEqual([-1, -0.8, -0.7, 0.5, 0.9, 1.1]);
  });

  it('draws nothing below the minimum of voters for groups, nor without groups', () => {
    expect(opinionMapOf(synthesisWith(points.slice(0, method.minParticipantsForGroups - 1), ['A', 'B']))).toBeNull();
    expect(opinionMapOf(synthesisWith(points, []))).toBeNull();
    expect(opinionMapOf({ map: null, groups: [], method })).toBeNull();
  });
});

describe('opinionMapSvg', () => {
  const data = opinionMapOf(synthesisWith([[-1, 0.2, 0], [-0.8, -0.3, 0], [-0.7, 0.1, 0], [0.5, 0.1, 1], [0.9, 0.4, 1], [1.1, -0.2, 1], [1.2, 0.3, 1]], ['A', 'B']))!;
  const svg = opinionMapSvg(data, words);

  it('draws one mark per point and one per legend line, with group sizes in the legend', () => {
    // Plot frame (a rect) aside, marks are circles (group A) and squares (group B), legend included.
    expect(svg.match(/<circle/g)).toHaveLength(3 + 1);
    expect(svg.match(/<rect x=/g)).toHaveLength(1 + 4 + 1);
    expect(svg).toContain('Group A (3)');
    expect(svg).toContain('Group B (4)');
  });

  it('labels no point and identifies nothing: text only in the legend, no ids', () => {
    expect(svg.match(/<text/g)).toHaveLength(data.groups.length);
    expect(svg).not.toMatch(/\sid=/);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Opinion map"/);
    expect(svg).toContain('<title>Opinion map</title>');
  });

  it('draws the same picture whatever order the points come in', () => {
    const shuffled = opinionMapOf(synthesisWith([...data.points].reverse(), ['A', 'B']))!;
    expect(opinionMapSvg(shuffled, words)).toBe(svg);
  });

  it('gives groups shapes as well as colours, so a grey print still tells them apart', () => {
    const five = opinionMapOf(synthesisWith(Array.from({ length: 10 }, (_, i): [number, number, number] => [i, i % 3, i % 5]), ['A', 'B', 'C', 'D', 'E']))!;
    const out = opinionMapSvg(five, words);
    expect(out.match(/<circle/g)).toHaveLength(3);
    expect(out.match(/Z" fill/g)!.length).toBe(9);
    expect(new Set(out.match(/fill="#[0-9A-F]{6}" stroke="#1d1d1f"/g))).toHaveProperty('size', 5);
  });

  it('escapes what it writes', () => {
    const out = opinionMapSvg(data, { title: '<script>x</script>', group: (id) => `"${id}" & <b>` });
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&quot;A&quot; &amp; &lt;b&gt;');
  });
});

describe('opinionMapSvg without its legend', () => {
  it('draws only the points, for a page that writes the legend itself', () => {
    const data = opinionMapOf(synthesisWith([[-1, 0.2, 0], [-0.8, -0.3, 0], [-0.7, 0.1, 0], [0.5, 0.1, 1], [0.9, 0.4, 1], [1.1, -0.2, 1]], ['A', 'B']))!;
    const svg = opinionMapSvg(data, words, { legend: false });
    expect(svg).not.toContain('<text');
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg).toContain('viewBox="0 0 640 420"');
  });
});
