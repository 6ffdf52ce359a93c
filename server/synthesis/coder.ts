/**
 * The coder: assigns a contribution to its best-fitting codebook theme and any clear secondary
 * ones, and says why (the cue terms that matched).
 *
 * Score of a theme for a contribution = the share of the contribution's TF-IDF weight carried
 * by the stems the theme's cues matched: sqrt(sum of matched weights²) / norm of the vector.
 * It runs 0..1, does not depend on how many cues a theme has, and rare words (high IDF) count
 * more than words everyone uses. A cue of several words matches only as a run of consecutive
 * stems ("global forum"), a one-word cue matches its stem anywhere ("migrants" ~ "migrant").
 */
import type { CodebookTheme } from './codebook.js';
import { Corpus, docTerms, norm, stems, type DocTerms, type SparseVector } from './text.js';

export interface CoderOptions {
  /** Minimum score for a theme to be assigned at all. */
  minScore: number;
  /** A secondary theme must score at least this share of the best one... */
  secondaryRatio: number;
  /** ...and at least this much. */
  minSecondaryScore: number;
}

export const DEFAULT_CODER: CoderOptions = { minScore: 0.2, secondaryRatio: 0.6, minSecondaryScore: 0.25 };

export interface ThemeScore {
  themeId: string;
  score: number;
  /** Cue terms that matched, as written in the codebook, heaviest first. */
  terms: string[];
}

export interface Coding {
  /** Primary theme first, then clear secondaries; empty when nothing cleared the bar. */
  themeIds: string[];
  /** The matched terms of the primary theme. */
  reason: string[];
  score: number;
  /** Every theme that matched anything, best first (for explanations and tests). */
  scores: ThemeScore[];
}

interface Cue {
  text: string;
  stems: readonly string[];
  theme: number;
}

export class Coder {
  private readonly index = new Map<string, Cue[]>();
  private readonly themeIds: string[];

  constructor(
    themes: readonly Pick<CodebookTheme, 'id' | 'cues'>[],
    readonly corpus: Corpus,
    readonly options: CoderOptions = DEFAULT_CODER,
  ) {
    this.themeIds = themes.map((t) => t.id);
    themes.forEach((theme, ti) => {
      const seen = new Set<string>();
      for (const text of theme.cues) {
        const s = stems(text);
        const key = s.join(' ');
        if (s.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const list = this.index.get(s[0]) ?? [];
        list.push({ text, stems: s, theme: ti });
        this.index.set(s[0], list);
      }
    });
  }

  /** Code a text against the current corpus (the text is not added to it). */
  codeText(text: string): Coding {
    const doc = docTerms(text);
    return this.code(doc, this.corpus.vector(doc));
  }

  code(doc: DocTerms, vector: SparseVector): Coding {
    const total = norm(vector);
    if (total === 0) return { themeIds: [], reason: [], score: 0, scores: [] };
    const matched = new Map<number, { stems: Set<string>; cues: Cue[] }>();
    const positions = new Map<string, number[]>();
    doc.sequence.forEach((s, i) => {
      const p = positions.get(s);
      if (p) p.push(i);
      else positions.set(s, [i]);
    });
    for (const [first, starts] of positions) {
      const cues = this.index.get(first);
      if (!cues) continue;
      for (const cue of cues) {
        if (cue.stems.length > 1 && !starts.some((i) => cue.stems.every((s, k) => doc.sequence[i + k] === s))) continue;
        let m = matched.get(cue.theme);
        if (!m) matched.set(cue.theme, (m = { stems: new Set(), cues: [] }));
        for (const s of cue.stems) m.stems.add(s);
        m.cues.push(cue);
      }
    }
    const scores: ThemeScore[] = [];
    for (const [ti, m] of matched) {
      let sq = 0;
      for (const s of m.stems) sq += (vector.get(s) ?? 0) ** 2;
      scores.push({ themeId: this.themeIds[ti], score: Math.sqrt(sq) / total, terms: reasonTerms(m.cues, vector) });
    }
    const order = new Map(this.themeIds.map((id, i) => [id, i]));
    scores.sort((a, b) => b.score - a.score || order.get(a.themeId)! - order.get(b.themeId)!);
    const best = scores[0];
    const { minScore, secondaryRatio, minSecondaryScore } = this.options;
    if (!best || best.score < minScore) return { themeIds: [], reason: [], score: best?.score ?? 0, scores };
    const themeIds = [best.themeId];
    for (const s of scores.slice(1)) {
      if (s.score >= minSecondaryScore && s.score >= best.score * secondaryRatio) themeIds.push(s.themeId);
    }
    return { themeIds, reason: best.terms, score: best.score, scores };
  }
}

/** Matched cues, dropping one-word cues already inside a matched phrase, heaviest first. */
function reasonTerms(cues: Cue[], vector: SparseVector): string[] {
  const weight = (c: Cue) => c.stems.reduce((s, st) => s + (vector.get(st) ?? 0), 0);
  const kept = cues.filter((c) => !cues.some((o) => o !== c && o.stems.length > c.stems.length && c.stems.every((s) => o.stems.includes(s))));
  const unique = new Map<string, Cue>();
  for (const c of kept) if (!unique.has(c.stems.join(' '))) unique.set(c.stems.join(' '), c);
  return [...unique.values()].sort((a, b) => weight(b) - weight(a) || a.text.localeCompare(b.text)).map((c) => c.text);
}

/**
 * Live coding: keeps the round's document frequencies up to date as contributions arrive, so
 * coding one more contribution costs only its own tokens.
 */
export class LiveCoder {
  readonly corpus = new Corpus();
  private coder: Coder;

  constructor(themes: readonly Pick<CodebookTheme, 'id' | 'cues'>[], options: CoderOptions = DEFAULT_CODER) {
    this.coder = new Coder(themes, this.corpus, options);
  }

  /** Replace the themes (after curation) without losing the document frequencies. */
  setThemes(themes: readonly Pick<CodebookTheme, 'id' | 'cues'>[]): void {
    this.coder = new Coder(themes, this.corpus, this.coder.options);
  }

  /** Add a contribution to the round and code it. */
  add(text: string): Coding {
    const doc = docTerms(text);
    this.corpus.add(doc);
    return this.coder.code(doc, this.corpus.vector(doc));
  }

  /** Code without adding (a preview). */
  peek(text: string): Coding {
    return this.coder.codeText(text);
  }
}
