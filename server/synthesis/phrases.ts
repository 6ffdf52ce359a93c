/**
 * What a set of contributions talks about, as a person would name it: the noun phrases they share
 * that are most distinctive against the rest of the round ("minimum wage", "small businesses",
 * "refugee protection"). Part-of-speech tags come from wink-nlp's English model, so a phrase is
 * adjectives and nouns ending in a noun: never a stop word, a lone verb or a lone adjective.
 * Distinctiveness is class-based TF-IDF (as in BERTopic): the share of the set's contributions
 * using the phrase, times the log of how rare it is in the round. Deterministic; English only
 * (French and Spanish contributions are tagged as English and yield fewer, rougher phrases).
 */
import { stemmer } from 'stemmer';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { memoised, STOP } from './text.js';

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/** Nouns too general to name anything on their own ("things", "people"); they may still end a longer phrase. */
const GENERIC = new Set(['thing', 'things', 'way', 'ways', 'lot', 'lots', 'bit', 'kind', 'sort', 'part', 'stuff', 'something', 'anything', 'everything', 'nothing', 'time', 'times', 'day', 'days', 'people', 'one', 'ones', 'fact', 'point', 'issue', 'issues', 'question', 'idea', 'example', 'reason', 'case', 'level', 'place', 'side', 'end', 'year', 'years', 'person', 'someone', 'everyone', 'anyone']);
/** Adjectives that say how the speaker feels, not what the thing is: a phrase never starts with one. */
const WEAK_ADJECTIVES = new Set(['good', 'bad', 'great', 'new', 'old', 'big', 'little', 'more', 'most', 'less', 'many', 'much', 'other', 'same', 'such', 'real', 'whole', 'own', 'sure', 'certain', 'important', 'better', 'best', 'worse', 'worst', 'different', 'various', 'several', 'few', 'huge', 'super', 'cool', 'nice', 'only', 'main', 'last', 'first', 'next', 'current']);
const MAX_WORDS = 3;
/** A longer phrase holding the best one replaces it while it scores at least this share of it. */
const EXTEND = 0.6;

/** The longer phrase holds the shorter one's words, in order and side by side. */
const holds = (longer: string, shorter: string) => ` ${longer} `.includes(` ${shorter} `);

export interface NounPhrase {
  /** Lower case, each word stemmed: the unit counted. */
  key: string;
  /** As written in this contribution. */
  surface: string;
  words: number;
}

/** An acronym, or a proper noun that does not merely open a sentence. */
function keepsCapital(words: readonly string[], tags: readonly string[], i: number): boolean {
  if (/^[A-Z0-9-]{2,}$/.test(words[i])) return true;
  return tags[i] === 'PROPN' && i > 0 && !/^[.!?]+$/.test(words[i - 1]);
}

const isWord = (w: string) => /^\p{L}[\p{L}\p{M}'’-]*$/u.test(w);

function computePhrases(text: string): NounPhrase[] {
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const out = new Map<string, NounPhrase>();
  let start = 0;
  const flush = (end: number) => {
    // Every span of up to MAX_WORDS words of the chunk that ends in a noun and starts with no weak word.
    for (let last = start; last < end; last++) {
      if (tags[last] !== 'NOUN' && tags[last] !== 'PROPN') continue;
      for (let first = Math.max(start, last - MAX_WORDS + 1); first <= last; first++) {
        const span = words.slice(first, last + 1);
        const lower = span.map((w) => w.toLowerCase());
        if (WEAK_ADJECTIVES.has(lower[0]) || lower.some((w) => STOP.has(w))) continue;
        if (span.length === 1 && GENERIC.has(lower[0])) continue;
        const key = lower.map((w) => stemmer(w)).join(' ');
        const surface = span.map((w, i) => (keepsCapital(words, tags, first + i) ? w : w.toLowerCase())).join(' ');
        if (!out.has(key)) out.set(key, { key, surface, words: span.length });
      }
    }
  };
  for (let i = 0; i <= words.length; i++) {
    const inChunk = i < words.length && (tags[i] === 'NOUN' || tags[i] === 'PROPN' || tags[i] === 'ADJ') && isWord(words[i]);
    if (!inChunk) {
      if (i > start) flush(i);
      start = i + 1;
    }
  }
  return [...out.values()];
}

/** The distinct noun phrases of a text (memoised: the live view recomputes the same texts many times). */
export const nounPhrases = memoised(computePhrases, 50_000);

/** How many of the round's contributions use each phrase. */
export class PhraseIndex {
  private readonly df = new Map<string, number>();
  readonly size: number;

  constructor(readonly docs: readonly (readonly NounPhrase[])[]) {
    for (const d of docs) for (const p of d) this.df.set(p.key, (this.df.get(p.key) ?? 0) + 1);
    this.size = docs.length;
  }

  docFreq(key: string): number {
    return this.df.get(key) ?? 0;
  }
}

export interface ScoredPhrase {
  phrase: string;
  key: string;
  score: number;
  /** Members using it. */
  shared: number;
}

/**
 * The phrases at least two of the members share, most distinctive first (longer phrases win ties
 * of meaning: "minimum wage" over "wage"), at most `max`, none holding another's words. A phrase
 * after the first is kept only while it scores at least half of the first. A phrase made only of
 * `ignore`d words (a codebook's own subject: "migration", in a round about migration) names nothing.
 */
export function distinctivePhrases(members: readonly number[], index: PhraseIndex, max = 2, ignore: ReadonlySet<string> = new Set()): ScoredPhrase[] {
  if (members.length < 2) return [];
  const shared = new Map<string, { count: number; surfaces: Map<string, number>; words: number }>();
  for (const i of members) {
    for (const p of index.docs[i]) {
      let s = shared.get(p.key);
      if (!s) shared.set(p.key, (s = { count: 0, surfaces: new Map(), words: p.words }));
      s.count++;
      s.surfaces.set(p.surface, (s.surfaces.get(p.surface) ?? 0) + 1);
    }
  }
  const scored = [...shared]
    .filter(([key, s]) => s.count >= 2 && !key.split(' ').every((w) => ignore.has(w)))
    .map(([key, s]): ScoredPhrase => {
      const idf = Math.log(1 + index.size / Math.max(1, index.docFreq(key)));
      const surface = [...s.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      return { phrase: surface, key, shared: s.count, score: (s.count / members.length) * idf * (1 + 0.25 * (s.words - 1)) };
    })
    .sort((a, b) => b.score - a.score || b.shared - a.shared || (a.key < b.key ? -1 : 1));
  const chosen: ScoredPhrase[] = [];
  for (const top of scored) {
    if (chosen.length >= max) break;
    if (chosen.length > 0 && top.score < 0.5 * chosen[0].score) break;
    // "minimum wage" names a theme better than "wage" when nearly as distinctive.
    const p = scored.find((q) => q.key.length > top.key.length && q.score >= EXTEND * top.score && holds(q.key, top.key)) ?? top;
    const words = new Set(p.key.split(' '));
    if (chosen.some((c) => c.key.split(' ').some((w) => words.has(w)))) continue;
    chosen.push(p);
  }
  return chosen;
}

/** "Minimum wage and small businesses": the phrases as a label, capitalised; null when none. */
export function phraseLabel(phrases: readonly ScoredPhrase[]): string | null {
  if (phrases.length === 0) return null;
  const text = phrases.map((p) => p.phrase).join(' and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
