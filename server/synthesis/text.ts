/**
 * Text processing for the coder and the emergent clustering: tokenise with Intl.Segmenter,
 * drop stop words (the `stopword` package's English list), stem with Porter (`stemmer`),
 * and weigh terms by TF-IDF over the round. Document frequencies are kept incrementally, so
 * adding one contribution to a round of thousands costs only its own tokens.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
export const STOP = new Set(eng.map((w) => w.toLowerCase()));
// Words the English list lacks but that carry nothing in roundtable notes.
for (const w of ['also', 'would', 'could', 'should', 'may', 'might', 'must', 'shall', 'will', 'can', 'just', 'really', 'think', 'need', 'needs', 'one', 'e.g', 'i.e', 'etc', 'eg', 'ie', 'via', 'yes', 'no', 'not', 'don\'t', 'isn\'t', 'it\'s', 'we\'re', 'they\'re', 'there\'s', 'that\'s']) STOP.add(w);

export interface Token {
  /** Porter stem, lower case: the unit every count is made of. */
  stem: string;
  /** The word as written (lower case), to label terms readably. */
  surface: string;
}

/** Bring "M-20", "G-20" and similar names into one word before segmenting ("m20"). */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .replace(/\b([A-Za-z])-(\d{1,3})\b/g, '$1$2');
}

/** Word tokens of a text, stop words removed, each with its stem. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const part of segmenter.segment(normalise(text))) {
    if (!part.isWordLike) continue;
    let word = part.segment.toLowerCase();
    if (word.endsWith("'s")) word = word.slice(0, -2);
    word = word.replace(/'/g, '').replace(/\.+$/, '');
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (STOP.has(word) || /^\d{1,2}$/.test(word)) continue;
    out.push({ stem: stemmer(word), surface: word });
  }
  return out;
}

/** A contribution as the engine sees it: term counts, and the surface words behind each stem. */
export interface DocTerms {
  tf: Map<string, number>;
  sequence: string[];
  surfaces: Map<string, string>;
}

/**
 * The live synthesis recomputes a round several times a second while its texts barely change, and
 * builds its coder from the same codebook cues each time: what a text tokenises to is kept (a
 * bounded memo; the oldest entry goes first), since tokenising is the largest single cost of a
 * recompute. Callers treat what they get as read-only.
 */
export function memoised<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      value = compute(text);
      if (memo.size >= limit) memo.delete(memo.keys().next().value!);
      memo.set(text, value);
    }
    return value;
  };
}

export const docTerms = memoised(computeDocTerms, 50_000);

/** Stems of a text in order (stop words removed). */
export const stems = memoised((text: string): readonly string[] => tokenize(text).map((t) => t.stem), 5_000);

function computeDocTerms(text: string): DocTerms {
  const tokens = tokenize(text);
  const tf = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const t of tokens) {
    tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
    if (!surfaces.has(t.stem)) surfaces.set(t.stem, t.surface);
  }
  return { tf, sequence: tokens.map((t) => t.stem), surfaces };
}

/** Sparse weighted vector: stem -> weight. */
export type SparseVector = Map<string, number>;

/**
 * Document frequencies over a round, kept incrementally. idf(t) = ln((1 + N) / (1 + df(t))) + 1,
 * the smoothed form, so a term in every document still weighs 1 and an unseen term weighs most.
 */
export class Corpus {
  private readonly df = new Map<string, number>();
  private readonly surfaceCounts = new Map<string, Map<string, number>>();
  private n = 0;

  get size(): number {
    return this.n;
  }

  add(doc: DocTerms): void {
    this.n += 1;
    for (const stem of doc.tf.keys()) this.df.set(stem, (this.df.get(stem) ?? 0) + 1);
    for (const [stem, surface] of doc.surfaces) {
      let m = this.surfaceCounts.get(stem);
      if (!m) this.surfaceCounts.set(stem, (m = new Map()));
      m.set(surface, (m.get(surface) ?? 0) + 1);
    }
  }

  docFreq(stem: string): number {
    return this.df.get(stem) ?? 0;
  }

  idf(stem: string): number {
    return Math.log((1 + this.n) / (1 + this.docFreq(stem))) + 1;
  }

  /** TF-IDF with sublinear term frequency (1 + ln tf). */
  vector(doc: DocTerms): SparseVector {
    const v: SparseVector = new Map();
    for (const [stem, count] of doc.tf) v.set(stem, (1 + Math.log(count)) * this.idf(stem));
    return v;
  }

  /** The most frequent way a stem was written in the round ("migrat" -> "migration"). */
  surface(stem: string): string {
    const m = this.surfaceCounts.get(stem);
    if (!m) return stem;
    let best = stem;
    let bestCount = -1;
    for (const [s, c] of m) if (c > bestCount || (c === bestCount && s < best)) [best, bestCount] = [s, c];
    return best;
  }
}

export function norm(v: SparseVector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o !== undefined) dot += w * o;
  }
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot / d;
}
