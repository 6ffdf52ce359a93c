import { slug } from '../../shared/slug.js';

/** A codebook id for a theme the facilitator names: readable, and within the codebook's id rules. */
export function themeIdFor(label: string): string {
  return `custom-${slug(label, 60) || 'theme'}`;
}
