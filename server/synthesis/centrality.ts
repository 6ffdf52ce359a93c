/**
 * How surely and centrally each contribution belongs to its primary theme, 0..1: half the
 * coder's confidence (1 where the facilitator placed it by hand; left out for a suggested theme,
 * which no coder scored), half its likeness to the theme's other contributions (the cosine of its
 * TF-IDF vector with the sum of theirs, relative to the theme's most alike). Quotes and the gist
 * of a finding are chosen by it before agreement: the contribution that says what the theme is
 * about, not the one that happened to be voted on most.
 */
import type { Coding } from './coder.js';
import type { RoundTexts } from './coding.js';
import type { Placement } from './placement.js';
import { norm, type SparseVector } from './text.js';

function unit(v: SparseVector): SparseVector {
  const n = norm(v);
  const out: SparseVector = new Map();
  if (n > 0) for (const [k, w] of v) out.set(k, w / n);
  return out;
}

/** Per contribution, in input order; 0 for one in no theme. */
export function centralities(placement: Placement, codings: readonly Coding[], texts: RoundTexts): number[] {
  const members = new Map<string, number[]>();
  placement.themeIds.forEach((ids, i) => {
    if (ids.length > 0) (members.get(ids[0]) ?? members.set(ids[0], []).get(ids[0])!).push(i);
  });
  const out = new Array<number>(placement.themeIds.length).fill(0);
  for (const [themeId, idx] of members) {
    const units = idx.map((i) => unit(texts.vectors[i]));
    const sum: SparseVector = new Map();
    for (const u of units) for (const [k, w] of u) sum.set(k, (sum.get(k) ?? 0) + w);
    const likeness = units.map((u) => {
      // Cosine with the sum of the others: (u · (sum - u)) / |sum - u|, u being a unit vector.
      let dot = 0;
      for (const [k, w] of u) dot += w * (sum.get(k)! - w);
      let rest = 0;
      for (const [k, w] of sum) {
        const r = w - (u.get(k) ?? 0);
        rest += r * r;
      }
      return rest > 1e-12 ? dot / Math.sqrt(rest) : 0;
    });
    const best = Math.max(...likeness);
    const suggested = themeId.startsWith('emergent:');
    idx.forEach((i, k) => {
      const alike = idx.length > 1 && best > 0 ? likeness[k] / best : null;
      const sure = suggested ? null : placement.placed[i] ? 1 : codings[i].score;
      const parts = [alike, sure].filter((x): x is number => x !== null);
      out[i] = parts.length === 0 ? 0 : Math.round((1000 * parts.reduce((a, b) => a + b, 0)) / parts.length) / 1000;
    });
  }
  return out;
}
