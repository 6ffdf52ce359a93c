/**
 * Languages the coder reads: English, French and Spanish. A contribution's language is detected
 * with `tinyld` (trigram profiles, restricted to the three) and checked against the function words
 * of each language, which decide on short, typed-in-a-hurry lines where trigrams are weak
 * ("puebla process and colombo process do a lot quietly" has Spanish-looking names but English
 * glue words). Stop words come from the `stopword` package.
 */
import { eng, fra, spa } from 'stopword';
import { detectAll } from 'tinyld';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(x: string): x is Language {
  return (LANGUAGES as readonly string[]).includes(x);
}

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}+/gu, '');

const EXTRA_STOP: Record<Language, string[]> = {
  en: ['also', 'would', 'could', 'should', 'may', 'might', 'must', 'shall', 'will', 'can', 'just', 'really', 'think', 'need', 'needs', 'one', 'etc', 'via', 'yes', 'ok', 'imo', 'tbh', 'pls', 'ppl', 'r', 'u', 'v', 'w', 'bc', 'eg', 'ie', 'lot', 'lots', 'thats', 'dont', 'doesnt', 'isnt', 'arent', 'cant', 'theyre', 'theyll', 'were', 'im', 'ive', 'its', 'lets'],
  fr: ['aussi', 'faut', 'fait', 'font', 'peut', 'peuvent', 'doit', 'doivent', 'être', 'etre', 'plus', 'très', 'tres', 'tout', 'tous', 'toute', 'toutes', 'bien', 'déjà', 'deja', 'svp', 'car', 'là', 'la', 'ça', 'ca', 'ni', 'pas', 'oui', 'qu', 'c', 'l', 'd', 'j', 'n', 's', 'm', 't'],
  es: ['también', 'tambien', 'hay', 'puede', 'pueden', 'debe', 'deben', 'ser', 'más', 'mas', 'muy', 'todo', 'todos', 'toda', 'todas', 'bien', 'ya', 'sí', 'si', 'no', 'eso', 'esto', 'cada'],
};

export const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set([...eng, ...EXTRA_STOP.en].map((w) => fold(w.toLowerCase()))),
  fr: new Set([...fra, ...EXTRA_STOP.fr].map((w) => fold(w.toLowerCase()))),
  es: new Set([...spa, ...EXTRA_STOP.es].map((w) => fold(w.toLowerCase()))),
};

/** Function-word evidence per language: each stop word counts 1 / (number of languages listing it). */
function functionWordVotes(words: readonly string[]): Record<Language, number> {
  const votes: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  for (const w of words) {
    const langs = LANGUAGES.filter((l) => STOP_WORDS[l].has(w));
    for (const l of langs) votes[l] += 1 / langs.length;
  }
  return votes;
}

/**
 * The language of a contribution, among English, French and Spanish (English when nothing tells).
 * `words` are its folded lower-case words.
 */
export function detectLanguage(text: string, words: readonly string[]): Language {
  const votes = functionWordVotes(words);
  const ranked = [...LANGUAGES].sort((a, b) => votes[b] - votes[a]);
  if (votes[ranked[0]] - votes[ranked[1]] >= 1) return ranked[0];
  const guess = detectAll(text, { only: [...LANGUAGES] })[0];
  if (guess && isLanguage(guess.lang) && (guess.accuracy >= 0.2 || votes[guess.lang] >= votes[ranked[0]])) return guess.lang;
  return votes[ranked[0]] > votes.en ? ranked[0] : 'en';
}

export { fold };
