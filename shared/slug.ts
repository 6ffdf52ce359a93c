/**
 * "Autumn round: Brussels" -> "autumn-round-brussels": lower-case ASCII letters and digits, any
 * other run of characters as one "-", none at either end, at most `max` characters. For file
 * names and ids made from what someone typed.
 */
export function slug(text: string, max: number): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max);
}

/** "Bogotá" -> "Bogota": letters without their accents, so that a slug keeps them. */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
