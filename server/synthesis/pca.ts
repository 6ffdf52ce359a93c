/**
 * The first two principal components. Only two are ever needed, so this is far cheaper than
 * ml-pca's full SVD (300 x 500 in milliseconds rather than about a second), and the vote matrix
 * is sparse once centred (a missing vote is imputed by its column mean, which centring turns
 * back into 0), so each step costs only the votes actually cast. The axes are the same as
 * ml-pca's up to sign (checked in the tests). The start vector is fixed and each axis's sign is
 * fixed (largest loading positive), so the result is deterministic.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/** One centred row: the columns where it is non-zero and the values there. */
export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

export interface Pca2 {
  /** Row projections on the two axes. */
  projections: [number, number][];
  /** Unit loading vectors of the two axes. */
  components: [Float64Array, Float64Array];
  /** Lanczos steps taken. */
  steps: number;
}

/** Lanczos steps at which convergence is checked. */
const CHECKS = [16, 32, 64, 128, 256, 512];

/**
 * PCA of already centred sparse rows over m columns: the top two eigenvectors of XᵀX by the
 * Lanczos method with full reorthogonalisation (exact up to rounding, and quick even where the
 * second and third axes carry nearly the same variance, where plain power iteration crawls).
 */
export function pca2Sparse(rows: readonly SparseRow[], m: number, tolerance = 1e-9): Pca2 {
  const n = rows.length;
  const xv = new Float64Array(n);
  const apply = (v: Float64Array): Float64Array => {
    for (let i = 0; i < n; i++) {
      const { idx, val } = rows[i];
      let s = 0;
      for (let k = 0; k < idx.length; k++) s += val[k] * v[idx[k]];
      xv[i] = s;
    }
    const out = new Float64Array(m);
    for (let i = 0; i < n; i++) {
      const s = xv[i];
      if (s === 0) continue;
      const { idx, val } = rows[i];
      for (let k = 0; k < idx.length; k++) out[idx[k]] += val[k] * s;
    }
    return out;
  };
  // Deterministic start: column spreads plus a small ramp, so no axis is missed by symmetry.
  const start = new Float64Array(m);
  for (const r of rows) for (let k = 0; k < r.idx.length; k++) start[r.idx[k]] += r.val[k] * r.val[k];
  for (let j = 0; j < m; j++) start[j] += 1e-3 * (1 + ((j * 7919) % 97) / 97);
  normalise(start);
  const Q: Float64Array[] = [start];
  const alpha: number[] = [];
  const beta: number[] = [];
  const maxSteps = Math.max(1, Math.min(m, n, CHECKS[CHECKS.length - 1]));
  let ritz: { values: number[]; vectors: number[][] } | null = null;
  for (let j = 0; j < maxSteps; j++) {
    const w = apply(Q[j]);
    const a = dot(w, Q[j]);
    alpha.push(a);
    // Full reorthogonalisation (twice is enough), which also removes the a and b terms.
    for (let pass = 0; pass < 2; pass++) for (const q of Q) axpy(w, q, -dot(w, q));
    const b = Math.sqrt(dot(w, w));
    const last = j + 1 === maxSteps;
    const invariant = b <= 1e-10 * Math.max(1, Math.abs(alpha[0]));
    if (last || invariant || CHECKS.includes(j + 1)) {
      ritz = tridiagonalEigen(alpha, beta);
      const k = alpha.length;
      const top = ritz.values.length - 1;
      const lambda1 = Math.max(Math.abs(ritz.values[top]), 1e-300);
      const resid = [top, top - 1].filter((t) => t >= 0).map((t) => b * Math.abs(ritz!.vectors[t][k - 1]));
      if (last || invariant || resid.every((r) => r <= tolerance * lambda1)) break;
    }
    beta.push(b);
    for (let i = 0; i < m; i++) w[i] /= b;
    Q.push(w);
  }
  const { vectors } = ritz!;
  const axis = (t: number): Float64Array => {
    const v = new Float64Array(m);
    if (t < 0) return v;
    vectors[t].forEach((y, i) => axpy(v, Q[i], y));
    normalise(v);
    fixSign(v);
    return v;
  };
  const top = vectors.length - 1;
  const a = axis(top);
  const b = axis(top - 1);
  const projections = rows.map(({ idx, val }): [number, number] => {
    let pa = 0;
    let pb = 0;
    for (let k = 0; k < idx.length; k++) {
      pa += val[k] * a[idx[k]];
      pb += val[k] * b[idx[k]];
    }
    return [pa, pb];
  });
  return { projections, components: [a, b], steps: alpha.length };
}

/** Eigenpairs of the symmetric tridiagonal matrix (diagonal alpha, off-diagonal beta), ascending. */
function tridiagonalEigen(alpha: readonly number[], beta: readonly number[]): { values: number[]; vectors: number[][] } {
  const k = alpha.length;
  const t = Matrix.zeros(k, k);
  for (let i = 0; i < k; i++) {
    t.set(i, i, alpha[i]);
    if (i + 1 < k) {
      t.set(i, i + 1, beta[i]);
      t.set(i + 1, i, beta[i]);
    }
  }
  const e = new EigenvalueDecomposition(t, { assumeSymmetric: true });
  const order = e.realEigenvalues.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const vecs = e.eigenvectorMatrix;
  return { values: order.map(([v]) => v), vectors: order.map(([, i]) => vecs.getColumn(i)) };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function axpy(y: Float64Array, x: Float64Array, a: number): void {
  for (let i = 0; i < y.length; i++) y[i] += a * x[i];
}

function normalise(v: Float64Array): void {
  const len = Math.sqrt(dot(v, v));
  if (len > 0) for (let i = 0; i < v.length; i++) v[i] /= len;
}

/** PCA of dense rows (centred here). */
export function pca2(rows: readonly ArrayLike<number>[], m: number): Pca2 & { means: Float64Array } {
  const means = new Float64Array(m);
  for (const r of rows) for (let j = 0; j < m; j++) means[j] += r[j];
  if (rows.length > 0) for (let j = 0; j < m; j++) means[j] /= rows.length;
  const sparse = rows.map((r): SparseRow => {
    const idx: number[] = [];
    const val: number[] = [];
    for (let j = 0; j < m; j++) {
      const x = r[j] - means[j];
      if (x !== 0) {
        idx.push(j);
        val.push(x);
      }
    }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
  });
  return { ...pca2Sparse(sparse, m), means };
}

function fixSign(v: Float64Array): void {
  let best = 0;
  for (let j = 0; j < v.length; j++) if (Math.abs(v[j]) > Math.abs(v[best]) + 1e-12) best = j;
  if (v[best] < 0) for (let j = 0; j < v.length; j++) v[j] = -v[j];
}
