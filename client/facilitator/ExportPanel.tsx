import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { EXPORT_FORMATS, type ExportFormatId } from '../../shared/exports.js';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/languages.js';
import type { RoundView } from '../../shared/views.js';
import type { Refusal } from '../i18n/refusals.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import type { Credentials } from './credentials.js';
import { downloadExport } from './download.js';

/** The language a document is written in unless the facilitator picks another: the session's, for the round its first session's. */
function defaultLanguage(round: RoundView, scope: string): Language {
  const session = scope ? round.sessions.find((s) => s.id === scope) : round.sessions[0];
  return session?.language ?? DEFAULT_LANGUAGE;
}

/** One button per format, for the whole round or one of its sessions, in the language chosen; the file downloads in the browser. */
export function ExportPanel({ round, credentials }: { round: RoundView; credentials: Credentials }) {
  const t = useTranslations('console.exports');
  const [scope, setScope] = useState<string>('');
  const [chosen, setChosen] = useState<Language | null>(null);
  const language = chosen ?? defaultLanguage(round, scope);
  const [busy, setBusy] = useState<ExportFormatId | null>(null);
  const [error, setError] = useState<Refusal | null>(null);

  const run = async (format: ExportFormatId) => {
    setBusy(format);
    setError(await downloadExport(credentials, format, scope || null, language));
    setBusy(null);
  };

  return (
    <section className="column exports" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('title')}</h2>
      <label htmlFor="export-scope">{t('cover')}</label>
      <select
        id="export-scope"
        value={scope}
        onChange={(e) => {
          setScope(e.target.value);
          setChosen(null);
        }}
      >
        <option value="">{t('whole', { count: round.sessions.length })}</option>
        {round.sessions.map((s) => (
          <option key={s.id} value={s.id}>
            {t('session', { title: s.title, place: s.place })}
          </option>
        ))}
      </select>
      <label htmlFor="export-language">{t('language')}</label>
      <select id="export-language" value={language} aria-describedby="export-language-hint" onChange={(e) => isLanguage(e.target.value) && setChosen(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <p className="hint" id="export-language-hint">
        {t('languageHint')}
      </p>
      <div className="export-buttons">
        {EXPORT_FORMATS.map((f) => (
          <button key={f.id} type="button" data-format={f.id} disabled={busy !== null} aria-busy={busy === f.id} onClick={() => run(f.id)}>
            {busy === f.id ? t('preparing') : t(`formats.${f.id}`)}
          </button>
        ))}
      </div>
      <p className="hint">{t('hint')}</p>
      <ErrorMessage error={error} />
    </section>
  );
}
