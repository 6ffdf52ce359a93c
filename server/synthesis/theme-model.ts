/**
 * The coder's picture of each theme, built once per codebook: its cues compiled into an index of
 * phrases, and profiles of its words and character n-grams drawn from its label, description,
 * cues, example statements (every language) and the examples the facilitator taught it. Weights
 * are inverse theme frequencies: a word that several themes use says less about any of them.
 * Nothing here depends on the round, so a rare word typed once cannot outweigh a clear cue.
 */
import { analyse, type Analysis } from './analysis.js';
import type { CodebookTheme, LearnedExample, Unplaced } from '../../shared/codebook.js';
import { isLanguage, STOP_WORDS, type Language } from './language.js';
import { add, baseProfiles, normalise, withLearned, type BaseProfiles, type Profiles, type Vector } from './profiles.js';

export { normalise, type Vector };

export interface CompiledCue {
  /** As written in the codebook. */
  text: string;
  keys: string[];
  theme: number;
  lang: Language;
  /** Written in capitals ("UN", "GFMD"): where it spells a common word, it must be typed in capitals. */
  acronym: boolean;
  /** Chance-like strength of one match, before it is combined with the theme's other cues. */
  strength: number;
}

export interface ExampleDoc {
  text: string;
  theme: number;
  learned: boolean;
  vector: Vector;
}

/** Everything the coder is told about one theme (or about what belongs nowhere). */
export interface ThemeMaterial {
  id: string;
  label: string;
  description: string;
  cues: { text: string; lang: Language }[];
  examples: { text: string; lang?: Language; learned: boolean }[];
}

export interface ThemeModel {
  /** Themes in codebook order; the last one is "unplaced". */
  ids: string[];
  unplacedIndex: number;
  cuesByFirstKey: Map<string, CompiledCue[]>;
  /** Each theme's profile of words, and of character n-grams. */
  words: Profiles;
  grams: Profiles;
  /** The codebook's examples first, then the taught ones. */
  examples: ExampleDoc[];
  /** word -> examples holding it, with the example's weight for it: the codebook's, then the taught ones. */
  exampleIndexes: Map<string, Posting[]>[];
  wordIdf: (w: string) => number;
  gramIdf: (g: string) => number;
}

export interface Posting {
  doc: number;
  weight: number;
}

export const UNPLACED_ID = '(unplaced)';

const CUE_BASE = 0.55;
const CUE_MAX = 0.9;

function langOf(x: string | undefined, fallback: Language): Language {
  return x && isLanguage(x) ? x : fallback;
}

/**
 * A codebook theme, its translations and its learned examples, plus a round's own examples for it
 * and the reference statements that go with its id.
 */
export function materialOf(
  theme: Pick<CodebookTheme, 'id' | 'label' | 'description' | 'cues' | 'examples' | 'translations' | 'learned'>,
  extra: readonly LearnedExample[] = [],
  reference: readonly { text: string; lang: Language }[] = [],
): ThemeMaterial {
  const cues = theme.cues.map((text) => ({ text, lang: 'en' as Language }));
  const examples: ThemeMaterial['examples'] = (theme.examples ?? []).map((text) => ({ text, lang: 'en' as Language, learned: false }));
  for (const r of reference) examples.push({ ...r, learned: false });
  let description = `${theme.label}. ${theme.description ?? ''}`;
  for (const [code, t] of Object.entries(theme.translations ?? {})) {
    const lang = langOf(code, 'en');
    for (const text of t.cues ?? []) cues.push({ text, lang });
    for (const text of t.examples ?? []) examples.push({ text, lang, learned: false });
    description += ` ${t.label ?? ''} ${t.description ?? ''}`;
  }
  for (const e of [...(theme.learned ?? []), ...extra]) examples.push({ text: e.text, lang: e.lang && isLanguage(e.lang) ? e.lang : undefined, learned: true });
  return { id: theme.id, label: theme.label, description, cues, examples };
}

export function unplacedMaterial(u: Unplaced | undefined, extra: readonly LearnedExample[] = [], reference: readonly { text: string; lang: Language }[] = []): ThemeMaterial {
  return materialOf({ id: UNPLACED_ID, label: 'Not placed', description: u?.description ?? '', cues: u?.cues ?? [], examples: u?.examples, translations: u?.translations, learned: u?.learned }, extra, reference);
}

/** Content-word keys of an analysis, sublinear counts. */
export function wordCounts(a: Analysis): Vector {
  const v: Vector = new Map();
  for (const w of a.content) add(v, w.key, 1);
  for (const [k, c] of v) v.set(k, 1 + Math.log(c));
  return v;
}

function weighted(counts: Vector, idf: (k: string) => number): Vector {
  const v: Vector = new Map();
  for (const [k, c] of counts) v.set(k, c * idf(k));
  return normalise(v);
}

function idfOver(docsPerTheme: Set<string>[]): (k: string) => number {
  const df = new Map<string, number>();
  for (const set of docsPerTheme) for (const k of set) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docsPerTheme.length;
  return (k) => Math.log(1 + n / (df.get(k) ?? 0.5));
}

interface Base {
  wordIdf: (w: string) => number;
  gramIdf: (g: string) => number;
  /** Each theme's sum of its normalised documents. */
  words: BaseProfiles;
  grams: BaseProfiles;
  examples: ExampleDoc[];
  exampleIndex: Map<string, Posting[]>;
  cuesByFirstKey: Map<string, CompiledCue[]>;
}

/**
 * The part of the model that comes from the codebook alone: weights, profiles, its own examples
 * and cues. It is kept for the last few codebooks, so a facilitator's placement only adds its
 * examples instead of rebuilding everything.
 */
const bases = new Map<string, Base>();
const BASES_KEPT = 4;

function baseFor(materials: readonly ThemeMaterial[]): Base {
  const key = JSON.stringify(materials);
  let base = bases.get(key);
  if (!base) {
    base = computeBase(materials);
    if (bases.size >= BASES_KEPT) bases.delete(bases.keys().next().value!);
    bases.set(key, base);
  }
  return base;
}

function computeBase(materials: readonly ThemeMaterial[]): Base {
  const analysed = materials.map((m) => {
    const docs: Analysis[] = [analyse(m.description, 'en')];
    docs.push(...m.cues.map((c) => analyse(c.text, c.lang)));
    const examples = m.examples.map((e) => ({ e, a: analyse(e.text, e.lang) }));
    docs.push(...examples.map((x) => x.a));
    return { docs, examples };
  });
  // Weights come from the codebook's own material only: what a facilitator teaches adds examples, not weights.
  const wordIdf = idfOver(analysed.map(({ docs }) => new Set(docs.flatMap((a) => [...wordCounts(a).keys()]))));
  const gramIdf = idfOver(analysed.map(({ docs }) => new Set(docs.flatMap((a) => [...a.grams.keys()]))));
  const sum = (docs: Analysis[], vectorOf: (a: Analysis) => Vector) => {
    const total: Vector = new Map();
    for (const a of docs) for (const [k, x] of vectorOf(a)) add(total, k, x);
    return total;
  };
  const examples: ExampleDoc[] = [];
  analysed.forEach(({ examples: list }, theme) => {
    for (const { e, a } of list) {
      const vector = weighted(wordCounts(a), wordIdf);
      if (vector.size > 0) examples.push({ text: e.text, theme, learned: e.learned, vector });
    }
  });
  return {
    wordIdf,
    gramIdf,
    words: baseProfiles(analysed.map(({ docs }) => sum(docs, (a) => weighted(wordCounts(a), wordIdf)))),
    grams: baseProfiles(analysed.map(({ docs }) => sum(docs, (a) => weighted(a.grams, gramIdf)))),
    examples,
    exampleIndex: postings(examples, 0),
    cuesByFirstKey: compileCues(materials),
  };
}

/** The model for a codebook's themes, each with the examples the facilitator taught it. */
export function buildThemeModel(materials: readonly ThemeMaterial[]): ThemeModel {
  const ids = materials.map((m) => m.id);
  const base = baseFor(materials.map((m) => ({ ...m, examples: m.examples.filter((e) => !e.learned) })));
  // What the facilitator taught is kept beside the codebook's part, which is shared, never copied.
  const words: Vector[] = materials.map(() => new Map());
  const grams: Vector[] = materials.map(() => new Map());
  const taught: ExampleDoc[] = [];
  materials.forEach((m, theme) => {
    for (const e of m.examples) {
      if (!e.learned) continue;
      const a = analyse(e.text, e.lang);
      const vector = weighted(wordCounts(a), base.wordIdf);
      if (vector.size === 0) continue;
      taught.push({ text: e.text, theme, learned: true, vector });
      for (const [k, x] of vector) add(words[theme], k, x);
      for (const [k, x] of weighted(a.grams, base.gramIdf)) add(grams[theme], k, x);
    }
  });
  return {
    ids,
    unplacedIndex: ids.indexOf(UNPLACED_ID),
    cuesByFirstKey: base.cuesByFirstKey,
    words: withLearned(base.words, words),
    grams: withLearned(base.grams, grams),
    examples: [...base.examples, ...taught],
    exampleIndexes: [base.exampleIndex, postings(taught, base.examples.length)],
    wordIdf: base.wordIdf,
    gramIdf: base.gramIdf,
  };
}

/** Examples turned inside out: word -> the examples holding it (numbered from `first`), with their weight. */
function postings(examples: readonly ExampleDoc[], first: number): Map<string, Posting[]> {
  const index = new Map<string, Posting[]>();
  examples.forEach(({ vector }, i) => {
    for (const [k, weight] of vector) (index.get(k) ?? index.set(k, []).get(k)!).push({ doc: first + i, weight });
  });
  return index;
}

function compileCues(materials: readonly ThemeMaterial[]): Map<string, CompiledCue[]> {
  const compiled: CompiledCue[] = [];
  const themesPerCue = new Map<string, Set<number>>();
  materials.forEach((m, theme) => {
    const seen = new Set<string>();
    for (const { text, lang } of m.cues) {
      const a = analyse(text, lang);
      const keys = a.words.map((w) => w.key);
      if (keys.length === 0) continue;
      const id = keys.join(' ');
      if (seen.has(id)) continue;
      seen.add(id);
      const acronym = a.words.length === 1 && a.words[0].upper;
      (themesPerCue.get(id) ?? themesPerCue.set(id, new Set()).get(id)!).add(theme);
      // A phrase says more than a word; a word that is only a stop word says little.
      const content = a.words.filter((w) => !w.stop).length;
      const length = 1 + 0.35 * (Math.min(content, 4) - 1) + 0.1 * Math.min(keys.length - content, 5);
      const strength = content === 0 ? CUE_BASE * 0.5 : CUE_BASE * length;
      compiled.push({ text, keys, theme, lang, acronym, strength });
    }
  });
  const index = new Map<string, CompiledCue[]>();
  for (const cue of compiled) {
    cue.strength = Math.min(CUE_MAX, cue.strength / themesPerCue.get(cue.keys.join(' '))!.size);
    (index.get(cue.keys[0]) ?? index.set(cue.keys[0], []).get(cue.keys[0])!).push(cue);
  }
  return index;
}

export interface CueMatch {
  cue: CompiledCue;
  start: number;
  end: number;
  /** 1, or less where the match lies inside another theme's longer one. */
  weight: number;
}

/** Every cue that occurs in the text as a phrase; acronyms that spell a common word only in capitals. */
export function matchCues(model: ThemeModel, a: Analysis): CueMatch[] {
  const out: CueMatch[] = [];
  const stop = STOP_WORDS[a.lang];
  a.words.forEach((w, i) => {
    for (const cue of model.cuesByFirstKey.get(w.key) ?? []) {
      if (i + cue.keys.length > a.words.length) continue;
      if (!cue.keys.every((k, j) => a.words[i + j].key === k)) continue;
      if (cue.acronym ? !w.upper && (stop.has(cue.keys[0]) || COMMON_WORDS.has(cue.keys[0])) : cue.keys.length === 1 && stop.has(cue.keys[0])) continue;
      out.push({ cue, start: i, end: i + cue.keys.length, weight: 1 });
    }
  });
  const inside = (m: CueMatch, o: CueMatch) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start;
  // Within a theme, a cue inside a longer matched cue adds nothing ("asylum" in "asylum seekers");
  // a cue inside another theme's longer cue is the weaker reading ("voters" in "migrant voters").
  const kept = out.filter((m) => !out.some((o) => o.cue.theme === m.cue.theme && inside(m, o)));
  for (const m of kept) if (kept.some((o) => inside(m, o))) m.weight = NESTED_WEIGHT;
  return kept;
}

/** What a cue lying inside another theme's longer matched cue still counts for. */
const NESTED_WEIGHT = 0.4;

/** English words that acronyms spell and the English stop list lacks (the stop lists cover "un", "eu", "es"). */
const COMMON_WORDS = new Set(['us', 'cat', 'it', 'who', 'am', 'ok']);
