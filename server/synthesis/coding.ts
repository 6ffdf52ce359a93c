/**
 * Stage 1 of the synthesis: the round's texts weighed against each other (TF-IDF over the
 * round), then every contribution coded against the codebook's active themes.
 */
import type { CodebookTheme } from './codebook.js';
import { Coder, type Coding } from './coder.js';
import type { ContributionInput } from './input.js';
import type { Steps } from './steps.js';
import { Corpus, docTerms, type DocTerms, type SparseVector } from './text.js';

/** Each contribution's terms and TF-IDF vector, in input order, over the round's corpus. */
export interface RoundTexts {
  corpus: Corpus;
  docs: DocTerms[];
  vectors: SparseVector[];
}

export function readTexts(contributions: readonly ContributionInput[]): RoundTexts {
  const corpus = new Corpus();
  const docs = contributions.map((c) => docTerms(c.text));
  for (const d of docs) corpus.add(d);
  return { corpus, docs, vectors: docs.map((d) => corpus.vector(d)) };
}

/** Contributions coded between two pauses. */
const CODINGS_PER_STEP = 100;

/** Every contribution's coding, in input order. */
export function* codeContributions(texts: RoundTexts, themes: readonly CodebookTheme[]): Steps<Coding[]> {
  const coder = new Coder(themes, texts.corpus);
  yield;
  const codings: Coding[] = [];
  for (let i = 0; i < texts.docs.length; i++) {
    codings.push(coder.code(texts.docs[i], texts.vectors[i]));
    if (i % CODINGS_PER_STEP === CODINGS_PER_STEP - 1) yield;
  }
  return codings;
}
