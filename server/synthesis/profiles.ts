/**
 * Theme profiles of words (or character n-grams): each theme's weight for each key, compared with
 * a contribution by cosine. The part that comes from the codebook is built once per codebook and
 * shared; what the facilitator teaches is kept beside it and added at comparison time, so a new
 * example costs the size of the example, not of the codebook: the cosine with the sum of the two is
 * (v·b + v·l) / |b + l|, and |b + l|² = |b|² + 2 b·l + |l|² needs only the taught keys.
 */
export type Vector = Map<string, number>;

export function add(v: Vector, k: string, x: number): void {
  v.set(k, (v.get(k) ?? 0) + x);
}

export function normalise(v: Vector): Vector {
  let s = 0;
  for (const x of v.values()) s += x * x;
  const n = Math.sqrt(s);
  if (n > 0) for (const [k, x] of v) v.set(k, x / n);
  return v;
}

/** The codebook's part: each theme's unnormalised profile, turned inside out, and its squared norm. */
export interface BaseProfiles {
  sums: readonly Vector[];
  index: Map<string, Float64Array>;
  squares: Float64Array;
}

export interface Profiles {
  base: BaseProfiles;
  /** Taught keys -> each theme's unnormalised weight. */
  learned: Map<string, Float64Array>;
  /** Each theme's norm, codebook and taught together. */
  norm: Float64Array;
}

export function baseProfiles(sums: readonly Vector[]): BaseProfiles {
  const squares = new Float64Array(sums.length);
  sums.forEach((v, t) => {
    for (const x of v.values()) squares[t] += x * x;
  });
  return { sums, index: invert(sums), squares };
}

/** The profiles with what the facilitator taught each theme (`learned[t]`, possibly empty). */
export function withLearned(base: BaseProfiles, learned: readonly Vector[]): Profiles {
  const norm = new Float64Array(base.sums.length);
  base.sums.forEach((b, t) => {
    let squared = base.squares[t];
    for (const [k, x] of learned[t] ?? []) squared += 2 * x * (b.get(k) ?? 0) + x * x;
    norm[t] = Math.sqrt(Math.max(0, squared));
  });
  return { base, learned: invert(learned, base.sums.length), norm };
}

/** Theme t's weight for key k, as in its normalised profile. */
export function weightOf(p: Profiles, k: string, t: number): number {
  const x = (p.base.index.get(k)?.[t] ?? 0) + (p.learned.get(k)?.[t] ?? 0);
  return p.norm[t] > 0 ? x / p.norm[t] : 0;
}

/** Cosine of a normalised vector with every theme's profile. */
export function similarities(v: Vector, p: Profiles): Float64Array {
  const n = p.norm.length;
  const out = new Float64Array(n);
  for (const [k, x] of v) {
    const b = p.base.index.get(k);
    if (b) for (let t = 0; t < n; t++) out[t] += x * b[t];
    const l = p.learned.get(k);
    if (l) for (let t = 0; t < n; t++) out[t] += x * l[t];
  }
  for (let t = 0; t < n; t++) out[t] = p.norm[t] > 0 ? out[t] / p.norm[t] : 0;
  return out;
}

/** Profiles turned inside out, so a contribution's key is looked up once for every theme. */
function invert(profiles: readonly Vector[], n = profiles.length): Map<string, Float64Array> {
  const index = new Map<string, Float64Array>();
  profiles.forEach((v, t) => {
    for (const [k, x] of v) {
      let row = index.get(k);
      if (!row) index.set(k, (row = new Float64Array(n)));
      row[t] = x;
    }
  });
  return index;
}
