import { useTranslations } from 'use-intl';
import { joinPath, projectorPath, qrCodePath } from '../../shared/protocol/limits.js';
import { useStore } from '../store/index.js';

export function JoinPanel({ joinCode }: { joinCode: string }) {
  const t = useTranslations('projector');
  const tb = useTranslations('console.bar');
  const joinKey = useStore((s) => s.joinKeys[joinCode]);
  const url = `${window.location.origin}${joinPath(joinCode, joinKey)}`;
  return (
    <div className="join-panel">
      <img src={qrCodePath(joinCode, joinKey)} alt={t('qr', { url })} width={140} height={140} />
      <p className="join-url">
        <a href={url}>{url}</a>
      </p>
      <p>
        <a href={projectorPath(joinCode, joinKey)} target="_blank" rel="noreferrer">
          {tb('projector')}
        </a>
      </p>
    </div>
  );
}
