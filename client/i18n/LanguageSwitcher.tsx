import { useId } from 'react';
import { useTranslations } from 'use-intl';
import { chooseLocale, useLocaleStore } from './I18nRoot.js';
import { isLocale, LOCALE_NAMES, LOCALES } from './locales.js';

/** A visible choice of language, each named in itself; the choice is remembered on this device. */
export function LanguageSwitcher() {
  const t = useTranslations('language');
  const locale = useLocaleStore((s) => s.locale);
  const unavailable = useLocaleStore((s) => s.unavailable);
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">
        {t('label')}
      </label>
      <select id={id} value={locale} onChange={(e) => isLocale(e.target.value) && chooseLocale(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      {unavailable && (
        <p role="alert" className="error">
          {t('unavailable')}
        </p>
      )}
    </div>
  );
}
