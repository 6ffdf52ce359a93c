/**
 * Stage 6 of the synthesis: the themes, the codebook's then the emergent suggestions, each with
 * its contributions (most central first), its terms and distinctive phrases, and how the
 * participants who voted on them lean, overall and, on the statements voted on in several
 * sessions, session by session, which gives its strength word.
 */
import type { ContributionSynthesis, Strength, Suggestion, Theme } from '../../shared/synthesis.js';
import type { CodebookTheme } from '../../shared/codebook.js';
import type { RoundTexts } from './coding.js';
import { EMERGENT_HEADING } from '../../shared/codebook.js';
import type { ContributionInput, SessionInput } from './input.js';
import { codebookSubject } from './framework.js';
import { distinctivePhrases } from './phrases.js';
import { strength } from './strength.js';
import type { TagMarks } from './tags.js';
import type { Corpus, SparseVector } from './text.js';
import { leanOver, sharedStatementTrend, type VoteMatrix } from './votes.js';

const THEME_TERMS = 6;

export interface ThemesFrom {
  codebookThemes: readonly CodebookTheme[];
  suggestions: readonly Suggestion[];
  /** The contributions as shown (stage 5), in input order. */
  shown: readonly ContributionSynthesis[];
  contributions: readonly ContributionInput[];
  /** Chronological. */
  sessions: readonly SessionInput[];
  matrix: VoteMatrix;
  texts: RoundTexts;
  /** Per contribution, in input order. */
  marks: readonly TagMarks[];
  /** Everyone who voted on anything in scope, and the contributions that could be placed (the strength words' denominators). */
  room: { voters: number; contributions: number };
}

type ThemeDefinition = Pick<Theme, 'id' | 'label' | 'code' | 'heading' | 'description' | 'emergent'> & { terms: string[] | null };

function definitions(codebookThemes: readonly CodebookTheme[], suggestions: readonly Suggestion[]): ThemeDefinition[] {
  return [
    ...codebookThemes.map((t) => ({ id: t.id, label: t.label, code: t.id, heading: t.heading, description: t.description, emergent: false, terms: null })),
    ...suggestions.map((s) => ({ id: s.id, label: s.label, code: null, heading: EMERGENT_HEADING, description: `Contributions no codebook theme covers that share: ${s.terms.join(', ')}.`, emergent: true, terms: s.terms })),
  ];
}

export function themesWithSupport({ codebookThemes, suggestions, shown, contributions, sessions, matrix, texts, marks, room }: ThemesFrom): { themes: Theme[]; strengths: Map<string, Strength> } {
  const primary = new Map<string, number[]>();
  const secondary = new Map<string, string[]>();
  shown.forEach((c, i) => {
    c.themeIds.forEach((t, k) => {
      if (k === 0) (primary.get(t) ?? primary.set(t, []).get(t)!).push(i);
      else (secondary.get(t) ?? secondary.set(t, []).get(t)!).push(c.id);
    });
  });
  const subject = codebookSubject(codebookThemes);
  const sessionOrder = sessions.map((s) => s.id);
  const contributionSession = contributions.map((c) => c.sessionId);
  const scratch = new Int32Array(matrix.participants.length);
  const strengths = new Map<string, Strength>();
  const themes = definitions(codebookThemes, suggestions).map((def): Theme => {
    const idx = (primary.get(def.id) ?? []).sort((a, b) => shown[b].centrality - shown[a].centrality || shown[b].tally.agree - shown[a].tally.agree || a - b);
    const lean = leanOver(matrix, idx, scratch);
    const trend = sessionOrder.length > 1 ? sharedStatementTrend(matrix, idx, contributionSession, sessionOrder, scratch) : undefined;
    strengths.set(def.id, strength({ ...lean, contributions: idx.length, trend, room: room.voters, roomContributions: room.contributions }));
    return {
      id: def.id,
      label: def.label,
      code: def.code,
      heading: def.heading,
      description: def.description,
      emergent: def.emergent,
      contributions: idx.map((i) => shown[i].id),
      secondary: secondary.get(def.id) ?? [],
      terms: def.terms ?? topTerms(idx.map((i) => texts.vectors[i]), texts.corpus),
      phrases: namingPhrases(distinctivePhrases(idx, texts.phrases, 2, subject).map((p) => p.phrase)),
      tally: {
        contributions: idx.length,
        participants: lean.participants,
        agree: lean.agree,
        disagree: lean.disagree,
        pass: lean.pass,
        commonGround: idx.reduce((s, i) => s + marks[i].commonGround, 0),
        convergent: idx.filter((i) => shown[i].convergent).length,
        divergent: idx.filter((i) => shown[i].divergent).length,
        uncertain: idx.filter((i) => shown[i].uncertain).length,
      },
    };
  });
  return { themes, strengths };
}

/**
 * Phrases that can name what a theme's contributions said. One lone word names too little ("table",
 * from "a seat at the table"): the theme is then named by its label instead.
 */
export function namingPhrases(phrases: string[]): string[] {
  return phrases.length === 1 && !phrases[0].includes(' ') ? [] : phrases;
}

/** The heaviest stems over a set of TF-IDF vectors, as the words participants wrote. */
export function topTerms(vectors: readonly SparseVector[], corpus: Corpus): string[] {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [s, w] of v) sum.set(s, (sum.get(s) ?? 0) + w);
  return [...sum]
    .filter(([s]) => s.length >= 3 && !/^\d+$/.test(s))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, THEME_TERMS)
    .map(([s]) => corpus.surface(s));
}
