import { useFormatter, useTranslations } from 'use-intl';
import type { FacilitatorSnapshot } from '../../shared/views.js';
import { updateSettings } from '../socket/commands.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import type { TimerForm } from './Console.js';
import type { AgendaActions } from './useAgenda.js';
import { SessionStatusControls } from './SessionStatusControls.js';
import { ScreenControl } from './ScreenControl.js';
import { useAction } from './useAction.js';

export function SessionControls({ snapshot, agenda, timer, onTimer }: { snapshot: FacilitatorSnapshot; agenda: AgendaActions; timer: TimerForm; onTimer(t: TimerForm): void }) {
  const t = useTranslations('console.controls');
  const tc = useTranslations('categories');
  const format = useFormatter();
  const sessionId = snapshot.session.id;
  const { settings } = snapshot;
  const { run, error } = useAction();
  const categories = Object.entries(snapshot.categories);

  return (
    <div className="controls">
      <ErrorMessage error={error} />
      {categories.length > 0 && (
        <p className="hint">{t('categories', { list: format.list(categories.map(([c, n]) => t('category', { category: tc.has(c as 'other') ? tc(c as 'other') : c, count: n }))) })}</p>
      )}
      <SessionStatusControls snapshot={snapshot} />
      <fieldset>
        <legend>{t('countdown')}</legend>
        <label htmlFor="countdown-minutes">{t('minutes')}</label>
        <input id="countdown-minutes" type="number" min="0.1" step="0.5" value={timer.minutes} onChange={(e) => onTimer({ ...timer, minutes: e.target.value })} />
        <label htmlFor="countdown-kind">{t('for')}</label>
        <select id="countdown-kind" value={timer.kind} onChange={(e) => onTimer({ ...timer, kind: e.target.value as TimerForm['kind'] })}>
          <option value="question">{t('question')}</option>
          <option value="speaker">{t('speaker')}</option>
        </select>
        <div className="row-actions">
          <button type="button" aria-keyshortcuts="T" onClick={() => agenda.startTimer(timer.kind, timer.minutes)}>
            {t('start')}
          </button>
          {snapshot.countdown && (
            <button type="button" aria-keyshortcuts="S" onClick={() => agenda.stopTimer()}>
              {t('stop')}
            </button>
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings')}</legend>
        <label htmlFor="visibility">{t('visibility')}</label>
        <select id="visibility" value={settings.visibility} onChange={(e) => run(() => updateSettings(sessionId, { visibility: e.target.value as 'immediate' | 'after-posting' }))}>
          <option value="immediate">{t('immediate')}</option>
          <option value="after-posting">{t('afterPosting')}</option>
        </select>
        <label htmlFor="tallies">{t('tallies')}</label>
        <select id="tallies" value={settings.tallies} onChange={(e) => run(() => updateSettings(sessionId, { tallies: e.target.value as 'never' | 'after-voting' | 'always' }))}>
          <option value="never">{t('never')}</option>
          <option value="after-voting">{t('afterVoting')}</option>
          <option value="always">{t('always')}</option>
        </select>
        <button type="button" aria-pressed={settings.talliesRevealed} onClick={() => run(() => updateSettings(sessionId, { talliesRevealed: !settings.talliesRevealed }))}>
          {settings.talliesRevealed ? t('hideAgain') : t('reveal')}
        </button>
      </fieldset>
      <ScreenControl snapshot={snapshot} />
    </div>
  );
}
