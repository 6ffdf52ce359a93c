import { describe, expect, it } from 'vitest';
import { isGrowing, strength, strengthPhrase, type SupportCounts } from '../../server/synthesis/strength.js';

const s = (agree: number, participants: number, disagree = 0, extra: Partial<SupportCounts> = {}) =>
  strength({ agree, disagree, pass: participants - agree - disagree, participants, contributions: 3, ...extra });

describe('strength words', () => {
  it.each([
    [9, 10, 0, 'almost all'],
    [18, 20, 0, 'almost all'],
    [8, 10, 0, 'a clear majority'],
    [4, 4, 0, 'a clear majority'], // 100 % of 4 is not "almost all": at least 5 must have voted
    [2, 3, 0, 'a clear majority'],
    [6, 10, 0, 'a majority'],
    [5, 10, 0, 'many'], // exactly half is not a majority
    [14, 40, 0, 'many'],
    [3, 9, 0, 'many'],
    [3, 10, 0, 'several'],
    [2, 2, 0, 'several'], // a majority needs at least 3 voters
    [1, 10, 0, 'one participant'],
    [0, 10, 0, 'no one'],
    [4, 10, 4, 'strong divergence'],
    [3, 10, 3, 'strong divergence'],
    [5, 10, 2, 'many'], // 2 of 10 disagreeing is not "both sides strong"
  ] as const)('%i agree of %i (%i disagree) -> %s', (agree, participants, disagree, word) => {
    const r = s(agree, participants, disagree);
    expect(r.word).toBe(word);
    expect(r).toMatchObject({ agree, disagree, participants, basis: 'votes' });
    expect(r.ratio).toBeCloseTo(agree / participants, 3);
  });

  it('a growing majority: support rose session by session and ends above half', () => {
    const trend = [
      { sessionId: 's1', agree: 2, participants: 5 },
      { sessionId: 's2', agree: 3, participants: 5 },
      { sessionId: 's3', agree: 5, participants: 5 },
    ];
    expect(isGrowing(trend)).toBe(true);
    const r = s(10, 15, 0, { trend });
    expect(r.word).toBe('a growing majority');
    expect(r.trend?.map((p) => p.ratio)).toEqual([0.4, 0.6, 1]);
    // A dip in the middle, or a single session, is not growth.
    expect(isGrowing([trend[0], { sessionId: 's2', agree: 1, participants: 5 }, trend[2]])).toBe(false);
    expect(isGrowing([trend[2]])).toBe(false);
    // Rising but still a minority at the end is not a growing majority.
    expect(isGrowing([{ sessionId: 'a', agree: 1, participants: 5 }, { sessionId: 'b', agree: 2, participants: 5 }])).toBe(false);
    // Almost all stays almost all.
    expect(s(19, 20, 0, { trend }).word).toBe('almost all');
  });

  it('without votes the word rests on contributions and never claims a majority', () => {
    const r = strength({ agree: 0, disagree: 0, pass: 0, participants: 0, contributions: 7 });
    expect(r).toMatchObject({ word: 'many', basis: 'contributions', contributions: 7 });
    expect(strength({ agree: 0, disagree: 0, pass: 0, participants: 0, contributions: 1 }).word).toBe('one participant');
    expect(strengthPhrase(r)).toBe('many contributions (7, no votes yet)');
  });

  it('the phrase always carries the numbers', () => {
    expect(strengthPhrase(s(8, 10))).toBe('a clear majority of participants (8 of 10)');
    expect(strengthPhrase(s(9, 10))).toBe('almost all participants (9 of 10)');
    expect(strengthPhrase(s(1, 10))).toBe('one participant (1 of 10)');
  });
});
