/** A codebook id for a theme the facilitator names: readable, and within the codebook's id rules. */
export function themeIdFor(label: string): string {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `custom-${slug || 'theme'}`;
}
