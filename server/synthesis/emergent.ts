/**
 * Emergent themes: what the codebook does not cover, grouped into candidate themes.
 *
 * Frequent-term clustering (after Beil, Ester & Xu, 2002): among the contributions no theme
 * claimed, take the word (stem) shared by the most of those not yet grouped, ties going to the
 * rarer word in the round and then to alphabetical order; those contributions form a candidate;
 * repeat while a word still gathers `minClusterSize` contributions. A word present in more
 * than half of the uncovered contributions says nothing distinctive and cannot anchor a
 * candidate; where the round's noun phrases are known, only a word some member uses as a noun
 * can (so "does" or "good" never gathers a theme). Every step is a count or a fixed tie-break, so
 * the same input always gives the same candidates, and each can be explained in one sentence:
 * "these contributions all say X". A candidate is labelled as a person would name it: by the
 * noun phrases its members share that are most distinctive against the rest of the round
 * (phrases.ts), else by its word.
 */
import type { Suggestion } from '../../shared/synthesis.js';
import { distinctivePhrases, phraseLabel, type PhraseIndex } from './phrases.js';
import { Corpus, type DocTerms } from './text.js';

export interface EmergentOptions {
  minClusterSize: number;
  maxSuggestions: number;
  /** Number of label terms. */
  labelTerms: number;
}

export const DEFAULT_EMERGENT: EmergentOptions = { minClusterSize: 3, maxSuggestions: 8, labelTerms: 3 };

export interface UncoveredDoc {
  id: string;
  doc: DocTerms;
  /** Its index among the round's contributions, where the round's phrases are given. */
  at?: number;
}

export function suggestionId(terms: readonly string[]): string {
  return `emergent:${terms.join('+')}`;
}

export function clusterUncovered(docs: readonly UncoveredDoc[], corpus: Corpus, options: EmergentOptions = DEFAULT_EMERGENT, phrases?: PhraseIndex): Suggestion[] {
  const n = docs.length;
  if (n < options.minClusterSize) return [];
  const nouns = phrases ? new Set(docs.flatMap((d) => (d.at === undefined ? [] : phrases.docs[d.at].filter((p) => p.words === 1).map((p) => p.key)))) : null;
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const stem of d.doc.tf.keys()) {
      if (stem.length < 3 || /^\d+$/.test(stem) || (nouns && !nouns.has(stem))) continue;
      const p = postings.get(stem);
      if (p) p.push(i);
      else postings.set(stem, [i]);
    }
  });
  const maxDf = Math.max(options.minClusterSize, Math.floor(n / 2));
  const candidates = [...postings].filter(([, p]) => p.length >= options.minClusterSize && p.length <= maxDf);
  const assigned = new Uint8Array(n);
  const clusters: { anchor: string; members: number[] }[] = [];
  const used = new Set<string>();
  while (clusters.length < options.maxSuggestions) {
    let best: { stem: string; members: number[]; idf: number } | null = null;
    for (const [stem, p] of candidates) {
      if (used.has(stem)) continue;
      const members = p.filter((i) => !assigned[i]);
      if (members.length < options.minClusterSize) continue;
      const idf = corpus.idf(stem);
      if (
        !best ||
        members.length > best.members.length ||
        (members.length === best.members.length && (idf > best.idf || (idf === best.idf && stem < best.stem)))
      ) {
        best = { stem, members, idf };
      }
    }
    if (!best) break;
    used.add(best.stem);
    for (const i of best.members) assigned[i] = 1;
    clusters.push({ anchor: best.stem, members: best.members });
  }

  const seenIds = new Set<string>();
  return clusters.map(({ anchor, members }) => {
    const inCluster = new Map<string, number>();
    for (const i of members) for (const stem of docs[i].doc.tf.keys()) inCluster.set(stem, (inCluster.get(stem) ?? 0) + 1);
    // Distinctive: shared within the candidate (at least two members), rarer in the round.
    const others = [...inCluster]
      .filter(([stem, c]) => stem !== anchor && c >= 2 && stem.length >= 3 && !/^\d+$/.test(stem) && (!nouns || nouns.has(stem)))
      .map(([stem, c]) => ({ stem, score: (c / members.length) * corpus.idf(stem) * (c / (postings.get(stem)?.length ?? c)) }))
      .sort((a, b) => b.score - a.score || (a.stem < b.stem ? -1 : 1));
    const stemsChosen = [anchor, ...others.slice(0, options.labelTerms - 1).map((o) => o.stem)];
    const terms = stemsChosen.map((s) => corpus.surface(s));
    let id = suggestionId(terms);
    for (let k = 2; seenIds.has(id); k++) id = `${suggestionId(terms)}-${k}`;
    seenIds.add(id);
    const centrality = (i: number) => stemsChosen.reduce((s, st) => s + (docs[i].doc.tf.has(st) ? 1 : 0), 0);
    const ordered = [...members].sort((a, b) => centrality(b) - centrality(a) || a - b);
    const at = members.map((i) => docs[i].at).filter((x): x is number => x !== undefined);
    const named = phrases && at.length === members.length ? phraseLabel(distinctivePhrases(at, phrases)) : null;
    return {
      id,
      label: named ?? terms[0].charAt(0).toUpperCase() + terms[0].slice(1),
      terms,
      contributions: ordered.map((i) => docs[i].id),
    };
  });
}
