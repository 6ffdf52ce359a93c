import { describe, expect, it } from 'vitest';
import { themeIdFor } from '../../client/facilitator/theme-id.js';
import { evolveCuration, initialCuration } from '../../server/domain/curation.js';
import { fileSlug } from '../../shared/exports.js';

describe('slugs: file names and theme ids from what someone typed', () => {
  it('file names fold accents, keep 80 characters and never end in a dash', () => {
    expect(fileSlug('Autumn round: Bogotá, São Paulo')).toBe('autumn-round-bogota-sao-paulo');
    expect(fileSlug('¿?')).toBe('synthesis');
    const long = fileSlug(`${'a'.repeat(79)} b`);
    expect(long).toBe('a'.repeat(79));
  });

  it('an accepted suggestion keeps the theme id stored rounds were given, accents not folded', () => {
    const state = evolveCuration(initialCuration(), { type: 'suggestion.accepted', suggestionId: 'emergent:migración+vivienda' });
    expect(state.accepted.get('emergent:migración+vivienda')).toBe('emergent-migraci-n-vivienda');
    const again = evolveCuration(state, { type: 'suggestion.accepted', suggestionId: 'emergent:migración+vivienda-2' });
    expect(again.accepted.get('emergent:migración+vivienda-2')).toBe('emergent-migraci-n-vivienda-2');
  });

  it('a theme the facilitator names gets a readable id of at most 60 characters', () => {
    expect(themeIdFor('  Money sent home!  ')).toBe('custom-money-sent-home');
    expect(themeIdFor('???')).toBe('custom-theme');
    expect(themeIdFor('x'.repeat(100))).toBe(`custom-${'x'.repeat(60)}`);
  });
});
