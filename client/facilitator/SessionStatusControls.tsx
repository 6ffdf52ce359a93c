import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { FacilitatorSnapshot } from '../../shared/views.js';
import { endSession, lockSession } from '../socket/commands.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { Dialog } from './Dialog.js';
import { useAction } from './useAction.js';

/** Lock the room's contributions (votes and tags as chosen), unlock them, or end the session for good. */
export function SessionStatusControls({ snapshot }: { snapshot: FacilitatorSnapshot }) {
  const t = useTranslations('console.status');
  const { run, error } = useAction();
  const [votes, setVotes] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const sessionId = snapshot.session.id;
  const status = snapshot.session.status;

  if (status.state === 'ended') {
    return (
      <fieldset>
        <legend>{t('legend')}</legend>
        <p className="hint" data-testid="console-status">
          {t('endedNote')}
        </p>
      </fieldset>
    );
  }
  return (
    <fieldset>
      <legend>{t('legend')}</legend>
      <ErrorMessage error={error} />
      <p className="hint" data-testid="console-status">
        {status.state === 'locked' ? (status.votes ? t('lockedVotes') : t('lockedNoVotes')) : t('open')}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={status.state === 'locked' ? status.votes : votes}
          onChange={(e) => {
            setVotes(e.target.checked);
            // While locked, the choice applies at once.
            if (status.state === 'locked') void run(() => lockSession(sessionId, true, e.target.checked));
          }}
        />
        {t('votesWhileLocked')}
      </label>
      <div className="row-actions">
        {status.state === 'locked' ? (
          <button type="button" onClick={() => run(() => lockSession(sessionId, false, true))}>
            {t('unlock')}
          </button>
        ) : (
          <button type="button" onClick={() => run(() => lockSession(sessionId, true, votes))}>
            {t('lock')}
          </button>
        )}
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('end')}
        </button>
      </div>
      <Dialog title={t('endTitle')} open={confirming} onClose={() => setConfirming(false)}>
        <p>{t('endConfirm')}</p>
        <div className="row-actions">
          <button
            type="button"
            className="danger"
            onClick={async () => {
              await run(() => endSession(sessionId));
              setConfirming(false);
            }}
          >
            {t('endYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('endNo')}
          </button>
        </div>
      </Dialog>
    </fieldset>
  );
}
