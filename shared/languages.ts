/**
 * The languages Concert speaks: its interface, a session's language (which its projector and
 * its exports use), and the documents. Free of any library so the browser bundle stays small.
 */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a session speaks when nobody chose (every session stored before sessions had a language). */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself, so a reader finds their own whatever the page's language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', es: 'Español' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
