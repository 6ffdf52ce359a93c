/** The engine's stages, each on its own, with inputs made by hand (the engine tests run them together). */
import { describe, expect, it } from 'vitest';
import type { ContributionSynthesis, Strength, Theme, VoteTally } from '../../shared/synthesis.js';
import type { CodebookTheme } from '../../shared/codebook.js';
import type { Coding } from '../../server/synthesis/coder.js';
import { codeContributions, readTexts } from '../../server/synthesis/coding.js';
import { contributionsAsShown } from '../../server/synthesis/contributions.js';
import { initialCuration, type CurationState } from '../../server/domain/curation.js';
import { draftFindings } from '../../server/synthesis/findings.js';
import { computeGroups } from '../../server/synthesis/groups.js';
import type { ContributionInput } from '../../server/synthesis/input.js';
import { methodThresholds } from '../../server/synthesis/method.js';
import { opinionsOf } from '../../server/synthesis/opinions.js';
import { placeContributions, suggestThemes, type Placement } from '../../server/synthesis/placement.js';
import { questionsForReflection } from '../../server/synthesis/questions.js';
import { tagMarks } from '../../server/synthesis/tags.js';
import { themesWithSupport } from '../../server/synthesis/themes.js';
import { buildVoteMatrix, countVotes, type Vote } from '../../server/synthesis/votes.js';

const theme = (id: string, cues: string[], extra: Partial<CodebookTheme> = {}): CodebookTheme => ({ id, label: id.toUpperCase(), heading: 'Heading', description: '', cues, ...extra });
const codebook = { version: 1 as const, themes: [theme('gfmd', ['GFMD', 'global forum']), theme('labour', ['labour', 'workers']), theme('old', ['old'], { retired: true })] };
const curation = (change: Partial<CurationState> = {}): CurationState => ({ ...initialCuration(codebook), ...change });
const active = codebook.themes.filter((t) => !t.retired);
const contributionsOf = (...texts: string[]): ContributionInput[] => texts.map((text, i) => ({ id: `c${i + 1}`, text }));

const coding = (themeIds: string[], scores: [string, number, string[]][] = []): Coding => ({
  themeIds,
  reason: scores.find(([id]) => id === themeIds[0])?.[2] ?? [],
  score: scores[0]?.[1] ?? 0,
  scores: scores.map(([themeId, score, terms]) => ({ themeId, score, terms })),
  lang: 'en',
  offTopic: false,
});

describe('stage 1: texts and coding', () => {
  it('weighs every text over the round and codes each', () => {
    const texts = Array.from({ length: 250 }, (_, i) => (i % 2 === 0 ? `The GFMD and the global forum ${i}` : `Seasonal workers and labour ${i}`));
    const contributions = contributionsOf(...texts);
    const round = readTexts(contributions);
    expect(round.corpus.size).toBe(250);
    expect(round.docs).toHaveLength(250);
    expect(round.vectors[0].get('gfmd')).toBeGreaterThan(0);
    const codings = codeContributions(contributions, curation());
    expect(codings.map((c) => c.themeIds[0])).toEqual(texts.map((_, i) => (i % 2 === 0 ? 'gfmd' : 'labour')));
  });

  it('keeps procedural lines out of the suggested themes, unless the facilitator placed them', () => {
    const contributions = contributionsOf('a', 'b');
    const codings = [{ ...coding([]), offTopic: true }, { ...coding([]), offTopic: true }];
    const p = placeContributions(contributions, codings, curation({ placements: new Map([['c2', 'gfmd']]) }), active);
    expect(p.offTopic).toEqual([true, false]);
  });

  it("places a contribution where the facilitator put it, the coder's other themes as secondaries", () => {
    const contributions = contributionsOf('a', 'b', 'c', 'd', 'e');
    const scores: [string, number, string[]][] = [['gfmd', 0.6, ['GFMD']], ['labour', 0.4, ['workers']]];
    const codings = contributions.map(() => coding(['gfmd', 'labour'], scores));
    const state = curation({
      placements: new Map([['c2', 'labour'], ['c3', null], ['c4', 'old'], ['c5', 'merged-away']]),
      mergedInto: new Map([['merged-away', 'gfmd']]),
    });
    const p = placeContributions(contributions, codings, state, active);
    expect(p.themeIds).toEqual([['gfmd', 'labour'], ['labour', 'gfmd'], [], [], ['gfmd', 'labour']]);
    expect(p.reasons).toEqual([['GFMD'], ['workers'], [], [], ['GFMD']]);
    expect(p.placed).toEqual([false, true, true, true, true]);
  });
});

describe('stage 2: suggested themes', () => {
  const contributions = contributionsOf(
    'Student visas cost too much for families',
    'Cheaper student visas would keep talent',
    'Universities lose student talent to visa costs',
    'Diaspora investment in housing back home',
    'Diaspora bonds could fund housing',
    'The diaspora sends money for housing and schools',
    'The GFMD should act',
  );
  const texts = readTexts(contributions);
  const uncovered = (): Placement => ({ themeIds: [[], [], [], [], [], [], ['gfmd']], reasons: [[], [], [], [], [], [], ['GFMD']], placed: contributions.map(() => false), offTopic: contributions.map(() => false) });

  it('clusters what no theme covers and moves the members into their suggestion', () => {
    const before = uncovered();
    const { suggestions, placement } = suggestThemes(contributions, texts, before, curation());
    expect(suggestions.map((s) => [...s.contributions].sort())).toEqual([
      ['c4', 'c5', 'c6'],
      ['c1', 'c2', 'c3'],
    ]);
    const [diaspora] = suggestions;
    expect(placement.themeIds.slice(3, 6)).toEqual([[diaspora.id], [diaspora.id], [diaspora.id]]);
    expect(placement.reasons[4]).toEqual(diaspora.terms.filter((t) => ['diaspora', 'housing', 'bonds', 'fund'].includes(t)));
    expect(placement.themeIds[6]).toEqual(['gfmd']);
    expect(before).toEqual(uncovered());
  });

  it('offers neither dissolved nor accepted suggestions, and leaves out what the facilitator took out', () => {
    const first = suggestThemes(contributions, texts, uncovered(), curation()).suggestions;
    const state = curation({ dissolved: [first[1].id], accepted: new Map([[first[0].id, 'housing']]) });
    expect(suggestThemes(contributions, texts, uncovered(), state).suggestions).toEqual([]);
    const takenOut = uncovered();
    takenOut.placed[3] = true;
    expect(suggestThemes(contributions, texts, takenOut, curation()).suggestions.map((s) => s.id)).toEqual([first[1].id]);
    const offTopic = uncovered();
    offTopic.offTopic[3] = true;
    expect(suggestThemes(contributions, texts, offTopic, curation()).suggestions.map((s) => s.id)).toEqual([first[1].id]);
  });
});

const v = (participant: string, contribution: string, vote: 1 | -1 | 0): Vote => ({ participant, contribution, vote });

/** 12 participants in two camps of 6, as in the groups tests: c1 agreed by all, c2 and c4 split the camps. */
function camps(): Vote[] {
  const votes: Vote[] = [];
  for (let p = 0; p < 12; p++) {
    const camp = p < 6 ? 1 : -1;
    votes.push(v(`p${p}`, 'c1', 1), v(`p${p}`, 'c2', camp as 1 | -1), v(`p${p}`, 'c3', p % 3 === 0 ? 1 : 0), v(`p${p}`, 'c4', -camp as 1 | -1));
    votes.push(v(`p${p}`, 'c5', p === 0 ? -1 : camp === 1 ? 1 : p % 2 === 0 ? 1 : 0));
  }
  return votes;
}

describe('stages 3 and 4: votes and opinion groups', () => {
  it('counts the votes that count and sets the thresholds by how many contributions have votes', () => {
    const votes = countVotes(['a', 'b', 'c', 'd'], [v('p1', 'a', 1), v('p1', 'a', -1), v('p2', 'b', 0), v('p3', 'zz', 1)]);
    expect(votes.tallies).toEqual([
      { agree: 0, disagree: 1, pass: 0, seen: 1 },
      { agree: 0, disagree: 0, pass: 1, seen: 1 },
      { agree: 0, disagree: 0, pass: 0, seen: 0 },
      { agree: 0, disagree: 0, pass: 0, seen: 0 },
    ]);
    expect(votes.thresholds).toEqual(methodThresholds(1));
    expect(countVotes(['a'], []).thresholds.minVotesPerParticipant).toBe(1);
  });

  it('names the groups, rounds their centres, and lists consensus, agreement in every group and what divides', () => {
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5'];
    const matrix = buildVoteMatrix(ids, camps());
    const o = opinionsOf(matrix, methodThresholds(3), computeGroups);
    expect(o.groups.map((g) => [g.id, g.participants.length])).toEqual([
      ['A', 6],
      ['B', 6],
    ]);
    for (const c of o.groups.flatMap((g) => g.centre)) expect(Math.round(c * 1000) / 1000).toBe(c);
    expect(o.consensus).toEqual(['c1', 'c5']);
    expect(o.groupConsensus).toEqual(['c1']);
    expect([...o.divisive].sort()).toEqual(['c2', 'c4']);
    expect([...o.divides.keys()]).toEqual(o.divisive);
    expect(o.grouped).toBe(12);
  });

  it('without groups: no group lists, no silhouette, consensus still counted', () => {
    const matrix = buildVoteMatrix(['c1'], [v('p1', 'c1', 1), v('p2', 'c1', 1), v('p3', 'c1', 1)]);
    const none = () => ({ members: [], centres: [], silhouette: null, grouped: [], positions: [], tried: [] });
    const o = opinionsOf(matrix, methodThresholds(1), none);
    expect(o).toMatchObject({ groups: [], silhouette: null, groupConsensus: [], divisive: [], grouped: 0 });
    expect(o.consensus).toEqual(['c1']);
  });
});

describe('stage 5: contributions as shown', () => {
  it('carries the placement, the tally and its flags, the facilitator pins and the group lists', () => {
    const contributions: ContributionInput[] = [
      { id: 'a', text: 'A', sessionId: 's1', tags: { 'common-ground': 2 }, quotable: 'Brussels participant' },
      { id: 'b', text: 'B', starred: true },
    ];
    const tallies: VoteTally[] = [
      { agree: 5, disagree: 1, pass: 4, seen: 10 },
      { agree: 4, disagree: 4, pass: 0, seen: 8 },
    ];
    const shown = contributionsAsShown({
      contributions,
      codings: [coding(['t'], [['t', 0.12345, ['x']]]), coding([])],
      placement: { themeIds: [['t'], []], reasons: [['x'], []], placed: [false, true], offTopic: [false, false] },
      votes: { tallies, thresholds: methodThresholds(3) },
      opinions: { consensus: ['a'], groupConsensus: [], rejected: [], divisive: ['b'], byGroup: [[], []], gic: [null, null] },
      pinned: ['b'],
      marks: tagMarks(contributions),
      demographic: [false, false],
      texts: readTexts(contributions),
    });
    expect(shown[0]).toEqual({
      id: 'a', text: 'A', sessionId: 's1', questionId: null, themeIds: ['t'], reason: ['x'], score: 0.123, placed: false,
      tally: tallies[0], convergent: true, divergent: false, uncertain: true, tags: { 'common-ground': 2 },
      quotable: 'Brussels participant', starred: false, pinned: false, consensus: true, groupConsensus: false, rejected: false, divisive: false,
      demographic: false, centrality: 0.123, byGroup: [], gic: null,
    });
    expect(shown[1]).toMatchObject({ placed: true, themeIds: [], divergent: true, convergent: false, starred: true, pinned: true, divisive: true, tags: {} });
    expect(shown[0].tags).not.toBe(contributions[0].tags);
  });
});

/** A shown contribution with only what the later stages read. */
function shownAs(id: string, themeIds: string[], score: number, extra: Partial<ContributionSynthesis> = {}): ContributionSynthesis {
  return {
    id, text: `Text ${id}`, sessionId: null, questionId: null, themeIds, reason: [], score, placed: false,
    tally: { agree: 0, disagree: 0, pass: 0, seen: 0 }, convergent: false, divergent: false, uncertain: false, tags: {},
    quotable: null, starred: false, pinned: false, consensus: false, groupConsensus: false, rejected: false, divisive: false,
    demographic: false, centrality: score, byGroup: [], gic: null, ...extra,
  };
}

describe('stage 6: themes with their support', () => {
  const contributions: ContributionInput[] = [
    { id: 'a', text: 'Seasonal workers', sessionId: 's1', tags: { 'common-ground': 2 } },
    { id: 'b', text: 'Labour markets and workers', sessionId: 's2' },
    { id: 'c', text: 'Labour mobility', sessionId: 's2', tags: { 'common-ground': 1 } },
    { id: 'd', text: 'Diaspora housing', sessionId: 's1' },
  ];
  const shown = [
    shownAs('a', ['labour'], 0.3, { tags: { 'common-ground': 2 }, convergent: true }),
    shownAs('b', ['labour', 'gfmd'], 0.5, { tally: { agree: 1, disagree: 0, pass: 0, seen: 1 } }),
    shownAs('c', ['labour'], 0.5, { tally: { agree: 3, disagree: 0, pass: 0, seen: 3 }, tags: { 'common-ground': 1 }, divergent: true }),
    shownAs('d', ['emergent:diaspora+housing'], 0),
  ];
  const votes = [v('p1', 'a', 1), v('p2', 'a', -1), v('p1', 'b', 1), v('p3', 'c', 1), v('p4', 'c', 1), v('p5', 'c', 1)];
  const suggestion = { id: 'emergent:diaspora+housing', label: 'Diaspora, housing', terms: ['diaspora', 'housing'], contributions: ['d'] };
  const run = (sessions: { id: string }[]) =>
    themesWithSupport({ codebookThemes: active, suggestions: [suggestion], shown, contributions, sessions, matrix: buildVoteMatrix(['a', 'b', 'c', 'd'], votes), texts: readTexts(contributions), marks: tagMarks(contributions), room: { voters: 5, contributions: 4 } });

  it('orders each theme by score then agreement, counts its voters once each, and sums its tags and flags', () => {
    const { themes, strengths } = run([{ id: 's1' }, { id: 's2' }]);
    expect(themes.map((t) => t.id)).toEqual(['gfmd', 'labour', 'emergent:diaspora+housing']);
    const labour = themes[1];
    expect(labour).toMatchObject({ label: 'LABOUR', code: 'labour', heading: 'Heading', emergent: false, contributions: ['c', 'b', 'a'], secondary: [] });
    expect(labour.tally).toEqual({ contributions: 3, participants: 5, agree: 4, disagree: 1, pass: 0, commonGround: 3, convergent: 1, divergent: 1, uncertain: 0 });
    expect(labour.terms).toContain('workers');
    expect(themes[0]).toMatchObject({ contributions: [], secondary: ['b'] });
    // Agreement was higher in s2 than in s1, but on other statements: a clear majority, not a growing one.
    expect(strengths.get('labour')).toMatchObject({ word: 'a clear majority', agree: 4, participants: 5, basis: 'votes', room: 5 });
    expect(strengths.get('gfmd')).toMatchObject({ word: 'no one', basis: 'contributions', contributions: 0 });
  });

  it('an emergent theme keeps its suggestion’s terms, under the emergent heading', () => {
    const emergent = run([{ id: 's1' }]).themes[2];
    expect(emergent).toMatchObject({ code: null, emergent: true, heading: 'Emergent themes', terms: ['diaspora', 'housing'], contributions: ['d'] });
    expect(emergent.description).toBe('Contributions no codebook theme covers that share: diaspora, housing.');
  });

  it('calls a majority growing only where the same statements were voted on in several sessions and agreement with them rose', () => {
    const strengthOf = (votes: Vote[], sessions: { id: string }[]) =>
      themesWithSupport({ codebookThemes: active, suggestions: [], shown: shown.slice(0, 2).map((c) => ({ ...c, themeIds: ['labour'] })), contributions: contributions.slice(0, 2), sessions, matrix: buildVoteMatrix(['a', 'b'], votes), texts: readTexts(contributions.slice(0, 2)), marks: tagMarks(contributions.slice(0, 2)), room: { voters: 10, contributions: 2 } }).strengths.get('labour')!;
    const two = [{ id: 's1' }, { id: 's2' }];
    // Statement a (session s1): 2 of 5 agree in s1. Statement b (s2): 5 of 5 agree. Different statements: no trend.
    const otherStatements = [...['p1', 'p2'].map((p) => v(p, 'a', 1)), ...['p3', 'p4', 'p5'].map((p) => v(p, 'a', 0)), ...['q1', 'q2', 'q3', 'q4', 'q5'].map((p) => v(p, 'b', 1))];
    expect(strengthOf(otherStatements, two)).toMatchObject({ word: 'a clear majority' });
    expect(strengthOf(otherStatements, two).trend).toBeUndefined();
    // Statement a again, carried into s2: 2 of 5 agreed in s1, 5 of 5 in s2 (40 % -> 100 %): growing.
    const carried = [...['p1', 'p2'].map((p) => v(p, 'a', 1)), ...['p3', 'p4', 'p5'].map((p) => v(p, 'a', 0)), ...['q1', 'q2', 'q3', 'q4', 'q5'].map((p) => ({ ...v(p, 'a', 1), sessionId: 's2' }))];
    expect(strengthOf(carried, two)).toMatchObject({ word: 'a growing majority', trend: [{ sessionId: 's1', ratio: 0.4 }, { sessionId: 's2', ratio: 1 }] });
    // The same votes, agreement falling: not growing.
    const falling = carried.map((x) => ({ ...x, sessionId: x.sessionId === 's2' ? 's1' : 's2' }));
    expect(strengthOf(falling, two).word).toBe('a clear majority');
    expect(strengthOf(carried, [{ id: 's1' }]).trend).toBeUndefined();
  });
});

describe('stage 7: questions for further reflection, then findings', () => {
  it('promoted questions first, then by how many tagged them, then in input order', () => {
    const contributions: ContributionInput[] = [
      { id: 'a', text: 'Who decides?', tags: { question: 1 } },
      { id: 'b', text: 'Why?', tags: { question: 3 } },
      { id: 'c', text: 'Not a question' },
      { id: 'd', text: 'How?', promoted: true },
      { id: 'e', text: 'When?', promoted: true, tags: { question: 2 } },
    ];
    const shown = contributions.map((c, i) => shownAs(c.id, i === 1 ? ['labour'] : [], 0));
    expect(questionsForReflection(contributions, shown, tagMarks(contributions))).toEqual([
      { contributionId: 'e', text: 'When?', source: 'both', tagged: 2, themeId: null },
      { contributionId: 'd', text: 'How?', source: 'promoted', tagged: 0, themeId: null },
      { contributionId: 'b', text: 'Why?', source: 'tagged', tagged: 3, themeId: 'labour' },
      { contributionId: 'a', text: 'Who decides?', source: 'tagged', tagged: 1, themeId: null },
    ]);
  });

  it("a finding names the one place its contributions came from, a contribution's place falling back to its session's", () => {
    const contributions: ContributionInput[] = [
      { id: 'a', text: 'A', sessionId: 's1' },
      { id: 'b', text: 'B', sessionId: 's1' },
      { id: 'c', text: 'C', sessionId: 's2' },
      { id: 'd', text: 'D?', sessionId: 's2', place: 'Brussels' },
    ];
    const shown = contributions.map((c) => shownAs(c.id, [c.id === 'c' ? 'gfmd' : 'labour'], 0));
    const themeOf = (id: string, members: string[]): Theme => ({ id, label: id, code: id, heading: 'H', description: '', emergent: false, contributions: members, secondary: [], terms: [], phrases: [], tally: { contributions: members.length, participants: 0, agree: 0, disagree: 0, pass: 0, commonGround: 0, convergent: 0, divergent: 0, uncertain: 0 } });
    const byContributions = (n: number): Strength => ({ word: n >= 2 ? 'several' : 'one participant', agree: 0, disagree: 0, pass: 0, participants: 0, ratio: 0, basis: 'contributions', contributions: n, room: 0 });
    const findings = draftFindings({
      contributions,
      sessions: [{ id: 's1', place: 'Brussels' }, { id: 's2', place: 'Nairobi' }],
      shown,
      themes: [themeOf('labour', ['a', 'b', 'd']), themeOf('gfmd', ['c'])],
      strengths: new Map([['labour', byContributions(3)], ['gfmd', byContributions(1)]]),
      opinions: { groups: [], divides: new Map() },
      questions: [{ contributionId: 'd', text: 'D?', source: 'promoted', tagged: 0, themeId: 'labour' }],
      matrix: buildVoteMatrix(['a', 'b', 'c', 'd'], []),
      edited: new Map([['labour', 'In the facilitator’s words.']]),
      thresholds: { findingMinSupport: 2, onlyInMinContributions: 3 },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ number: 1, themeId: 'labour', onlyIn: { place: 'Brussels' }, questions: ['d'], text: 'In the facilitator’s words.', edited: true });
    expect(findings[0].draft).toContain('voiced only in Brussels');
  });
});
