import { describe, expect, it } from 'vitest';
import { baseProfiles, normalise, similarities, weightOf, withLearned, type Vector } from '../../server/synthesis/profiles.js';

const vec = (entries: [string, number][]): Vector => new Map(entries);

/** The cosine of a normalised vector with a profile, computed the long way. */
function cosine(v: Vector, profile: Vector): number {
  const p = normalise(new Map(profile));
  let s = 0;
  for (const [k, x] of v) s += x * (p.get(k) ?? 0);
  return s;
}

describe('theme profiles: the codebook part shared, taught examples added beside it', () => {
  const base = [vec([['asylum', 2], ['refugee', 1]]), vec([['worker', 1], ['skill', 3]]), vec([])];
  const learned = [vec([['refugee', 1], ['camp', 2]]), vec([]), vec([['diaspora', 1]])];
  const sum = (a: Vector, b: Vector) => {
    const out = new Map(a);
    for (const [k, x] of b) out.set(k, (out.get(k) ?? 0) + x);
    return out;
  };

  it('compares as the normalised sum of both would, without copying the codebook part', () => {
    const b = baseProfiles(base);
    const p = withLearned(b, learned);
    const v = normalise(vec([['refugee', 1], ['camp', 1], ['skill', 0.5], ['diaspora', 0.2]]));
    const got = similarities(v, p);
    base.forEach((bv, t) => expect(got[t]).toBeCloseTo(cosine(v, sum(bv, learned[t])), 12));
    expect(weightOf(p, 'camp', 0)).toBeCloseTo(normalise(sum(base[0], learned[0])).get('camp')!, 12);
    expect(weightOf(p, 'camp', 1)).toBe(0);
    // The shared part is left as it was.
    expect(b.index.get('refugee')![0]).toBe(1);
    expect(b.index.has('camp')).toBe(false);
  });

  it('a theme with no material compares as zero', () => {
    const p = withLearned(baseProfiles([vec([]), vec([['x', 1]])]), []);
    expect([...similarities(vec([['x', 1]]), p)]).toEqual([0, 1]);
  });
});
