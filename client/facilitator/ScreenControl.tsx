import { useTranslations } from 'use-intl';
import { modeNeedsTallies, PROJECTOR_MODES } from '../../shared/protocol/vocabulary.js';
import type { FacilitatorSnapshot } from '../../shared/views.js';
import { showOnProjector } from '../socket/commands.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { useAction } from './useAction.js';

/** What the room's screen shows: the question, the broadest agreement, the draft findings or the opinion map. */
export function ScreenControl({ snapshot }: { snapshot: FacilitatorSnapshot }) {
  const t = useTranslations('console.screen');
  const { run, error } = useAction();
  const { settings, projector } = snapshot;
  const held = modeNeedsTallies(projector) && !(settings.talliesRevealed || settings.tallies === 'always');
  return (
    <fieldset className="screen-control">
      <legend>{t('legend')}</legend>
      {PROJECTOR_MODES.map((mode) => (
        <label key={mode} className="check">
          <input type="radio" name="projector-mode" value={mode} checked={projector === mode} onChange={() => run(() => showOnProjector(snapshot.session.id, mode))} />
          {t(mode)}
        </label>
      ))}
      {held && (
        <p className="hint" role="status">
          {t('needsTallies')}
        </p>
      )}
      <ErrorMessage error={error} />
    </fieldset>
  );
}
