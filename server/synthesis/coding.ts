/**
 * Stage 1 of the synthesis: the round's texts weighed against each other (TF-IDF over the
 * round, for the emergent themes and theme terms), then every contribution coded against the
 * curated codebook and the facilitator's examples, with the question it answered as a prior.
 */
import { activeThemes } from '../../shared/codebook.js';
import type { Coding } from './coder.js';
import type { CurationState } from '../domain/curation.js';
import type { ContributionInput, SynthesisInput } from './input.js';
import { roundCoder } from './learning.js';
import { nounPhrases, PhraseIndex } from './phrases.js';
import { Corpus, docTerms, type DocTerms, type SparseVector } from './text.js';

/** Each contribution's terms, TF-IDF vector and noun phrases, in input order, over the round. */
export interface RoundTexts {
  corpus: Corpus;
  docs: DocTerms[];
  vectors: SparseVector[];
  phrases: PhraseIndex;
}

export function readTexts(contributions: readonly ContributionInput[]): RoundTexts {
  const corpus = new Corpus();
  const docs = contributions.map((c) => docTerms(c.text));
  for (const d of docs) corpus.add(d);
  return { corpus, docs, vectors: docs.map((d) => corpus.vector(d)), phrases: new PhraseIndex(contributions.map((c) => nounPhrases(c.text))) };
}

/** What a contribution left out of coding gets: no theme, not off topic. */
const NOT_CODED: Coding = { themeIds: [], reason: [], score: 0, lang: 'en', offTopic: false, scores: [] };

/**
 * Every contribution's coding, in input order. Those `skip` marks (statements about the
 * participants themselves) are not coded, nor is anything when no theme is active.
 */
export function codeContributions(
  contributions: readonly ContributionInput[],
  curation: CurationState,
  questions: SynthesisInput['questions'] = [],
  skip: readonly boolean[] = [],
): Coding[] {
  if (activeThemes(curation.codebook).length === 0) return contributions.map(() => NOT_CODED);
  const coder = roundCoder(curation, contributions);
  const questionText = new Map(questions.map((q) => [q.id, q.text]));
  return contributions.map(({ text, questionId }, i) =>
    skip[i] ? NOT_CODED : coder.code(text, { question: questionId === undefined ? undefined : questionText.get(questionId) }),
  );
}
