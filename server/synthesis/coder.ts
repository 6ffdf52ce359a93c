/**
 * The coder: places a contribution under the codebook theme it fits best (and any clear second
 * ones), or leaves it unplaced, with a confidence and the reason.
 *
 * A theme's score adds four kinds of evidence (theme-model.ts builds what they compare against):
 * - cues matched as phrases (with their stop words, so "no interest" keeps its "no"), each
 *   weighing less when several themes share it, combined as independent chances;
 * - similarity of the contribution's words to the theme's words (label, description, cues,
 *   examples, every language), weighted by inverse theme frequency;
 * - similarity of character n-grams, which carries typos, endings and cognates across languages;
 * - similarity to the nearest single example, the facilitator's own placements included, so
 *   the coder follows the facilitator as they work.
 * The question a contribution answered adds a small prior. "Not placed" is a competitor of its
 * own (procedural remarks, greetings, "+1"), and a contribution whose best score is too weak stays
 * unplaced too. The confidence is a logistic function of the best score and its margin over the
 * runner-up, fitted on the project's dev set (test/data/coding), and reads as the chance that the
 * placement is right. Deterministic: no randomness, ties go to codebook order.
 */
import { analyse, type Analysis } from './analysis.js';
import type { CodebookTheme, LearnedExample, Unplaced } from '../../shared/codebook.js';
import { isLanguage } from './language.js';
import { referenceStatements, statementsOf, type ReferenceStatements } from './reference.js';
import { similarities, weightOf } from './profiles.js';
import { buildThemeModel, materialOf, matchCues, normalise, unplacedMaterial, wordCounts, type CueMatch, type ThemeModel, type Vector } from './theme-model.js';

export interface CoderOptions {
  /** Minimum confidence for a theme to be assigned at all. */
  minScore: number;
  /** A secondary theme must score at least this share of the best one... */
  secondaryRatio: number;
  /** ...and at least this confidence of its own. */
  minSecondaryScore: number;
}

export const DEFAULT_CODER: CoderOptions = { minScore: 0.5, secondaryRatio: 0.75, minSecondaryScore: 0.45 };

/** How the four kinds of evidence add up, and the prior a question gives. */
const WEIGHTS = { cue: 1, words: 0.55, grams: 0.35, example: 0.45, learned: 1, question: 0.3 };
/** Confidence = σ(a·best + b·margin + c). */
const CALIBRATION = { a: 1.5, b: 2.37, c: -0.61 };
/** A question names a theme when its evidence for it is at least this, and the runner-up's below this share of it. */
const QUESTION_CLEAR = 0.5;
const QUESTION_MARGIN = 0.75;
/** Above this evidence for "not placed", the question gives no prior (procedural lines stay out). */
const QUESTION_OFF_TOPIC = 0.2;
/** A placement resting on no cue, no example at least this close and no question needs UNANCHORED_MIN confidence. */
const ANCHOR_EXAMPLE = 0.25;
const UNANCHORED_MIN = 0.7;
/** What an example sharing a single word with the contribution counts for. */
const SINGLE_WORD = 0.5;
/** Themes whose reason is spelled out, strongest first. */
const EXPLAINED = 5;
/** An example this similar is shown in the reason. */
const EXAMPLE_SHOWN = 0.3;

export type ThemeLike = Pick<CodebookTheme, 'id' | 'label' | 'cues'> & Partial<Pick<CodebookTheme, 'description' | 'examples' | 'translations' | 'learned'>>;

/** A contribution the facilitator placed by hand: under a theme, or under none (`themeId: null`). */
export interface RoundExample extends LearnedExample {
  themeId: string | null;
}

export interface CoderInput {
  themes: readonly ThemeLike[];
  unplaced?: Unplaced;
  /** The round's own examples (facilitator placements); where they are stored does not matter here. */
  examples?: readonly RoundExample[];
  /** Reference statements per theme id; the bundled ones by default, none with `null`. */
  reference?: ReferenceStatements | null;
}

export interface ThemeScore {
  themeId: string;
  /** Evidence for the theme, 0 and up (not a probability). */
  score: number;
  /** Why: cues matched as written, then the nearest example, then shared words (for the EXPLAINED strongest themes). */
  terms: string[];
}

export interface Coding {
  /** Primary theme first, then clear secondaries; empty when unplaced. */
  themeIds: string[];
  /** The primary theme's reason (see ThemeScore.terms). */
  reason: string[];
  /** Confidence of the primary placement, 0..1 (0 when unplaced by rule, else the chance it is right). */
  score: number;
  /** The language the contribution was read in. */
  lang: string;
  /** True when "not placed" won: a procedural or off-topic line, not a view nobody has a theme for. */
  offTopic: boolean;
  /** Every theme with any evidence, best first. */
  scores: ThemeScore[];
}

export interface CodingContext {
  /** The text of the question the contribution answered. */
  question?: string;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Themes alone, or themes with "not placed" and the round's examples. */
const asInput = (input: CoderInput | readonly ThemeLike[]): CoderInput => (Array.isArray(input) ? { themes: input as readonly ThemeLike[] } : (input as CoderInput));

export class Coder {
  private readonly model: ThemeModel;
  private readonly questionMemo = new Map<string, Float64Array>();

  constructor(
    input: CoderInput | readonly ThemeLike[],
    readonly options: CoderOptions = DEFAULT_CODER,
  ) {
    const { themes, unplaced, examples = [], reference = referenceStatements() } = asInput(input);
    const byTheme = new Map<string | null, LearnedExample[]>();
    for (const e of examples) (byTheme.get(e.themeId) ?? byTheme.set(e.themeId, []).get(e.themeId)!).push({ text: e.text, lang: e.lang });
    const materials = themes.map((t) => materialOf({ description: '', ...t }, byTheme.get(t.id), statementsOf(reference?.themes[t.id])));
    materials.push(unplacedMaterial(unplaced, byTheme.get(null), statementsOf(reference?.unplaced)));
    this.model = buildThemeModel(materials);
  }

  /** Evidence per theme (unplaced last), the cue matches and each theme's nearest example. */
  private evidence(a: Analysis, text = ''): { raw: Float64Array; cues: CueMatch[]; nearest: { doc: number; sim: number }[]; vector: Vector } {
    const m = this.model;
    const n = m.ids.length;
    const raw = new Float64Array(n);
    const cues = matchCues(m, a);
    const miss = new Float64Array(n).fill(1);
    for (const { cue, weight } of cues) miss[cue.theme] *= 1 - weight * (cue.lang === a.lang || cue.acronym ? cue.strength : cue.strength * 0.7);
    const vector = weightedVector(wordCounts(a), m.wordIdf);
    const grams = weightedVector(a.grams, m.gramIdf);
    const exampleSims = new Map<number, number>();
    const shared = new Map<number, number>();
    for (const [k, x] of vector) {
      for (const index of m.exampleIndexes) {
        for (const { doc, weight } of index.get(k) ?? []) {
          exampleSims.set(doc, (exampleSims.get(doc) ?? 0) + x * weight);
          shared.set(doc, (shared.get(doc) ?? 0) + 1);
        }
      }
    }
    const nearest = Array.from({ length: n }, () => ({ doc: -1, sim: 0 }));
    for (const [doc, sum] of exampleSims) {
      // One word in common is word evidence, not a resemblance: it counts half.
      const cos = shared.get(doc)! >= 2 ? sum : sum * SINGLE_WORD;
      // An example teaches the others: a placed contribution is no evidence for itself.
      if (cos > 0.999 && m.examples[doc].text === text) continue;
      const t = m.examples[doc].theme;
      // The facilitator's own placements weigh more than the codebook's examples.
      const sim = cos * (m.examples[doc].learned ? WEIGHTS.learned / WEIGHTS.example : 1);
      if (sim > nearest[t].sim || (sim === nearest[t].sim && doc < nearest[t].doc)) nearest[t] = { doc, sim };
    }
    const wordSim = similarities(vector, m.words);
    const gramSim = similarities(grams, m.grams);
    for (let t = 0; t < n; t++) {
      raw[t] = WEIGHTS.cue * (1 - miss[t]) + WEIGHTS.words * wordSim[t] + WEIGHTS.grams * gramSim[t] + WEIGHTS.example * nearest[t].sim;
    }
    return { raw, cues, nearest, vector };
  }

  /**
   * What a question is about: the one theme it clearly names (evidence at least QUESTION_CLEAR,
   * and the runner-up below QUESTION_MARGIN of it) gets 1; nothing when it names none clearly
   * ("Is migration perceived as a universal phenomenon…" leans to national policies and to
   * legal frameworks alike, so it gives no prior).
   */
  private questionPrior(question: string): Float64Array {
    let prior = this.questionMemo.get(question);
    if (!prior) {
      const { raw } = this.evidence(analyse(question));
      const u = this.model.unplacedIndex;
      const order = [...raw.keys()].filter((t) => t !== u).sort((x, y) => raw[y] - raw[x] || x - y);
      const [top, next] = [raw[order[0]] ?? 0, raw[order[1]] ?? 0];
      prior = new Float64Array(raw.length);
      if (top >= QUESTION_CLEAR && next < QUESTION_MARGIN * top) prior[order[0]] = 1;
      this.questionMemo.set(question, prior);
    }
    return prior;
  }

  /** Code a contribution. */
  code(text: string, context: CodingContext = {}): Coding {
    const a = analyse(text);
    const m = this.model;
    const { raw, cues, nearest, vector } = this.evidence(a, text);
    const u = m.unplacedIndex;
    let prior: Float64Array | null = null;
    if (context.question && a.content.length > 0 && raw[u] < QUESTION_OFF_TOPIC) {
      prior = this.questionPrior(context.question);
      for (let t = 0; t < u; t++) raw[t] += WEIGHTS.question * prior[t];
    }
    const order = [...raw.keys()].filter((t) => t !== u && raw[t] > 0).sort((x, y) => raw[y] - raw[x] || x - y);
    const scores: ThemeScore[] = order.map((t, i) => ({ themeId: m.ids[t], score: round3(raw[t]), terms: i < EXPLAINED ? this.explain(t, a, cues, nearest[t], vector) : [] }));
    const best = order[0];
    const unplaced = (score: number, offTopic: boolean): Coding => ({ themeIds: [], reason: [], score, lang: a.lang, offTopic, scores });
    if (best === undefined || (a.content.length === 0 && !cues.some((c) => c.cue.theme !== u))) return unplaced(0, raw[u] > 0 || a.content.length === 0);
    const second = order[1] === undefined ? Math.max(0, raw[u]) : Math.max(raw[order[1]], raw[u]);
    const confidence = sigmoid(CALIBRATION.a * raw[best] + CALIBRATION.b * (raw[best] - second) + CALIBRATION.c);
    if (raw[u] >= raw[best]) return unplaced(round3(confidence), true);
    // Similar words alone, with no cue and no close example, must clear a higher bar.
    const anchored = cues.some((c) => c.cue.theme === best) || nearest[best].sim >= ANCHOR_EXAMPLE || (prior?.[best] ?? 0) > 0;
    if (confidence < (anchored ? this.options.minScore : UNANCHORED_MIN)) return unplaced(round3(confidence), false);
    const themeIds = [m.ids[best]];
    for (const t of order.slice(1)) {
      const own = sigmoid(CALIBRATION.a * raw[t] + CALIBRATION.c);
      if (raw[t] >= raw[best] * this.options.secondaryRatio && own >= this.options.minSecondaryScore && raw[t] > raw[u]) themeIds.push(m.ids[t]);
    }
    return { themeIds, reason: scores[0].terms, score: round3(confidence), lang: a.lang, offTopic: false, scores };
  }

  private explain(t: number, a: Analysis, cues: readonly CueMatch[], nearest: { doc: number; sim: number }, vector: Vector): string[] {
    const m = this.model;
    const own = cues.filter((c) => c.cue.theme === t).sort((x, y) => y.cue.strength - x.cue.strength || x.start - y.start);
    const terms = [...new Set(own.map((c) => c.cue.text))];
    if (nearest.doc >= 0 && nearest.sim >= EXAMPLE_SHOWN) terms.push(`like “${clip(m.examples[nearest.doc].text)}”`);
    const covered = new Set(own.flatMap((c) => a.words.slice(c.start, c.end).map((w) => w.key)));
    const shared = [...vector]
      .map(([k, x]) => ({ k, x: x * weightOf(m.words, k, t) }))
      .filter((s) => s.x > 0 && !covered.has(s.k))
      .sort((p, q) => q.x - p.x || (p.k < q.k ? -1 : 1))
      .slice(0, 3)
      .map((s) => a.content.find((w) => w.key === s.k)!.surface.toLowerCase());
    return [...terms, ...shared];
  }
}

function weightedVector(counts: Vector, idf: (k: string) => number): Vector {
  const v: Vector = new Map();
  for (const [k, c] of counts) v.set(k, c * idf(k));
  return normalise(v);
}

const clip = (s: string) => (s.length <= 60 ? s : `${s.slice(0, 57).trimEnd()}…`);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Live coding of a round: contributions are coded as they arrive, against the codebook and the
 * facilitator's examples so far.
 */
export class LiveCoder {
  private coder: Coder;
  private input: CoderInput;

  constructor(input: CoderInput | readonly ThemeLike[], options: CoderOptions = DEFAULT_CODER) {
    this.input = asInput(input);
    this.coder = new Coder(this.input, options);
  }

  /** The facilitator placed a contribution: it becomes an example for the rest of the round. */
  learn(example: RoundExample): void {
    this.input = { ...this.input, examples: [...(this.input.examples ?? []), { ...example, lang: example.lang && isLanguage(example.lang) ? example.lang : undefined }] };
    this.coder = new Coder(this.input, this.coder.options);
  }

  /** Code a contribution of the round. */
  code(text: string, context?: CodingContext): Coding {
    return this.coder.code(text, context);
  }
}

