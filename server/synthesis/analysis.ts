/**
 * How the coder reads a text: words in order (stop words kept, so a cue like "no interest" keeps
 * its "no"), each with
 * - `key`: lower case, accents folded, plural endings removed ("refugees" -> "refugee",
 *   "réfugiés" -> "refugie"). Keys never merge different words the way stems do ("populism" and
 *   "population" stay apart), so cues are matched on keys;
 * - `upper`: whether it was written in capitals, so the cue "UN" does not match the French "un";
 * and character n-grams of the content words, which survive typos, plural and gender endings,
 * and carry across languages ("parliament", "parlement", "parlamento").
 */
import { detectLanguage, fold, STOP_WORDS, type Language } from './language.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

export interface Word {
  /** As written. */
  surface: string;
  key: string;
  stop: boolean;
  upper: boolean;
}

export interface Analysis {
  lang: Language;
  words: Word[];
  /** Content words only (not stop words). */
  content: Word[];
  /** Character n-grams of the content words, with counts. */
  grams: Map<string, number>;
}

/** "M-20", "G 20" and "G20" become one word, "+1" the word "plusone"; curly quotes straight. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/\b([A-Za-z])[- ](\d{1,3})\b/g, '$1$2')
    .replace(/(^|[^\w+])\+ ?1\b/g, '$1plusone');
}

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(.+)$/;

function rawWords(text: string): string[] {
  const out: string[] = [];
  for (const part of segmenter.segment(normalise(text))) {
    if (!part.isWordLike) continue;
    let w = part.segment;
    const elided = ELISION.exec(w.toLowerCase());
    if (elided) w = w.slice(w.length - elided[1].length);
    if (/'s$/i.test(w)) w = w.slice(0, -2);
    w = w.replace(/'/g, '').replace(/\.+$/, '');
    if (w) out.push(w);
  }
  return out;
}

/** Plural (and French -aux) endings off a folded lower-case word; nothing else. */
export function lightKey(w: string, lang: Language): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (lang === 'en') {
    if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
    if (/(?:ss|ch|sh|x)es$/.test(w)) return w.slice(0, -2);
    if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
    return w;
  }
  if (lang === 'fr') {
    if (w.endsWith('aux') && w.length > 4) return `${w.slice(0, -3)}al`;
    if (/[sx]$/.test(w)) return w.slice(0, -1);
    return w;
  }
  if (/[^aeiou]es$/.test(w) && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

function gramsOf(content: readonly Word[]): Map<string, number> {
  const grams = new Map<string, number>();
  for (const w of content) {
    const s = `<${w.key}>`;
    for (const n of [3, 4]) {
      for (let i = 0; i + n <= s.length; i++) {
        const g = s.slice(i, i + n);
        grams.set(g, (grams.get(g) ?? 0) + 1);
      }
    }
  }
  return grams;
}

function compute(text: string, forced?: Language): Analysis {
  const raw = rawWords(text);
  const folded = raw.map((w) => fold(w.toLowerCase()));
  const lang = forced ?? detectLanguage(text, folded);
  const stop = STOP_WORDS[lang];
  const words = raw.map((surface, i) => {
    const lower = folded[i];
    return {
      surface,
      key: lightKey(lower, lang),
      stop: stop.has(lower) || (lower.length < 2 && !/\d/.test(lower)),
      upper: surface.length >= 2 && surface === surface.toUpperCase() && /\p{Lu}/u.test(surface),
    };
  });
  const content = words.filter((w) => !w.stop);
  return { lang, words, content, grams: gramsOf(content) };
}

const memo = new Map<string, Analysis>();
const MEMO_LIMIT = 50_000;

/**
 * A text as the coder reads it; in a given language, or detected. Memoised (bounded, oldest out):
 * the live synthesis recodes the same texts several times a second. Read-only for callers.
 */
export function analyse(text: string, lang?: Language): Analysis {
  const k = lang ? `${lang}\u0000${text}` : text;
  let a = memo.get(k);
  if (!a) {
    a = compute(text, lang);
    if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
    memo.set(k, a);
  }
  return a;
}
