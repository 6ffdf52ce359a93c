/**
 * Agreement with Pol.is on one conversation: the adjusted Rand index between our opinion
 * groups and Pol.is's (over participants both grouped), and the overlap of our consensus with
 * Pol.is's majority statements, recomputed from the votes with Pol.is's rule (agree share
 * (agree + 1) / (seen + 2) above one half and significant at 90 %, the top five by share x test).
 * The tests measure the engine with it (test/synthesis/polis.test.ts); the engine never calls it.
 */
import type { Synthesis } from '../../shared/synthesis.js';
import { propTest, smoothed } from '../synthesis/statements.js';
import { Z_90 } from '../synthesis/method.js';
import type { VoteMatrix } from '../synthesis/votes.js';

export function polisMajority(m: VoteMatrix, pickMax = 5): string[] {
  const picks: { id: string; score: number }[] = [];
  m.values.forEach((vs, c) => {
    const ns = vs.length;
    const na = vs.filter((v) => v === 1).length;
    const pa = smoothed(na, ns);
    const pat = propTest(na, ns);
    if (ns > 0 && pa > 0.5 && pat > Z_90) picks.push({ id: m.contributions[c], score: pa * pat });
  });
  return picks.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, pickMax).map((p) => p.id);
}

export interface PolisComparison {
  /** Participants grouped by both. */
  compared: number;
  ours: number[];
  theirs: number[];
  ari: number;
  /** Pol.is's majority statements (top five) and how many of them our consensus holds. */
  polisMajority: string[];
  consensus: string[];
  overlap: number;
  /** overlap / Pol.is majority count. */
  recall: number;
}

export function compareWithPolis(s: Synthesis, polisGroups: ReadonlyMap<string, string>, m: VoteMatrix): PolisComparison {
  const ours = new Map<string, string>();
  for (const g of s.groups) for (const p of g.participants) ours.set(p, g.id);
  const both = [...polisGroups.keys()].filter((p) => ours.has(p)).sort();
  const majority = polisMajority(m);
  const consensus = new Set(s.consensus);
  const overlap = majority.filter((c) => consensus.has(c)).length;
  const sizes = (labels: Iterable<string>) => {
    const count = new Map<string, number>();
    for (const l of labels) count.set(l, (count.get(l) ?? 0) + 1);
    return [...count.values()].sort((a, b) => b - a);
  };
  return {
    compared: both.length,
    ours: sizes(both.map((p) => ours.get(p)!)),
    theirs: sizes(both.map((p) => polisGroups.get(p)!)),
    ari: ari(both.map((p) => ours.get(p)!), both.map((p) => polisGroups.get(p)!)),
    polisMajority: majority,
    consensus: s.consensus,
    overlap,
    recall: majority.length === 0 ? 1 : overlap / majority.length,
  };
}

/** Adjusted Rand index (Hubert & Arabie 1985) between two labellings of the same items. */
export function ari(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  if (a.length !== b.length) throw new Error('ari: labellings differ in length');
  const n = a.length;
  if (n < 2) return 1;
  const choose2 = (x: number) => (x * (x - 1)) / 2;
  const table = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const cols = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}\u0000${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i], (rows.get(a[i]) ?? 0) + 1);
    cols.set(b[i], (cols.get(b[i]) ?? 0) + 1);
  }
  let index = 0;
  for (const v of table.values()) index += choose2(v);
  let sumRows = 0;
  for (const v of rows.values()) sumRows += choose2(v);
  let sumCols = 0;
  for (const v of cols.values()) sumCols += choose2(v);
  const expected = (sumRows * sumCols) / choose2(n);
  const max = (sumRows + sumCols) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
