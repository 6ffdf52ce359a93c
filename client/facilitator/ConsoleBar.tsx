import { useTranslations } from 'use-intl';
import { formatJoinCode, projectorPath } from '../../shared/protocol/limits.js';
import type { RoundView } from '../../shared/views.js';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';
import { useStore } from '../store/index.js';
import { Countdown } from '../ui/Countdown.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { useReadOnly } from './read-only.js';
import type { AgendaActions } from './useAgenda.js';
import { watch } from './watch.js';

/** Always in view: which session, its join code, who is here, the current question and its countdown. */
export function ConsoleBar({ round, agenda, onHelp }: { round: RoundView | null; agenda: AgendaActions; onHelp(): void }) {
  const t = useTranslations('console.bar');
  const te = useTranslations('console');
  const readOnly = useReadOnly();
  const w = useStore((s) => s.watching);
  const joinKey = useStore((s) => (w ? s.joinKeys[w.session.joinCode] : undefined));
  const current = w?.questions.find((q) => q.id === w.currentQuestionId) ?? null;
  const totals = (w?.questions ?? []).reduce((sum, q) => ({ contributions: sum.contributions + q.stats.contributions, votes: sum.votes + q.stats.votes }), { contributions: 0, votes: 0 });

  return (
    <header className="console-bar">
      <div className="bar-row">
        <div className="bar-identity">
          <h1 className="eyebrow">
            {readOnly ? te('eyebrowObserver') : te('eyebrow')} · {round?.title ?? te('loadingRound')}
          </h1>
          {round && round.sessions.length > 0 ? (
            <>
              <label htmlFor="bar-session" className="visually-hidden">
                {t('session')}
              </label>
              <select id="bar-session" className="session-select" value={w?.session.id ?? ''} onChange={(e) => void watch(e.target.value)}>
                {!w && <option value="">…</option>}
                {round.sessions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title} — {s.place}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <p className="hint">{t('noSession')}</p>
          )}
        </div>
        {w && (
          <div className="bar-code">
            <span className="eyebrow">{t('code')}</span>
            <span className="join-code" data-testid="join-code">
              {formatJoinCode(w.session.joinCode)}
            </span>
            {w.session.status.state !== 'open' && (
              <span className="status-badge" data-testid="bar-status">
                {w.session.status.state === 'ended' ? te('status.endedBadge') : te('status.lockedBadge')}
              </span>
            )}
          </div>
        )}
        {w && (
          <p className="bar-counts">
            <span data-testid="connected">{t('connected', { count: w.connected })}</span>
            <span>{t('contributions', { count: totals.contributions })}</span>
            <span>{t('votes', { count: totals.votes })}</span>
          </p>
        )}
        <div className="bar-tools">
          <StatusBadge />
          {w && (
            <a href={projectorPath(w.session.joinCode, joinKey)} target="_blank" rel="noreferrer">
              {t('projector')}
            </a>
          )}
          <button type="button" onClick={onHelp} aria-keyshortcuts="?">
            {t('shortcuts')}
          </button>
          <LanguageSwitcher />
        </div>
      </div>
      {readOnly && (
        <p className="hint read-only-notice" data-testid="read-only-notice">
          {te('readOnly')}
        </p>
      )}
      {w && (
        <div className="bar-row bar-current">
          <div className="bar-question">
            <span className="eyebrow">{t('current')}</span>
            <p className="current-text" dir="auto" data-testid="current-question">
              {current?.text ?? t('none')}
            </p>
          </div>
          {current?.status === 'open' && !readOnly && (
            <button type="button" onClick={() => agenda.closeCurrent()} aria-keyshortcuts="C">
              {te('agenda.close')}
            </button>
          )}
          <Countdown countdown={w.countdown} currentQuestionId={w.currentQuestionId} />
          <ErrorMessage error={agenda.error} />
        </div>
      )}
    </header>
  );
}
