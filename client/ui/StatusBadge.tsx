import { useTranslations } from 'use-intl';
import { useStore } from '../store/index.js';

/** One short word on one line; what it means for the person is said where they write. */
export function StatusBadge() {
  const t = useTranslations('status');
  const status = useStore((s) => s.status);
  return (
    <span className={`status status-${status}`} role="status" aria-live="polite">
      {t(status)}
    </span>
  );
}
