/**
 * k-means with k chosen by silhouette. k-means is ml-kmeans with k-means++ started from fixed
 * seeds (several restarts, each scored by silhouette), so the same points always give the same
 * groups.
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
function partitions(points: number[][], k: number): { labels: number[]; centroids: number[][] }[] {
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
  return silhouettes(points, [labels])[0];
}

/**
 * The silhouettes of several labellings of the same points, each distance computed once for all
 * of them (choosing k scores dozens of partitions of up to a thousand points). Each point's sums
 * take the other points in ascending order, as a point-by-point loop would, so the figures are
 * the same to the last bit.
 */
export function silhouettes(points: readonly number[][], labellings: readonly (readonly number[])[]): number[] {
  const n = points.length;
  const runs = labellings.filter((labels) => n >= 2 && Math.max(...labels) >= 1);
  const r = runs.length;
  const width = Math.max(2, ...runs.map((labels) => Math.max(...labels) + 1));
  // Point-major layouts, so that the second point of each pair finds all its labels and sums together.
  const label = new Int32Array(n * r);
  runs.forEach((labels, q) => labels.forEach((l, i) => (label[i * r + q] = l)));
  const sums = new Float64Array(n * r * width);
  for (let i = 0; i < n; i++) {
    const pi = points[i];
    for (let j = i + 1; j < n; j++) {
      const d = Math.sqrt(sq(pi, points[j]));
      for (let q = 0; q < r; q++) {
        sums[(i * r + q) * width + label[j * r + q]] += d;
        sums[(j * r + q) * width + label[i * r + q]] += d;
      }
    }
  }
  const scores = new Map(runs.map((labels, q) => [labels, meanSilhouette(labels, q, r, width, sums)]));
  return labellings.map((labels) => scores.get(labels) ?? 0);
}

/** The mean silhouette of labelling q from each point's summed distances to every cluster. */
function meanSilhouette(labels: readonly number[], q: number, r: number, width: number, sums: Float64Array): number {
  const n = labels.length;
  const k = Math.max(...labels) + 1;
  const size = new Array<number>(k).fill(0);
  for (const l of labels) size[l]++;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = labels[i];
    if (size[own] <= 1) continue;
    const row = (i * r + q) * width;
    const a = sums[row + own] / (size[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && size[c] > 0) b = Math.min(b, sums[row + c] / size[c]);
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
  const candidates: Omit<Clustering, 'silhouette'>[] = [];
  for (let k = opts.kRange[0]; k <= opts.kRange[1]; k++) {
    if (points.length < k * opts.minGroupSize) break;
    for (const { labels, centroids } of partitions(points, k)) {
      if (centroids.length < k) continue;
      const sizes = new Array<number>(k).fill(0);
      for (const l of labels) sizes[l]++;
      if (sizes.some((s) => s < opts.minGroupSize)) continue;
      candidates.push({ k, labels, centroids });
    }
  }
  const scores = silhouettes(points, candidates.map((c) => c.labels));
  const tried: { k: number; silhouette: number }[] = [];
  let best: Clustering | null = null;
  for (let k = opts.kRange[0]; k <= opts.kRange[1]; k++) {
    let bestForK: Clustering | null = null;
    for (let i = 0; i < candidates.length; i++) {
      if (candidates[i].k === k && (!bestForK || scores[i] > bestForK.silhouette + 1e-12)) bestForK = { ...candidates[i], silhouette: scores[i] };
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
