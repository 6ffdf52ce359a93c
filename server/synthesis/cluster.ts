/**
 * k-means with k chosen by silhouette, and the adjusted Rand index used to compare groupings.
 * k-means is ml-kmeans with k-means++ started from fixed seeds (several restarts, lowest
 * within-group spread wins), so the same points always give the same groups.
 */
import { kmeans } from 'ml-kmeans';

/** Fixed seeds for the k-means++ restarts: enough that the best partition is found on flat landscapes. */
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

export interface Clustering {
  k: number;
  labels: number[];
  centroids: number[][];
  silhouette: number;
}

function sq(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return s;
}

/** The distinct partitions found by seeded k-means++ restarts, in seed order, labels canonical. */
export function seededPartitions(points: number[][], k: number): { labels: number[]; centroids: number[][] }[] {
  const out: { labels: number[]; centroids: number[][] }[] = [];
  const seen = new Set<string>();
  for (const seed of SEEDS) {
    const r = kmeans(points, k, { seed, initialization: 'kmeans++', maxIterations: 200 });
    const c = canonical(r.clusters, r.centroids);
    const key = c.labels.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

/** One seeded k-means partition with the lowest within-group sum of squares (for callers that want plain k-means). */
export function seededKmeans(points: number[][], k: number): { labels: number[]; centroids: number[][] } {
  let best: { labels: number[]; centroids: number[][]; inertia: number } | null = null;
  for (const p of seededPartitions(points, k)) {
    let inertia = 0;
    points.forEach((pt, i) => (inertia += sq(pt, p.centroids[p.labels[i]])));
    if (!best || inertia < best.inertia - 1e-9) best = { ...p, inertia };
  }
  return best!;
}

/** Relabel clusters by size (largest first; ties by first member), so labels do not depend on the run. */
function canonical(labels: number[], centroids: number[][]): { labels: number[]; centroids: number[][] } {
  const k = centroids.length;
  const size = new Array<number>(k).fill(0);
  const first = new Array<number>(k).fill(Infinity);
  labels.forEach((l, i) => {
    size[l]++;
    first[l] = Math.min(first[l], i);
  });
  const order = [...Array(k).keys()].filter((l) => size[l] > 0).sort((a, b) => size[b] - size[a] || first[a] - first[b]);
  const map = new Map(order.map((old, i) => [old, i]));
  return { labels: labels.map((l) => map.get(l)!), centroids: order.map((l) => centroids[l]) };
}

/** Mean silhouette (Rousseeuw 1987) with Euclidean distance; a point alone in its cluster scores 0. */
export function silhouette(points: readonly number[][], labels: readonly number[]): number {
  const n = points.length;
  const k = Math.max(...labels) + 1;
  if (n < 2 || k < 2) return 0;
  const size = new Array<number>(k).fill(0);
  for (const l of labels) size[l]++;
  let total = 0;
  const sums = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    for (let j = 0; j < n; j++) if (j !== i) sums[labels[j]] += Math.sqrt(sq(points[i], points[j]));
    const own = labels[i];
    if (size[own] <= 1) continue;
    const a = sums[own] / (size[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && size[c] > 0) b = Math.min(b, sums[c] / size[c]);
    const d = Math.max(a, b);
    total += d === 0 ? 0 : (b - a) / d;
  }
  return total / n;
}

export interface ChooseOptions {
  kRange: [number, number];
  minGroupSize: number;
  minSilhouette: number;
}

/**
 * Every partition found (k over the range, each seeded restart) is scored by silhouette, the
 * same criterion that chooses k, and the best wins (ties to the smaller k, then the earlier
 * seed). Partitions with a group smaller than minGroupSize are not considered. Below
 * minSilhouette there is no real split and one group is returned.
 */
export function chooseClustering(points: number[][], opts: ChooseOptions): Clustering & { tried: { k: number; silhouette: number }[] } {
  const tried: { k: number; silhouette: number }[] = [];
  let best: Clustering | null = null;
  for (let k = opts.kRange[0]; k <= opts.kRange[1]; k++) {
    if (points.length < k * opts.minGroupSize) break;
    let bestForK: Clustering | null = null;
    for (const { labels, centroids } of seededPartitions(points, k)) {
      if (centroids.length < k) continue;
      const sizes = new Array<number>(k).fill(0);
      for (const l of labels) sizes[l]++;
      if (sizes.some((s) => s < opts.minGroupSize)) continue;
      const s = silhouette(points, labels);
      if (!bestForK || s > bestForK.silhouette + 1e-12) bestForK = { k, labels, centroids, silhouette: s };
    }
    if (!bestForK) continue;
    tried.push({ k, silhouette: bestForK.silhouette });
    if (!best || bestForK.silhouette > best.silhouette + 1e-12) best = bestForK;
  }
  if (!best || best.silhouette < opts.minSilhouette) {
    const centre = [0, 1].map((d) => points.reduce((s, p) => s + p[d], 0) / Math.max(1, points.length));
    return { k: 1, labels: points.map(() => 0), centroids: [centre], silhouette: best?.silhouette ?? 0, tried };
  }
  return { ...best, tried };
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
