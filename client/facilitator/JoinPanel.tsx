import { useTranslations } from 'use-intl';
import { useLocaleStore } from '../i18n/I18nRoot.js';

export function JoinPanel({ joinCode }: { joinCode: string }) {
  const t = useTranslations('projector');
  const tb = useTranslations('console.bar');
  const locale = useLocaleStore((s) => s.locale);
  const url = `${window.location.origin}/join/${joinCode}`;
  return (
    <div className="join-panel">
      <img src={`/api/qr/${joinCode}.svg`} alt={t('qr', { url })} width={140} height={140} />
      <p className="join-url">
        <a href={url}>{url}</a>
      </p>
      <p>
        <a href={`/projector/${joinCode}?lang=${locale}`} target="_blank" rel="noreferrer">
          {tb('projector')}
        </a>
      </p>
    </div>
  );
}
