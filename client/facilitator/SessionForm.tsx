import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/languages.js';
import { SESSION_FORMATS, type SessionFormat } from '../../shared/protocol/vocabulary.js';
import type { Refusal } from '../i18n/refusals.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

export interface SessionDetails {
  title: string;
  place: string;
  date: string;
  format: SessionFormat;
  language: Language;
}

interface Props {
  idPrefix: string;
  initial: SessionDetails;
  submit: string;
  /** Resolves to the refusal, or null once stored. */
  onSubmit(details: SessionDetails): Promise<Refusal | null>;
  clearTitleAfter?: boolean;
}

/** A session's title, place, date, format and language: to create one, or to correct one (a typo in the place reaches every quote). */
export function SessionForm({ idPrefix, initial, submit, onSubmit, clearTitleAfter = false }: Props) {
  const t = useTranslations('console.setup');
  const tf = useTranslations('formats');
  const [details, setDetails] = useState(initial);
  const [error, setError] = useState<Refusal | null>(null);
  const [saved, setSaved] = useState(false);
  const field = (name: keyof SessionDetails) => ({
    id: `${idPrefix}-${name}`,
    value: details[name],
    onChange: (e: { target: { value: string } }) => {
      setSaved(false);
      setDetails((d) => ({ ...d, [name]: e.target.value }));
    },
  });
  return (
    <form
      className="session-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const refusal = await onSubmit(details);
        setError(refusal);
        setSaved(refusal === null);
        if (refusal === null && clearTitleAfter) setDetails((d) => ({ ...d, title: '' }));
      }}
    >
      <label htmlFor={`${idPrefix}-title`}>{t('title')}</label>
      <input {...field('title')} required maxLength={200} />
      <label htmlFor={`${idPrefix}-place`}>{t('place')}</label>
      <input {...field('place')} required maxLength={80} placeholder="Brussels" aria-describedby={`${idPrefix}-place-hint`} />
      <p className="hint" id={`${idPrefix}-place-hint`}>
        {t('placeHint')}
      </p>
      <label htmlFor={`${idPrefix}-date`}>{t('date')}</label>
      <input {...field('date')} type="date" required />
      <label htmlFor={`${idPrefix}-format`}>{t('format')}</label>
      <select {...field('format')}>
        {SESSION_FORMATS.map((f) => (
          <option key={f} value={f}>
            {tf(f)}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-language`}>{t('language')}</label>
      <select {...field('language')} aria-describedby={`${idPrefix}-language-hint`}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <p className="hint" id={`${idPrefix}-language-hint`}>
        {t('languageHint')}
      </p>
      <ErrorMessage error={error} />
      <button type="submit" className="primary">
        {submit}
      </button>
      {saved && !clearTitleAfter && (
        <p role="status" className="hint">
          {t('saved')}
        </p>
      )}
    </form>
  );
}
