/** The languages of the interface, how a browser's preference picks one, and where a choice is remembered. */
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/languages.js';

export const LOCALES = LANGUAGES;
export type Locale = Language;
export const LOCALE_NAMES = LANGUAGE_NAMES;
export const isLocale = isLanguage;

/** The first of the browser's languages we speak ("fr-CH" is French), else English. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** A phone and the facilitator's console each remember their own choice; the projector follows its link. */
export type LocaleScope = 'room' | 'console' | 'projector';

const storageKey = (scope: LocaleScope) => `concert:locale:${scope}`;

export function savedLocale(scope: LocaleScope): Locale | null {
  try {
    const saved = localStorage.getItem(storageKey(scope));
    return isLocale(saved) ? saved : null;
  } catch {
    return null;
  }
}

export function saveLocale(scope: LocaleScope, locale: Locale): void {
  try {
    localStorage.setItem(storageKey(scope), locale);
  } catch {
    // Private browsing without storage: the choice lasts for this page only.
  }
}

/** The language a page starts in: a `lang` in its link, then the remembered choice, then the browser's. */
export function initialLocale(scope: LocaleScope, search: string, languages: readonly string[]): Locale {
  const fromLink = new URLSearchParams(search).get('lang');
  if (isLocale(fromLink)) return fromLink;
  return savedLocale(scope) ?? detectLocale(languages);
}
