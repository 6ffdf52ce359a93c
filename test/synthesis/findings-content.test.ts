/**
 * A finding says what was said: its draft names what the contributions talk about and quotes the
 * most central one; it shows the most central contributions before the most agreed, and the
 * strongest counter-view. Statements about the participants themselves are never findings.
 */
import { describe, expect, it } from 'vitest';
import { isDemographic } from '../../server/synthesis/demographic.js';
import { synthesize } from '../../server/synthesis/engine.js';
import { draftText, gistOf, labelInSentence } from '../../server/synthesis/finding-text.js';
import type { ContributionInput } from '../../server/synthesis/input.js';
import { strength } from '../../server/synthesis/strength.js';
import type { Vote } from '../../server/synthesis/votes.js';

const ps = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const cast = (contribution: string, who: string[], vote: 1 | -1 | 0): Vote[] => who.map((participant) => ({ participant, contribution, vote }));

describe('the draft of a finding', () => {
  const contributions: ContributionInput[] = [
    { id: 'r1', text: 'Refugee protection under the 1951 Convention is common ground for every government here.' },
    { id: 'r2', text: 'Asylum and refugee protection remain shared ground, even where politics is hard.' },
    { id: 'r3', text: 'Protecting refugees and asylum seekers is where States already cooperate.' },
    // Placed with the others, voted on by everyone, but about something else: not what the theme is about.
    { id: 'r4', text: 'Refugee camps need more funding from donors.' },
  ];
  const votes = [...cast('r1', ps('a', 6), 1), ...cast('r2', ps('a', 5), 1), ...cast('r3', ps('a', 5), 1), ...cast('r4', ps('a', 8), 1), ...cast('r4', ps('b', 2), 1)];
  const s = synthesize({ sessions: [], contributions, votes });
  const f = s.findings.find((x) => x.themeId === 'common-refugees')!;
  const texts = new Map(contributions.map((c) => [c.id, c.text]));

  it('names what the contributions share and quotes the most central one, verbatim, unattributed', () => {
    // Before: "Almost all participants (10 of 10) agreed with what was said on common ground in the protection of refugees and asylum seekers."
    expect(f.text).toMatch(/^Almost all participants \(10 of 10\) agreed with what was said on refugee protection( and [a-z ]+)?; as one participant put it, “(.+)”$/);
    expect(f.gist).toMatchObject({ whole: true });
    expect(f.text).toContain(`“${texts.get(f.gist!.contributionId)}”`);
    expect(f.gist!.contributionId).not.toBe('r4');
  });

  it('shows the most central contributions before the most agreed', () => {
    expect(f.quotes).toHaveLength(3);
    // r4 was agreed by the most (10), but is the least like the others: it comes last, or not at all.
    expect(f.quotes.slice(0, 2)).not.toContain('r4');
    const central = s.contributions.filter((c) => c.themeIds[0] === 'common-refugees').sort((a, b) => b.centrality - a.centrality);
    expect(central.at(-1)!.id).toBe('r4');
  });

  it('a label that asks a question is quoted, so no full stop follows its question mark; a sentence starts with a capital', () => {
    const regional = { label: 'Regional consultative processes: leading to global change?', phrases: [] };
    const text = draftText(regional, strength({ agree: 0, disagree: 0, pass: 0, participants: 0, contributions: 3 }), null, null);
    expect(text).toBe('Several contributions (3, no votes yet) raised “Regional consultative processes: leading to global change?”.');
    expect(text).not.toContain('?.”');
    expect(labelInSentence('The Global Forum on Migration and Development')).toBe('the Global Forum on Migration and Development');
    const agreed = draftText({ label: 'Parliamentarians', phrases: [] }, strength({ agree: 3, disagree: 0, pass: 0, participants: 3, contributions: 1 }), { place: 'Washington' }, { text: 'Who holds governments to account?' });
    expect(agreed).toBe('A clear majority of participants (3 of 3) agreed with what was said on parliamentarians (voiced only in Washington); as one participant asked, “Who holds governments to account?”');
    expect(agreed.charAt(0)).toBe(agreed.charAt(0).toUpperCase());
  });

  it('gives the Chatham label of a quoted contribution only where its author marked it quotable', () => {
    const labelled = draftText({ label: 'Business and private sector actors', phrases: ['visa rules'] }, strength({ agree: 7, disagree: 0, pass: 1, participants: 8, contributions: 1 }), null, { text: 'Employers will step up if asked.', attribution: 'Washington roundtable participant, business sector' });
    expect(labelled).toBe('A clear majority of participants (7 of 8) agreed with what was said on visa rules; in the words of one Washington roundtable participant, business sector: “Employers will step up if asked.”');
    expect(f.gist!.attribution).toBeNull();
    expect(f.text).toContain('as one participant put it');
  });

  it('quotes a long contribution by its first sentence, a longer one by its first thirty words', () => {
    const long = `${'Word '.repeat(45).trim()}.`;
    expect(gistOf(long)).toEqual({ text: `${'Word '.repeat(30).trim()}…`, whole: false });
    expect(gistOf(`Short first sentence. ${long}`)).toEqual({ text: 'Short first sentence.', whole: false });
  });
});

describe('the strongest counter-view', () => {
  it('is the contribution most often voted the opposite way to the quoted one', () => {
    const contributions: ContributionInput[] = [
      { id: 'e1', text: 'Enforcement cooperation through Frontex and readmission agreements is where States already work together.' },
      { id: 'e2', text: 'Border enforcement and readmission agreements are the only common ground governments really share.' },
      { id: 'e3', text: 'Enforcement partnerships with transit countries just push the problem further south.' },
    ];
    // Seven agree with e1 and e2; those seven disagree with e3, which three others hold.
    const votes = [...cast('e1', ps('a', 7), 1), ...cast('e2', ps('a', 7), 1), ...cast('e3', ps('a', 7), -1), ...cast('e3', ps('b', 3), 1), ...cast('e1', ps('b', 3), -1)];
    const f = synthesize({ sessions: [], contributions, votes }).findings.find((x) => x.themeId === 'common-enforcement')!;
    expect(f.counter).toBe('e3');
    expect(f.quotes).not.toContain('e3');
  });
});

describe('statements about the participants themselves', () => {
  it.each([
    ['English is my first language.', true],
    ['I identify as female.', true],
    ['I am between 15 and 19 years old.', true],
    ['My ethnicity is Black, Black British, Caribbean or African.', true],
    ['My gender has changed since birth.', true],
    ['I had at least one encounter (good or bad) with the police.', true],
    ['I live in Seattle.', true],
    ['I think the police should be in schools.', false],
    ['I work at a small business and this will hurt us.', false],
    ['I am worried about the minimum wage.', false],
    ['English lessons for migrants should be free.', false],
  ] as const)('%s -> %s', (text, expected) => expect(isDemographic(text)).toBe(expected));

  it('are never findings, consensus or what sets a group apart, however broadly agreed', () => {
    const contributions: ContributionInput[] = [
      { id: 'd1', text: 'English is my first language.' },
      { id: 'd2', text: 'I identify as female.' },
      { id: 'd3', text: 'I am between 20 and 25 years old.' },
      { id: 'v1', text: 'Refugee protection is common ground for every government.' },
    ];
    const votes = contributions.flatMap((c) => cast(c.id, ps('p', 10), 1));
    const s = synthesize({ sessions: [], contributions, votes });
    const demographic = new Set(['d1', 'd2', 'd3']);
    expect(s.contributions.filter((c) => c.demographic).map((c) => c.id)).toEqual(['d1', 'd2', 'd3']);
    for (const list of [s.consensus, s.groupConsensus, s.rejected, s.divisive, ...s.findings.map((f) => f.contributions), ...s.suggestions.map((x) => x.contributions)]) {
      expect(list.filter((id) => demographic.has(id))).toEqual([]);
    }
    expect(s.consensus).toEqual(['v1']);
  });
});
