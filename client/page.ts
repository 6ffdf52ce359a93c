/** Which page this is, from its path: what it shows, whose language choice it follows, which catalogues it needs. */
import type { CataloguePart } from './i18n/load.js';
import type { LocaleScope } from './i18n/locales.js';

export interface PageKind {
  section: string;
  code: string;
  scope: LocaleScope;
  parts: CataloguePart[];
}

export function pageOf(pathname: string): PageKind {
  const [, section = '', code = ''] = pathname.split('/');
  const scope: LocaleScope = section === 'facilitate' ? 'console' : section === 'projector' ? 'projector' : 'room';
  return { section, code, scope, parts: section === 'facilitate' ? ['room', 'console'] : ['room'] };
}
