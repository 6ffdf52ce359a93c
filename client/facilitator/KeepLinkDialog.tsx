import { useTranslations } from 'use-intl';
import { CopyField } from './CopyField.js';
import { consoleLink, type Credentials } from './credentials.js';
import { Dialog } from './Dialog.js';

/** Shown once, when the round is created: the link is the only key, and nobody can send it again. */
export function KeepLinkDialog({ credentials, open, onClose }: { credentials: Credentials; open: boolean; onClose(): void }) {
  const t = useTranslations('console.keep');
  const ts = useTranslations('console.setup');
  return (
    <Dialog title={t('title')} open={open} onClose={onClose}>
      <p className="warning">{t('warning')}</p>
      <CopyField label={ts('link')} value={consoleLink(credentials)} copyLabel={t('copy')} copiedLabel={t('copied')} />
      <button type="button" className="primary" onClick={onClose}>
        {t('done')}
      </button>
    </Dialog>
  );
}
