import { useFormatter, useLocale, useTranslations } from 'use-intl';
import { isLanguage } from '../../shared/languages.js';
import { formatJoinCode } from '../../shared/protocol/limits.js';
import type { RoundView } from '../../shared/views.js';
import { useStore } from '../store/index.js';
import { createSession, updateSession } from '../socket/commands.js';
import { CopyField } from './CopyField.js';
import { consoleLink, type Credentials } from './credentials.js';
import { useReadOnly } from './read-only.js';
import { SessionForm } from './SessionForm.js';
import { TagsEditor } from './TagsEditor.js';
import { watch } from './watch.js';

/**
 * Sessions of the round (watch one, create one, correct one), the round's tags, its private link and its
 * read-only link. Opened with the read-only link: the sessions to watch and that link, nothing else.
 */
export function SetupPanel({ round, credentials, onWatched }: { round: RoundView; credentials: Credentials; onWatched(): void }) {
  const t = useTranslations('console.setup');
  const tf = useTranslations('formats');
  const format = useFormatter();
  const locale = useLocale();
  const watching = useStore((s) => s.watching);
  const observerKey = useStore((s) => s.observerKey);
  const readOnly = useReadOnly();
  const today = new Date().toISOString().slice(0, 10);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00`), { dateStyle: 'medium' });

  return (
    <div className="setup-grid">
      <section className="column" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('sessions')}</h2>
        {round.sessions.length === 0 && <p className="empty">{t('none')}</p>}
        <ul className="sessions">
          {round.sessions.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                aria-pressed={s.id === watching?.session.id}
                onClick={async () => {
                  await watch(s.id);
                  onWatched();
                }}
              >
                <strong>{s.title}</strong> — {t('summary', { place: s.place, date: date(s.date), format: tf(s.format), code: formatJoinCode(s.joinCode), count: s.contributions })}
              </button>
            </li>
          ))}
        </ul>
        {!readOnly && (
          <>
            <h3>{t('newSession')}</h3>
            <SessionForm
              idPrefix="session"
              initial={{ title: '', place: '', date: today, format: 'roundtable', language: isLanguage(locale) ? locale : 'en' }}
              submit={t('create')}
              clearTitleAfter
              onSubmit={async (details) => {
                const ack = await createSession(details);
                if (!ack.ok) return ack.error;
                await watch(ack.sessionId);
                onWatched();
                return null;
              }}
            />
          </>
        )}
      </section>
      <section className="column" aria-labelledby="details-title">
        {watching && !readOnly && (
          <>
            <h2 id="details-title">{t('details')}</h2>
            <SessionForm
              key={[watching.session.id, watching.session.title, watching.session.place, watching.session.date, watching.session.format, watching.session.language].join('|')}
              idPrefix="details"
              initial={{ title: watching.session.title, place: watching.session.place, date: watching.session.date, format: watching.session.format, language: watching.session.language }}
              submit={t('save')}
              onSubmit={async (details) => {
                const ack = await updateSession(watching.session.id, details);
                return ack.ok ? null : ack.error;
              }}
            />
          </>
        )}
      </section>
      <section className="column" aria-label={t('tags')}>
        {!readOnly && (
          <>
            <CopyField label={t('link')} value={consoleLink(credentials)} copyLabel={t('copy')} copiedLabel={t('copied')} />
            <p className="hint">{t('linkHint')}</p>
          </>
        )}
        {(readOnly || observerKey) && (
          <>
            <CopyField
              label={t('observerLink')}
              value={consoleLink(readOnly ? credentials : { roundId: credentials.roundId, key: observerKey! })}
              copyLabel={t('copy')}
              copiedLabel={t('copied')}
            />
            <p className="hint">{t('observerHint')}</p>
          </>
        )}
        {watching && !readOnly && <TagsEditor tagSet={watching.tagSet} />}
      </section>
    </div>
  );
}
