import { describe, expect, it } from 'vitest';
import { attributionLabel } from '../../server/domain/attribution.js';

describe('Chatham labels', () => {
  it.each([
    ['Brussels', 'roundtable', 'business', 'Brussels roundtable participant, business sector'],
    ['Washington', 'roundtable', null, 'Washington roundtable participant'],
    ['New York', 'working-meal', 'civil-society', 'New York working lunch participant, civil society'],
    ['Geneva', 'roundtable', 'ambassador', 'Ambassador participant'],
    ['Geneva', 'plenary', 'parliamentarian', 'Parliamentarian'],
    ['Vienna', 'roundtable', 'other', 'Vienna roundtable participant'],
  ] as const)('%s %s %s → %s', (place, format, category, label) => {
    expect(attributionLabel(place, format, category)).toBe(label);
  });
});
