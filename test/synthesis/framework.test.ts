/**
 * The report's codebook applies only where it fits: a conversation on another subject gets
 * emergent themes only, named as a person would name them, and the facilitator can still accept,
 * rename or dissolve them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCliInput } from '../../server/cli/input.js';
import { importPolisFolder } from '../../server/polis/import.js';
import { evolveCuration, initialCuration } from '../../server/domain/curation.js';
import { synthesize } from '../../server/synthesis/engine.js';
import type { ContributionInput } from '../../server/synthesis/input.js';
import { STOP } from '../../server/synthesis/text.js';
import { polisDataDir } from '../support/polis-data.js';
import { threePlaceInput } from '../documents/round-fixture.js';

const seattle = () => importPolisFolder(`${polisDataDir()}/15-per-hour-seattle`).input;
const london = () => importPolisFolder(`${polisDataDir()}/london.youth.policing`).input;
const autumn = () => {
  const file = new URL('../data/roundtable/autumn-round.json', import.meta.url).pathname;
  return parseCliInput(JSON.parse(readFileSync(file, 'utf8')), file);
};

describe('whether the codebook fits', () => {
  it('the $15 minimum-wage debate and London youth policing are on another subject: emergent themes only', () => {
    for (const input of [seattle(), london()]) {
      const s = synthesize(input);
      expect(s.framework.codebook).toBe('not-applied');
      expect(s.framework.fit!).toBeLessThan(0.75);
      expect(s.themes.filter((t) => t.contributions.length > 0).every((t) => t.emergent)).toBe(true);
      expect(s.findings.length).toBeGreaterThan(0);
      expect(s.findings.every((f) => f.emergent)).toBe(true);
    }
    // Before, Seattle landed under "Elements of common ground in labour migration".
    expect(synthesize(seattle()).themes.find((t) => t.id === 'common-labour')).toBeUndefined();
  });

  it('migration roundtables keep the codebook', () => {
    for (const input of [threePlaceInput(), autumn()]) {
      const s = synthesize(input);
      expect(s.framework.codebook).toBe('applied');
      expect(s.findings.some((f) => !f.emergent)).toBe(true);
    }
    expect(synthesize(autumn()).framework.fit!).toBeGreaterThanOrEqual(0.75);
  });

  it('"none" sets the codebook aside; a codebook chosen explicitly, or themes the facilitator placed by hand, keep it', () => {
    const none = synthesize({ ...threePlaceInput(), framework: 'none' });
    expect(none.framework).toMatchObject({ codebook: 'none', fit: null });
    expect(none.themes.every((t) => t.emergent || t.contributions.length === 0)).toBe(true);
    expect(synthesize({ ...seattle(), framework: 'codebook' }).framework.codebook).toBe('applied');
    const placed = evolveCuration(initialCuration(), { type: 'contribution.moved', contributionId: '12', themeId: 'common-labour' });
    expect(synthesize({ ...seattle(), curation: placed }).framework.codebook).toBe('applied');
  });

  it('the facilitator can accept, rename and dissolve the emergent themes of a conversation the codebook does not fit', () => {
    const input = seattle();
    const [first, second] = synthesize(input).suggestions;
    let curation = evolveCuration(initialCuration(), { type: 'suggestion.accepted', suggestionId: first.id, label: 'The wage itself' });
    curation = evolveCuration(curation, { type: 'suggestion.dissolved', suggestionId: second.id });
    const accepted = curation.accepted.get(first.id)!;
    curation = evolveCuration(curation, { type: 'theme.renamed', themeId: accepted, label: 'What a living wage is' });
    const s = synthesize({ ...input, curation });
    expect(s.framework.codebook).toBe('not-applied');
    const theme = s.themes.find((t) => t.id === accepted)!;
    expect(theme).toMatchObject({ label: 'What a living wage is', emergent: false });
    expect(theme.contributions.length).toBeGreaterThanOrEqual(3);
    expect(s.suggestions.map((x) => x.id)).not.toContain(second.id);
    expect(s.suggestions.map((x) => x.id)).not.toContain(first.id);
  });
});

describe('labels a person would write', () => {
  it('names Seattle’s themes by the noun phrases their contributions share, never a stop word or a lone verb', () => {
    const labels = synthesize(seattle()).suggestions.map((x) => x.label);
    // Before: "Wage, higher, pay", "Businesses, own, owners", "Workers, economy, families".
    expect(labels[0]).toMatch(/^Minimum wage/);
    expect(labels.some((l) => /^Small business/.test(l))).toBe(true);
    for (const label of labels) {
      expect(label).not.toContain(',');
      const words = label.toLowerCase().split(/\s+/).filter((w) => w !== 'and');
      expect(words.some((w) => STOP.has(w))).toBe(false);
    }
  });

  it('a word that is not a noun never gathers a theme: "does", "good" and "boost" name nothing', () => {
    const contributions: ContributionInput[] = [
      'Good move, does boost the economy of the city',
      'Good idea but does it boost wages for cleaners',
      'Good start, does help with transport',
      'Good on paper, does nothing for small shops',
      'Rent control would help more',
      'Rent is what cleaners cannot pay',
      'Landlords raise the rent every year',
      'Rents in the city centre are too high for families',
    ].map((text, i) => ({ id: `u${i}`, text }));
    // "good" and "does" are in four of eight each: before, they gathered the first theme.
    const s = synthesize({ sessions: [], contributions, votes: [], framework: 'none' });
    const named = s.suggestions.flatMap((x) => [x.label.toLowerCase(), ...x.terms]);
    for (const word of ['does', 'good', 'boost']) expect(named.some((n) => n.split(/\W+/).includes(word))).toBe(false);
    expect(s.suggestions.map((x) => x.label)).toEqual(['Rent']);
    expect([...s.suggestions[0].contributions].sort()).toEqual(['u4', 'u5', 'u6', 'u7']);
  });
});
