import { formatJoinCode } from '../../shared/protocol/limits.js';

export function JoinPanel({ joinCode }: { joinCode: string }) {
  const url = `${window.location.origin}/join/${joinCode}`;
  return (
    <div className="join-panel">
      <p className="eyebrow">Join code</p>
      <p className="join-code" data-testid="join-code">
        {formatJoinCode(joinCode)}
      </p>
      <img src={`/api/qr/${joinCode}.svg`} alt={`QR code to join: ${url}`} width={160} height={160} />
      <p className="join-url">
        <a href={url}>{url}</a>
      </p>
      <p>
        <a href={`/projector/${joinCode}`} target="_blank" rel="noreferrer">
          Open the projector view
        </a>
      </p>
    </div>
  );
}
