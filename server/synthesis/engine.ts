/**
 * synthesize(input): the whole synthesis, recomputed from scratch. Pure and deterministic:
 * the same input gives the same output, byte for byte. A live view may pass its own way of
 * placing opinion groups (one that keeps an earlier placement while little has changed).
 *
 * The stages, each a function of its own that can be read and tested alone:
 * 1. read the texts, set aside statements about the participants themselves (demographic.ts),
 *    decide whether the codebook fits the conversation (framework.ts), code every contribution
 *    against the curated codebook and the facilitator's examples (learning.ts), with its
 *    question as a prior, then apply the facilitator's placements (coding.ts, placement.ts);
 * 2. cluster what no theme covers, and is not off topic, into suggested themes (placement.ts);
 * 3. count the votes (votes.ts), and the tags by what they mean (tags.ts);
 * 4. opinion groups, consensus, group-informed consensus, divisive statements (opinions.ts);
 * 5. the contributions as the synthesis shows them (contributions.ts);
 * 6. the themes with their support and strength words (themes.ts);
 * 7. questions for further reflection, then findings (questions.ts, findings.ts).
 */
import type { Synthesis } from '../../shared/synthesis.js';
import { activeThemes, defaultCodebook } from '../../shared/codebook.js';
import { codeContributions, readTexts } from './coding.js';
import { contributionsAsShown } from './contributions.js';
import { initialCuration, type CurationState } from '../domain/curation.js';
import { isDemographic } from './demographic.js';
import { draftFindings } from './findings.js';
import { frameworkUse, inFramework } from './framework.js';
import { methodThresholds } from './method.js';
import { computeGroups } from './groups.js';
import type { SynthesisInput } from './input.js';
import { opinionsOf, type GroupsOf } from './opinions.js';
import { placeContributions, suggestThemes } from './placement.js';
import { questionsForReflection } from './questions.js';
import { tagMarks } from './tags.js';
import { themesWithSupport } from './themes.js';
import { countVotes } from './votes.js';

export interface SynthesisOptions {
  groupsOf?: GroupsOf;
}

export function synthesize(input: SynthesisInput, { groupsOf = computeGroups }: SynthesisOptions = {}): Synthesis {
  const { contributions, sessions } = input;
  const chosen = input.curation ?? initialCuration(input.codebook ?? defaultCodebook());

  const texts = readTexts(contributions);
  const demographic = contributions.map((c) => isDemographic(c.text));
  const counted = contributions.map((_, i) => i).filter((i) => !demographic[i]);
  const framework = frameworkUse(texts, activeThemes(chosen.codebook), input.framework ?? 'auto', chosen, counted, methodThresholds(1).framework);
  const curation = framework.codebook === 'applied' ? chosen : outsideFrameworkOnly(chosen);
  const codebookThemes = activeThemes(curation.codebook);
  const codings = codeContributions(contributions, curation, input.questions, demographic);
  const coded = placeContributions(contributions, codings, curation, codebookThemes);
  const { suggestions, placement } = suggestThemes(contributions, texts, coded, curation, demographic);
  const votes = countVotes(contributions.map((c) => c.id), input.votes);
  const marks = tagMarks(contributions, input.tagSet);
  // Statements about the participants themselves, and procedural lines ("+1"), are in no list.
  const notStatements = new Set(contributions.flatMap((_, i) => (demographic[i] || placement.offTopic[i] ? [i] : [])));
  const opinions = opinionsOf(votes.matrix, votes.thresholds, groupsOf, notStatements);
  const shown = contributionsAsShown({ contributions, codings, placement, votes, opinions, pinned: curation.pinned, marks, demographic, texts });
  const room = { voters: votes.matrix.participants.filter((_, p) => votes.matrix.votesPerParticipant[p] > 0).length, contributions: counted.length };
  const { themes, strengths } = themesWithSupport({ codebookThemes, suggestions, shown, contributions, sessions, matrix: votes.matrix, texts, marks, room });
  const questions = questionsForReflection(contributions, shown, marks);
  const findings = draftFindings({ contributions, sessions, shown, themes, strengths, opinions, questions, matrix: votes.matrix, edited: curation.findings, thresholds: votes.thresholds });

  const { matrix } = votes;
  return {
    version: 1,
    title: input.title ?? null,
    sessions: sessions.map((s) => ({ id: s.id, title: s.title ?? null, place: s.place ?? null, date: s.date ?? null })),
    themes,
    groups: opinions.groups,
    silhouette: opinions.silhouette,
    map: opinions.map,
    consensus: opinions.consensus,
    groupConsensus: opinions.groupConsensus,
    rejected: opinions.rejected,
    divisive: opinions.divisive,
    findings,
    questionsForReflection: questions,
    contributions: shown,
    suggestions,
    method: votes.thresholds,
    framework,
    stats: {
      participants: matrix.participants.length,
      voters: room.voters,
      contributions: contributions.length,
      votes: matrix.total,
      grouped: opinions.grouped,
    },
  };
}

/**
 * The curation with the codebook's framework set aside: only the themes accepted from
 * suggestions, or added by the facilitator without a heading, are coded.
 */
function outsideFrameworkOnly(curation: CurationState): CurationState {
  return { ...curation, codebook: { ...curation.codebook, themes: curation.codebook.themes.map((t) => (inFramework(t) ? { ...t, retired: true } : t)) } };
}
