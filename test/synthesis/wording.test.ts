import { describe, expect, it } from 'vitest';
import { en } from '../../server/documents/i18n/en.js';
import { capitalise, counted, dateSpan, listInWords, longDate, nounFor, percent } from '../../server/synthesis/wording.js';

describe('wording in English, as the documents have always written it', () => {
  it('percentages with a space before the sign, lists without a serial comma, numbers in words up to ten', () => {
    expect([percent(0.667), percent(0), percent(1)]).toEqual(['67 %', '0 %', '100 %']);
    expect([listInWords([]), listInWords(['Brussels']), listInWords(['Brussels', 'Nairobi']), listInWords(['Brussels', 'Nairobi', 'Washington'])]).toEqual([
      '',
      'Brussels',
      'Brussels and Nairobi',
      'Brussels, Nairobi and Washington',
    ]);
    expect([counted(0, 'vote'), counted(1, 'session'), counted(3, 'session'), counted(10, 'vote'), counted(34, 'person', 'people'), counted(24000, 'vote')]).toEqual([
      'no votes',
      'one session',
      'three sessions',
      'ten votes',
      '34 people',
      '24000 votes',
    ]);
    expect([nounFor(1, 'session'), nounFor(2, 'session')]).toEqual(['session', 'sessions']);
    expect(capitalise('a clear majority')).toBe('A clear majority');
  });

  it('dates and spans of dates', () => {
    expect(longDate('2026-10-02')).toBe('2 October 2026');
    expect(longDate('someday')).toBe('someday');
    expect(longDate('2026-13-01')).toBe('2026-13-01');
    expect(dateSpan(['2026-10-16', '2026-10-02', '2026-10-09'])).toBe('2 to 16 October 2026');
    expect(dateSpan(['2026-09-30', '2027-01-16'])).toBe('30 September 2026 to 16 January 2027');
    expect(dateSpan(['2026-10-02'])).toBe('2 October 2026');
    expect(dateSpan([])).toBeNull();
  });

  it('rounds a percentage half up from its decimal value, not from a product that fell just short', () => {
    // 29 of 200 is 14.5 %, and 13 of 23 is 56.5 % once its ratio is kept to three decimals.
    expect(percent(29 / 200)).toBe('15 %');
    expect(percent(0.565)).toBe('57 %');
    const trend = [
      { sessionId: 'a', agree: 2, participants: 5, ratio: 0.4 },
      { sessionId: 'b', agree: 13, participants: 23, ratio: 0.565 },
    ];
    expect(en.figures({ word: 'a growing majority', agree: 15, disagree: 0, pass: 13, participants: 28, ratio: 0.536, basis: 'votes', contributions: 2, room: 28, trend })).toContain('40 % → 57 %');
  });

  it('keeps a day that does not exist as it was written', () => {
    expect(longDate('2026-02-31')).toBe('2026-02-31');
    expect(longDate('2028-02-29')).toBe('29 February 2028');
  });
});

describe('wording in another locale', () => {
  it('formats numbers, lists, plurals and dates as the locale does', () => {
    expect(listInWords(['Bruxelles', 'Nairobi', 'Washington'], 'fr')).toBe('Bruxelles, Nairobi et Washington');
    expect(listInWords(['Bruselas', 'Nairobi', 'Washington'], 'es')).toBe('Bruselas, Nairobi y Washington');
    expect(percent(0.667, 'fr')).toMatch(/^67[\u00a0\u202f]%$/); // the locale's own no-break space
    expect(longDate('2026-10-02', 'fr')).toBe('2 octobre 2026');
    expect(longDate('2026-10-02', 'es')).toBe('2 de octubre de 2026');
    // French counts zero as singular; a language without number words gets figures.
    expect(counted(0, 'vote', 'votes', 'fr')).toBe('0 vote');
    expect(counted(3, 'séance', 'séances', 'fr')).toBe('3 séances');
  });
});
