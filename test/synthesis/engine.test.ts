import { describe, expect, it } from 'vitest';
import { synthesize } from '../../server/synthesis/engine.js';
import type { ContributionInput, SynthesisInput } from '../../server/synthesis/input.js';
import type { Vote } from '../../server/synthesis/votes.js';
import { generateRound } from '../../bench/synthesis.js';

const sessions = [
  { id: 's1', title: 'Brussels roundtable', place: 'Brussels' },
  { id: 's2', title: 'New York roundtable', place: 'New York' },
  { id: 's3', title: 'Washington roundtable', place: 'Washington' },
];

function agreeAll(contribution: string, agree: string[], disagree: string[] = []): Vote[] {
  return [
    ...agree.map((participant): Vote => ({ participant, contribution, vote: 1 })),
    ...disagree.map((participant): Vote => ({ participant, contribution, vote: -1 })),
  ];
}

const ps = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('synthesize: findings', () => {
  it('names a place only when at least three contributions behind the view, and all of them, came from it', () => {
    const contributions: ContributionInput[] = [
      { id: 'a1', text: 'Parliamentarians can push governments on migration', sessionId: 's1' },
      { id: 'a2', text: 'Members of parliament should meet on migration', sessionId: 's1' },
      { id: 'a3', text: 'Parliamentarians and legislators must hold ministers to account', sessionId: 's1' },
      { id: 'b1', text: 'The GFMD must shift from talking to an active mode', sessionId: 's1' },
      { id: 'b2', text: 'The Global Forum (GFMD) has value but limits', sessionId: 's2' },
      { id: 'c1', text: 'Refugee protection under the 1951 Convention is common ground', sessionId: 's3' },
      { id: 'c2', text: 'Asylum and refugee protection remain shared ground', sessionId: 's3' },
    ];
    const votes = [...agreeAll('a1', ps('p', 5)), ...agreeAll('a2', ps('p', 4)), ...agreeAll('a3', ps('p', 4)), ...agreeAll('b1', ps('p', 5)), ...agreeAll('b2', ps('q', 5)), ...agreeAll('c1', ps('r', 5)), ...agreeAll('c2', ps('r', 5))];
    const s = synthesize({ sessions, contributions, votes });
    const parl = s.findings.find((f) => f.themeId === 'agent-parliamentarians')!;
    const gfmd = s.findings.find((f) => f.themeId === 'agent-gfmd')!;
    const refugees = s.findings.find((f) => f.themeId === 'common-refugees')!;
    expect(parl.onlyIn).toEqual({ place: 'Brussels' });
    expect(parl.text).toContain('voiced only in Brussels');
    expect(gfmd.onlyIn).toBeNull();
    // Two contributions, both from Washington: too few to say it was voiced nowhere else.
    expect(refugees.onlyIn).toBeNull();
    for (const f of [gfmd, refugees]) for (const place of ['Brussels', 'New York', 'Washington']) expect(f.text).not.toContain(place);
  });

  it('names a category when three or more contributions, all of one category, voiced it, never a person', () => {
    const contributions: ContributionInput[] = [
      { id: 'a1', text: 'Employers and business need a say in this', category: 'business', quotable: 'Brussels roundtable participant, business sector' },
      { id: 'a2', text: 'The private sector and employers should lead', category: 'business' },
      { id: 'a3', text: 'Business and employers’ federations know the skills shortages', category: 'business' },
      { id: 'b1', text: 'Refugee protection is common ground', category: 'civil-society' },
      { id: 'b2', text: 'Refugee protection and asylum remain shared ground', category: 'civil-society' },
    ];
    const s = synthesize({ sessions: [], contributions, votes: [] });
    const f = s.findings.find((x) => x.themeId === 'agent-business')!;
    expect(f.onlyIn).toEqual({ category: 'business' });
    expect(f.text).toContain('voiced only by business sector participants');
    expect(f.strength).toMatchObject({ word: 'several', basis: 'contributions', contributions: 3 });
    expect(s.findings.find((x) => x.themeId === 'common-refugees')!.onlyIn).toBeNull();
  });

  it('"a growing majority" only where the same statements were voted on again in a later session and agreement rose', () => {
    const contributions: ContributionInput[] = [
      { id: 'e1', text: 'EU member states already cooperate on free movement', sessionId: 's1' },
      { id: 'e2', text: 'The European Union shows member states can pool policy', sessionId: 's2' },
      { id: 'e3', text: 'EU cooperation among member states is the model', sessionId: 's3' },
    ];
    const pass = (contribution: string, who: string[], sessionId?: string): Vote[] => who.map((participant) => ({ participant, contribution, vote: 0, sessionId }));
    const agreeIn = (contribution: string, who: string[], sessionId?: string): Vote[] => who.map((participant) => ({ participant, contribution, vote: 1, sessionId }));
    // Each session votes on its own statement, agreement 40 % -> 60 % -> 100 %: different statements, no trend.
    const own = [...agreeAll('e1', ps('a', 2)), ...pass('e1', ps('b', 3)), ...agreeAll('e2', ps('c', 3)), ...pass('e2', ps('d', 2)), ...agreeAll('e3', ps('e', 5))];
    const apart = synthesize({ sessions, contributions, votes: own }).findings.find((x) => x.themeId === 'common-eu')!;
    expect(apart.strength.word).toBe('a clear majority');
    expect(apart.strength.trend).toBeUndefined();
    // Statement e1 carried into every session: 2 of 5, then 3 of 5, then 5 of 5 agree with it.
    const carried = [...agreeIn('e1', ps('a', 2)), ...pass('e1', ps('b', 3)), ...agreeIn('e1', ps('c', 3), 's2'), ...pass('e1', ps('d', 2), 's2'), ...agreeIn('e1', ps('e', 5), 's3')];
    const s = synthesize({ sessions, contributions, votes: carried });
    const f = s.findings.find((x) => x.themeId === 'common-eu')!;
    expect(f.strength.word).toBe('a growing majority');
    expect(f.strength).toMatchObject({ agree: 10, disagree: 0, pass: 5, participants: 15 });
    expect(f.strength.trend?.map((t) => t.ratio)).toEqual([0.4, 0.6, 1]);
    expect(f.text).toMatch(/^A growing majority of participants \(10 of 15\) agreed with what was said on member states and EU; as one participant put it, “(.+)”\.$/);
    expect(contributions.map((c) => c.text)).toContain(/“(.+)”/.exec(f.text)![1]);
  });

  it('orders findings broadest convergence first, numbers them, and says where a theme divides', () => {
    const contributions: ContributionInput[] = [
      { id: 'r1', text: 'Refugee protection and asylum are common ground', sessionId: 's1' },
      { id: 'l1', text: 'Labour migration schemes for workers', sessionId: 's1' },
      { id: 'l2', text: 'Temporary workers need rights in the labour market', sessionId: 's1' },
    ];
    const votes = [...agreeAll('r1', ps('p', 9), ['x']), ...agreeAll('l1', ps('p', 4), ps('q', 4)), ...agreeAll('l2', ps('p', 3))];
    const s = synthesize({ sessions, contributions, votes });
    expect(s.findings.map((f) => [f.number, f.themeId, f.strength.word])).toEqual([
      [1, 'common-refugees', 'almost all'],
      [2, 'common-labour', 'strong divergence'],
    ]);
    expect(s.findings[1].divides).toContain('Labour migration schemes for workers');
    expect(s.findings[1].divides).toContain('4 agreed, 4 disagreed');
    expect(s.findings[0].divides).toBeNull();
  });

  it('collects questions for further reflection from "question" tags and promotions', () => {
    const contributions: ContributionInput[] = [
      { id: 'q1', text: 'Who would push the GMG to reform?', tags: { question: 3 } },
      { id: 'q2', text: 'Can the GFMD move to an active mode?', promoted: true },
      { id: 'x', text: 'The GFMD works' },
    ];
    const s = synthesize({ sessions: [], contributions, votes: [] });
    expect(s.questionsForReflection.map((q) => [q.contributionId, q.source, q.themeId])).toEqual([
      ['q2', 'promoted', 'agent-gfmd'],
      ['q1', 'tagged', 'agent-gmg'],
    ]);
    expect(s.findings.find((f) => f.themeId === 'agent-gfmd')!.questions).toEqual(['q2']);
  });
});

describe('synthesize: determinism and privacy', () => {
  const round: SynthesisInput = generateRound({ participants: 40, contributions: 80, votes: 2000, seed: 5 });

  it('same input, same output', () => {
    expect(JSON.stringify(synthesize(round))).toBe(JSON.stringify(synthesize(structuredClone(round))));
  });

  it('no participant id outside the groups', () => {
    const s = synthesize(round);
    const { groups, ...rest } = s;
    const text = JSON.stringify(rest);
    for (const p of new Set(round.votes.map((v) => v.participant))) expect(text).not.toMatch(new RegExp(`"${p}"`));
    expect(groups.length).toBeGreaterThan(0);
    for (const c of s.contributions) expect(Object.keys(c)).not.toContain('participant');
  });

  it('reports the thresholds it used and the counts', () => {
    const s = synthesize(round);
    expect(s.method.minVotesPerParticipant).toBe(7);
    expect(s.method.strengthWords.map((w) => w.word)).toContain('a growing majority');
    expect(s.stats).toMatchObject({ contributions: 80, votes: 2000, participants: 40 });
  });
});

describe('opaque group members for the live server', () => {
  it('replaces participant ids with per-computation ids, keeping group sizes', async () => {
    const { withOpaqueParticipants } = await import('../../server/synthesis/privacy.js');
    const s = synthesize(generateRound({ participants: 30, contributions: 40, votes: 900, seed: 8 }));
    const o = withOpaqueParticipants(s);
    expect(o.groups.map((g) => g.participants.length)).toEqual(s.groups.map((g) => g.participants.length));
    expect(o.groups[0].participants[0]).toBe(`${o.groups[0].id}1`);
    const real = new Set(s.groups.flatMap((g) => g.participants));
    expect(JSON.stringify(o).match(/"p\d+"/g)?.filter((m) => real.has(m.slice(1, -1))) ?? []).toEqual([]);
  });
});
