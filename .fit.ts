import { readFileSync } from 'node:fs';
import { Coder } from './server/synthesis/coder.js';
import { analyse } from './server/synthesis/analysis.js';
import { activeThemes, defaultCodebook } from './server/synthesis/codebook.js';
import { parseRecords, reportStatements } from './scripts/coding-eval.js';
const cb = defaultCodebook(); const themes = activeThemes(cb); const c: any = new Coder({ themes, unplaced: cb.unplaced });
const labelOf = new Map(themes.map(t => [t.id, t.label]));
const recs = [...parseRecords(readFileSync('test/data/coding/dev.jsonl','utf8'),'dev'), ...reportStatements(readFileSync('/work/shared/seed/report.md','utf8'))];
const X: number[][] = []; const Y: number[] = [];
for (const r of recs) {
  const a = analyse(r.text); const { raw } = c.evidence(a); const u = c.model.unplacedIndex;
  const order = [...raw.keys()].filter((t: number) => t !== u).sort((x: number, y: number) => raw[y] - raw[x]);
  const b = order[0], s = Math.max(raw[order[1]], raw[u]);
  const got = labelOf.get(c.model.ids[b]);
  const ok = r.expected !== 'none' && (got === r.expected || (r.also ?? []).includes(got!)) ? 1 : 0;
  X.push([raw[b], raw[b] - s]); Y.push(ok);
}
let w = [0, 0, 0]; const lr = 0.5;
for (let it = 0; it < 20000; it++) { const g = [0, 0, 0]; X.forEach((x, i) => { const p = 1 / (1 + Math.exp(-(w[0] * x[0] + w[1] * x[1] + w[2]))); const e = p - Y[i]; g[0] += e * x[0]; g[1] += e * x[1]; g[2] += e; }); w = w.map((v, k) => v - lr * g[k] / X.length); }
console.log('a,b,c =', w.map(v => v.toFixed(2)).join(', '));
const bins = [0, .2, .4, .6, .8, 1.01].slice(0, -1).map((lo, i, arr) => ({ lo, hi: [.2, .4, .6, .8, 1.01][i], n: 0, k: 0 }));
X.forEach((x, i) => { const p = 1 / (1 + Math.exp(-(w[0] * x[0] + w[1] * x[1] + w[2]))); const bin = bins.find(b => p >= b.lo && p < b.hi)!; bin.n++; bin.k += Y[i]; });
console.log(bins.map(b => `${b.lo}: ${b.k}/${b.n}`).join('  '));
