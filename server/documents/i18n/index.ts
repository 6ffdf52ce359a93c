/** The document catalogue of each language. */
import { DEFAULT_LANGUAGE, type Language } from '../../../shared/languages.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { DocumentWords } from './messages.js';

const CATALOGUES: Record<Language, DocumentWords> = { en, fr, es };

export function documentWords(language: Language = DEFAULT_LANGUAGE): DocumentWords {
  return CATALOGUES[language];
}

export type { DocumentWords } from './messages.js';
