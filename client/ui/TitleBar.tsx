import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';

/** A page's title with the language switcher beside it, on the pages a person meets first. */
export function TitleBar({ title }: { title: string }) {
  return (
    <header className="session-header">
      <h1>{title}</h1>
      <LanguageSwitcher />
    </header>
  );
}
