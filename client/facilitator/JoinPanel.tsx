import { formatJoinCode, joinPath, projectorPath, qrCodePath } from '../../shared/protocol/limits.js';
import { useStore } from '../store/index.js';

export function JoinPanel({ joinCode }: { joinCode: string }) {
  const joinKey = useStore((s) => s.joinKeys[joinCode]);
  const url = `${window.location.origin}${joinPath(joinCode, joinKey)}`;
  return (
    <div className="join-panel">
      <p className="eyebrow">Join code</p>
      <p className="join-code" data-testid="join-code">
        {formatJoinCode(joinCode)}
      </p>
      <img src={qrCodePath(joinCode, joinKey)} alt={`QR code to join: ${url}`} width={160} height={160} />
      <p className="join-url">
        <a href={url}>{url}</a>
      </p>
      <p>
        <a href={projectorPath(joinCode, joinKey)} target="_blank" rel="noreferrer">
          Open the projector view
        </a>
      </p>
    </div>
  );
}
