/** Each language's catalogues are their own chunks: a page downloads the one language it shows. */
import type { Locale } from './locales.js';

export type CataloguePart = 'room' | 'console';
type Loader = () => Promise<{ default: Record<string, unknown> }>;

const LOADERS: Record<Locale, Record<CataloguePart, Loader>> = {
  en: { room: () => import('virtual:catalogue/en/room'), console: () => import('virtual:catalogue/en/console') },
  fr: { room: () => import('virtual:catalogue/fr/room'), console: () => import('virtual:catalogue/fr/console') },
  es: { room: () => import('virtual:catalogue/es/room'), console: () => import('virtual:catalogue/es/console') },
};

export async function loadMessages(locale: Locale, parts: readonly CataloguePart[]): Promise<Record<string, unknown>> {
  const loaded = await Promise.all(parts.map((part) => LOADERS[locale][part]()));
  return Object.assign({}, ...loaded.map((m) => m.default));
}
