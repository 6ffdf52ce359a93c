/**
 * synthesize(input): the whole synthesis, recomputed from scratch. Pure and deterministic:
 * the same input gives the same output, byte for byte. A live view may pass its own way of
 * placing opinion groups (one that keeps an earlier placement while little has changed).
 *
 * Order of work: code every contribution against the curated codebook and the facilitator's
 * examples (learning.ts), with its question as a prior -> apply the
 * facilitator's placements -> cluster what no theme covers into suggestions -> count votes ->
 * opinion groups, consensus, group-informed consensus, divisive statements -> per-theme
 * support and strength words -> findings -> questions for further reflection.
 */
import type { ContributionSynthesis, MethodThresholds, OpinionGroup, Strength, Synthesis, Theme } from '../../shared/synthesis.js';
import { activeThemes, defaultCodebook } from './codebook.js';
import type { Coding } from './coder.js';
import { EMERGENT_HEADING, initialCuration, resolveTheme } from './curation.js';
import { clusterUncovered, DEFAULT_EMERGENT } from './emergent.js';
import { buildFindings } from './findings.js';
import { consensusStatements, divisiveStatements, groupConsensusStatements, groupSteps, representative, type GroupsResult } from './groups.js';
import type { SynthesisInput } from './input.js';
import { methodThresholds, minVotesFor } from './method.js';
import { roundCoder } from './learning.js';
import { questionsForReflection } from './questions.js';
import { runWhole, type Steps } from './steps.js';
import { strength } from './strength.js';
import { Corpus, docTerms, type SparseVector } from './text.js';
import { buildVoteMatrix, flagsOf, leanOver, tallyOf, type VoteMatrix } from './votes.js';

const GROUP_NAMES = 'ABCDEFGHIJ';
const THEME_TERMS = 6;

export interface SynthesisOptions {
  groupsOf?: (m: VoteMatrix, th: MethodThresholds) => Steps<GroupsResult>;
}

export function synthesize(input: SynthesisInput, options: SynthesisOptions = {}): Synthesis {
  return runWhole(synthesisSteps(input, options));
}

/** Contributions coded between two pauses (each takes 0.1 to 0.4 ms). */
const CODINGS_PER_STEP = 20;

/** synthesize, pausing between pieces of work of a few milliseconds (see steps.ts). */
export function* synthesisSteps(input: SynthesisInput, { groupsOf = groupSteps }: SynthesisOptions = {}): Steps<Synthesis> {
  const curation = input.curation ?? initialCuration(input.codebook ?? defaultCodebook());
  const contributions = input.contributions;
  const n = contributions.length;
  const sessionsById = new Map(input.sessions.map((s) => [s.id, s]));

  // 1. Text: document frequencies over the round, then code every contribution.
  const corpus = new Corpus();
  const docs = contributions.map((c) => docTerms(c.text));
  for (const d of docs) corpus.add(d);
  const vectors = docs.map((d) => corpus.vector(d));
  const codebookThemes = activeThemes(curation.codebook);
  const coder = roundCoder(curation, contributions);
  const questionText = new Map((input.questions ?? []).map((q) => [q.id, q.text]));
  yield;
  const codings: Coding[] = [];
  for (let i = 0; i < contributions.length; i++) {
    const c = contributions[i];
    codings.push(coder.code(c.text, { question: c.questionId === undefined ? undefined : questionText.get(c.questionId) }));
    if (i % CODINGS_PER_STEP === CODINGS_PER_STEP - 1) yield;
  }
  const activeIds = new Set(codebookThemes.map((t) => t.id));

  const themeIds: string[][] = [];
  const reasons: string[][] = [];
  const placed: boolean[] = [];
  contributions.forEach((c, i) => {
    const coding = codings[i];
    const byHand = curation.placements[c.id];
    if (byHand === undefined) {
      themeIds.push(coding.themeIds);
      reasons.push(coding.reason);
      placed.push(false);
      return;
    }
    const target = byHand === null ? null : resolveTheme(curation, byHand);
    placed.push(true);
    if (target === null || !activeIds.has(target)) {
      themeIds.push([]);
      reasons.push([]);
      return;
    }
    themeIds.push([target, ...coding.themeIds.filter((t) => t !== target)]);
    reasons.push(coding.scores.find((s) => s.themeId === target)?.terms ?? []);
  });

  yield;
  // 2. Emergent suggestions from what no theme covers (placed-out and off-topic contributions stay out).
  const uncovered = contributions.map((c, i) => ({ id: c.id, doc: docs[i], i })).filter((x) => themeIds[x.i].length === 0 && !placed[x.i] && !codings[x.i].offTopic);
  const dissolved = new Set(curation.dissolved);
  const clusters = clusterUncovered(uncovered, corpus, DEFAULT_EMERGENT).filter((s) => !dissolved.has(s.id) && !curation.accepted[s.id]);
  const indexOf = new Map(contributions.map((c, i) => [c.id, i]));
  for (const cl of clusters) {
    for (const id of cl.contributions) {
      const i = indexOf.get(id)!;
      themeIds[i] = [cl.id];
      reasons[i] = cl.terms.filter((t) => [...docs[i].surfaces.values()].includes(t));
    }
  }

  yield;
  // 3. Votes.
  const matrix = buildVoteMatrix(contributions.map((c) => c.id), input.votes);
  const tallies = matrix.values.map(tallyOf);
  const withVotes = matrix.voters.filter((v) => v.length > 0).length;
  const th = methodThresholds(minVotesFor(withVotes));

  // 4. Opinion groups, consensus, divisive.
  yield;
  const g = yield* groupsOf(matrix, th);
  const consensus = consensusStatements(matrix, th).map((c) => matrix.contributions[c]);
  const groupConsensus = groupConsensusStatements(matrix, g.members, th).map((c) => matrix.contributions[c]);
  yield;
  const divisiveList = divisiveStatements(matrix, g.members, th);
  const divisive = divisiveList.map((d) => matrix.contributions[d.c]);
  yield;
  const stances = representative(matrix, g.members, th.consensus.z);
  yield;
  const groups: OpinionGroup[] = g.members.map((members, k) => ({
    id: GROUP_NAMES[k] ?? `G${k + 1}`,
    participants: members.map((p) => matrix.participants[p]),
    representative: stances[k].map((s) => s.contributionId),
    stances: stances[k],
    centre: [round3(g.centres[k][0]), round3(g.centres[k][1])],
  }));

  // 5. Contributions as the synthesis shows them.
  const pinned = new Set(curation.pinned);
  const consensusSet = new Set(consensus);
  const groupConsensusSet = new Set(groupConsensus);
  const divisiveSet = new Set(divisive);
  const out: ContributionSynthesis[] = contributions.map((c, i) => {
    const tags = { ...(c.tags ?? {}) };
    const flags = flagsOf(tallies[i], tags['common-ground'] ?? 0, th);
    return {
      id: c.id,
      text: c.text,
      sessionId: c.sessionId ?? null,
      questionId: c.questionId ?? null,
      themeIds: themeIds[i],
      reason: reasons[i],
      score: round3(codings[i].score),
      placed: placed[i],
      tally: tallies[i],
      ...flags,
      tags,
      quotable: c.quotable ?? null,
      starred: c.starred ?? false,
      pinned: pinned.has(c.id),
      consensus: consensusSet.has(c.id),
      groupConsensus: groupConsensusSet.has(c.id),
      divisive: divisiveSet.has(c.id),
    };
  });

  yield;
  // 6. Themes with their support.
  const primary = new Map<string, number[]>();
  const secondary = new Map<string, string[]>();
  out.forEach((c, i) => {
    c.themeIds.forEach((t, k) => {
      if (k === 0) (primary.get(t) ?? primary.set(t, []).get(t)!).push(i);
      else (secondary.get(t) ?? secondary.set(t, []).get(t)!).push(c.id);
    });
  });
  const sessionOrder = input.sessions.map((s) => s.id);
  const scratch = new Int32Array(matrix.participants.length);
  const strengths = new Map<string, Strength>();
  const themeDefs = [
    ...codebookThemes.map((t) => ({ id: t.id, label: t.label, code: t.id as string | null, heading: t.heading, description: t.description, emergent: false, terms: null as string[] | null })),
    ...clusters.map((cl) => ({ id: cl.id, label: cl.label, code: null, heading: EMERGENT_HEADING, description: `Contributions no codebook theme covers that share: ${cl.terms.join(', ')}.`, emergent: true, terms: cl.terms })),
  ];
  const themes: Theme[] = themeDefs.map((def) => {
    const idx = (primary.get(def.id) ?? []).sort(
      (a, b) => out[b].score - out[a].score || out[b].tally.agree - out[a].tally.agree || a - b,
    );
    const lean = leanOver(matrix, idx, scratch);
    const trend =
      sessionOrder.length > 1
        ? sessionOrder.map((sid) => {
            const l = leanOver(matrix, idx.filter((i) => contributions[i].sessionId === sid), scratch);
            return { sessionId: sid, agree: l.agree, participants: l.participants };
          })
        : undefined;
    strengths.set(def.id, strength({ ...lean, contributions: idx.length, trend }));
    return {
      id: def.id,
      label: def.label,
      code: def.code,
      heading: def.heading,
      description: def.description,
      emergent: def.emergent,
      contributions: idx.map((i) => out[i].id),
      secondary: secondary.get(def.id) ?? [],
      terms: def.terms ?? topTerms(idx.map((i) => vectors[i]), corpus),
      tally: {
        contributions: idx.length,
        participants: lean.participants,
        agree: lean.agree,
        disagree: lean.disagree,
        pass: lean.pass,
        commonGround: idx.reduce((s, i) => s + (out[i].tags['common-ground'] ?? 0), 0),
        convergent: idx.filter((i) => out[i].convergent).length,
        divergent: idx.filter((i) => out[i].divergent).length,
        uncertain: idx.filter((i) => out[i].uncertain).length,
      },
    };
  });

  yield;
  // 7. Questions for further reflection, then findings.
  const questions = questionsForReflection(contributions, out);
  const questionsByTheme = new Map<string, string[]>();
  for (const q of questions) if (q.themeId) (questionsByTheme.get(q.themeId) ?? questionsByTheme.set(q.themeId, []).get(q.themeId)!).push(q.contributionId);
  const placeOf = new Map(contributions.map((c) => [c.id, c.place ?? (c.sessionId ? sessionsById.get(c.sessionId)?.place : undefined)]));
  const categoryOf = new Map(contributions.map((c) => [c.id, c.category]));
  const findings = buildFindings({
    themes,
    strengths,
    contributions: new Map(out.map((c) => [c.id, c])),
    placeOf,
    categoryOf,
    places: new Set([...placeOf.values()].filter(Boolean)).size,
    categories: new Set([...categoryOf.values()].filter(Boolean)).size,
    divisive: new Map(divisiveList.map((d) => [matrix.contributions[d.c], { gap: d.gap, shares: d.shares }])),
    groupIds: groups.map((gr) => gr.id),
    edited: curation.findings,
    questionsByTheme,
    minSupport: th.findingMinSupport,
  });

  return {
    version: 1,
    title: input.title ?? null,
    sessions: input.sessions.map((s) => ({ id: s.id, title: s.title ?? null, place: s.place ?? null, date: s.date ?? null })),
    themes,
    groups,
    silhouette: g.silhouette === null ? null : round3(g.silhouette),
    consensus,
    groupConsensus,
    divisive,
    findings,
    questionsForReflection: questions,
    contributions: out,
    suggestions: clusters.map((cl) => ({ id: cl.id, label: cl.label, terms: cl.terms, contributions: cl.contributions })),
    method: th,
    stats: { participants: matrix.participants.length, voters: matrix.participants.filter((_, p) => matrix.votesPerParticipant[p] > 0).length, contributions: n, votes: matrix.total, grouped: g.grouped.length },
  };
}

/** The heaviest stems over a set of TF-IDF vectors, as the words participants wrote. */
function topTerms(vectors: SparseVector[], corpus: Corpus): string[] {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [s, w] of v) sum.set(s, (sum.get(s) ?? 0) + w);
  return [...sum]
    .filter(([s]) => s.length >= 3 && !/^\d+$/.test(s))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, THEME_TERMS)
    .map(([s]) => corpus.surface(s));
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
