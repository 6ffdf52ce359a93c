import { useTranslations } from 'use-intl';
import { Dialog } from './Dialog.js';
import { SHORTCUTS } from './shortcuts.js';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useTranslations('console.shortcuts');
  return (
    <Dialog title={t('title')} open={open} onClose={onClose}>
      <p className="hint">{t('note')}</p>
      <dl className="shortcuts">
        {Object.entries(SHORTCUTS).map(([key, action]) => (
          <div key={key}>
            <dt>
              <kbd>{key.toUpperCase()}</kbd>
            </dt>
            <dd>{t(action)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
