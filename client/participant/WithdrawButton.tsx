import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Refusal } from '../i18n/refusals.js';
import { useStore } from '../store/index.js';
import { withoutContributions } from '../store/participant-reducers.js';
import { withdrawContribution } from '../socket/commands.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

/** Takes one of this phone's contributions back, after asking once; it then leaves every screen. */
export function WithdrawButton({ contributionId }: { contributionId: string }) {
  const t = useTranslations('contribution');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);

  const withdraw = async () => {
    setBusy(true);
    const ack = await withdrawContribution(contributionId);
    setBusy(false);
    if (!ack.ok) {
      setError(ack.error);
      setAsking(false);
      return;
    }
    useStore.setState((s) => ({ ...withoutContributions(s, [contributionId]), notice: 'withdrawn' }));
    document.getElementById('contribution')?.focus();
  };

  return (
    <div className="withdraw">
      {error && <ErrorMessage error={error} context="withdraw" />}
      {asking ? (
        <div className="confirm" role="group" aria-label={t('withdraw')}>
          <p>{t('withdrawConfirm')}</p>
          <div className="row-actions">
            <button type="button" className="danger" disabled={busy} onClick={() => void withdraw()}>
              {t('withdrawYes')}
            </button>
            <button type="button" onClick={() => setAsking(false)} autoFocus>
              {t('withdrawNo')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setError(null);
            setAsking(true);
          }}
        >
          {t('withdraw')}
        </button>
      )}
    </div>
  );
}
