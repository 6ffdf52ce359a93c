/**
 * The strength-word table of docs/synthesis.md, one hand-checked case per rule. Each case states
 * the counts and, in its comment, why the word follows; the measured failures the rules answer
 * are the first cases.
 */
import { describe, expect, it } from 'vitest';
import { strength, strengthPhrase, type SupportCounts } from '../../server/synthesis/strength.js';

const words = (c: Partial<SupportCounts> & Pick<SupportCounts, 'agree' | 'disagree' | 'participants'>) =>
  strength({ pass: c.participants - c.agree - c.disagree, contributions: 3, ...c }).word;

describe('"many" only where agreement outweighs disagreement', () => {
  it.each([
    // Measured: "Many participants (25 of 87) agreed" where 48 of 87 leaned to disagree. 48 > 87 / 2: a majority disagreed.
    [{ agree: 25, disagree: 48, participants: 87 }, 'a majority disagreed'],
    // 25 agree, 40 disagree, 22 passed: no majority either way, 25 / 87 = 29 % and 40 / 87 = 46 %, not both 30 %: more disagreed.
    [{ agree: 25, disagree: 40, participants: 87 }, 'more disagreed'],
    // 5 agree, 3 disagree of 12: agreement outweighs, 5 / 12 >= a third: many.
    [{ agree: 5, disagree: 3, participants: 12 }, 'many'],
    // 4 agree, 4 disagree of 14: 4 / 14 = 29 %, below 30 %: not divergence; equal, so not many, nor more disagreed: several.
    [{ agree: 4, disagree: 4, participants: 14 }, 'several'],
    // 10 agree of 40 with none against: only a quarter agree, short of a third: several.
    [{ agree: 10, disagree: 0, participants: 40 }, 'several'],
  ] as const)('%o -> %s', (c, word) => expect(words(c)).toBe(word));
});

describe('a share of the room before any word above "several"', () => {
  it.each([
    // 4 of 4 agree, but 4 people voted on it in a room of 30 (13 %, under 25 %): several, not a clear majority.
    [{ agree: 4, disagree: 0, participants: 4, room: 30 }, 'several'],
    // The same 4 of 4 where the room is 12 (33 %): a clear majority (fewer than 5 voted: not "almost all").
    [{ agree: 4, disagree: 0, participants: 4, room: 12 }, 'a clear majority'],
    // 9 of 10 in a room of 40 (25 %): almost all.
    [{ agree: 9, disagree: 0, participants: 10, room: 40 }, 'almost all'],
    // 9 of 9 in a room of 40 (22.5 %): several.
    [{ agree: 9, disagree: 0, participants: 9, room: 40 }, 'several'],
    // 6 of 8 disagree in a room of 100: too few for "a majority disagreed", but more disagreed.
    [{ agree: 1, disagree: 6, participants: 8, room: 100 }, 'more disagreed'],
  ] as const)('%o -> %s', (c, word) => expect(words(c)).toBe(word));

  it('before any vote, "many contributions" needs five and a tenth of the round', () => {
    const byContributions = (contributions: number, roomContributions: number) => strength({ agree: 0, disagree: 0, pass: 0, participants: 0, contributions, roomContributions }).word;
    expect(byContributions(5, 40)).toBe('many'); // 5 of 40 = 12.5 %
    expect(byContributions(5, 60)).toBe('several'); // 5 of 60 = 8 %
    expect(byContributions(11, 21)).toBe('many');
  });
});

describe('"divided" (strong divergence) needs at least two on each side', () => {
  it.each([
    [{ agree: 2, disagree: 2, participants: 5 }, 'strong divergence'], // 40 % each
    [{ agree: 5, disagree: 1, participants: 6 }, 'a clear majority'], // one against is not a side
    [{ agree: 1, disagree: 1, participants: 2 }, 'one participant'],
  ] as const)('%o -> %s', (c, word) => expect(words(c)).toBe(word));
});

describe('the phrases carry the numbers of the side they speak of', () => {
  it('disagreement words count the disagreeing', () => {
    const s = strength({ agree: 25, disagree: 48, pass: 14, participants: 87, contributions: 9, room: 90 });
    expect(strengthPhrase(s)).toBe('a majority of participants (48 of 87)');
    expect(s.room).toBe(90);
    expect(strengthPhrase(strength({ agree: 25, disagree: 40, pass: 22, participants: 87, contributions: 9 }))).toBe('more participants (40 of 87)');
  });
});
