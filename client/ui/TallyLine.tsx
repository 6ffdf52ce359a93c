import { useTranslations } from 'use-intl';
import type { Tally } from '../../shared/views.js';

export function TallyLine({ tally }: { tally: Tally }) {
  const t = useTranslations('tally');
  const total = tally.agree + tally.disagree + tally.pass;
  return (
    <div className="tally">
      <p>
        <span className="t-agree">{t('agree', { count: tally.agree })}</span> · <span className="t-disagree">{t('disagree', { count: tally.disagree })}</span> ·{' '}
        <span className="t-pass">{t('pass', { count: tally.pass })}</span>
      </p>
      {total > 0 && (
        <span className="bar" aria-hidden="true">
          <span style={{ width: `${(100 * tally.agree) / total}%` }} className="bar-agree" />
          <span style={{ width: `${(100 * tally.disagree) / total}%` }} className="bar-disagree" />
        </span>
      )}
    </div>
  );
}
