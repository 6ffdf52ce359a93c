/**
 * The Chatham label of a contribution its author chose to be quoted with: role, sector and place,
 * in the report's style ("Brussels roundtable participant, business sector", "Ambassador participant").
 */
import categories from '../../shared/data/participant-categories.json' with { type: 'json' };
import type { SessionFormat } from '../../shared/protocol/vocabulary.js';

const FORMAT_NOUN: Record<SessionFormat, string> = {
  roundtable: 'roundtable',
  'working-meal': 'working lunch',
  bilateral: 'meeting',
  plenary: 'plenary',
};

/** Categories that are themselves a role, quoted without place (a place would narrow them to a handful). */
const ROLE_CATEGORIES = new Set(['ambassador', 'parliamentarian']);

export function isKnownCategory(id: string): boolean {
  return categories.some((c) => c.id === id);
}

export function attributionLabel(place: string, format: SessionFormat, category: string | null): string {
  if (category && ROLE_CATEGORIES.has(category)) {
    return category === 'ambassador' ? 'Ambassador participant' : 'Parliamentarian';
  }
  const base = `${place} ${FORMAT_NOUN[format]} participant`;
  const sector = categories.find((c) => c.id === category)?.attribution;
  return sector ? `${base}, ${sector}` : base;
}
