import { useEffect, useState } from 'react';
import { formatJoinCode, joinPath, qrCodePath, normaliseJoinCode } from '../../shared/protocol/limits.js';
import { useStore } from '../store/index.js';
import { watchProjector } from '../socket/commands.js';
import { bindListeners, clockOffset, retryWhenPaced, setEntry } from '../socket/listeners.js';
import { Countdown } from '../ui/Countdown.js';
import { TallyLine } from '../ui/TallyLine.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

export default function ProjectorApp({ joinCode }: { joinCode: string }) {
  const code = normaliseJoinCode(joinCode);
  const snapshot = useStore((s) => s.projector);
  const joinKey = useStore((s) => s.joinKeys[code]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    bindListeners();
    setEntry(async () => {
      const ack = await watchProjector(code);
      if (!ack.ok) {
        const retry = retryWhenPaced(ack.error);
        setError(retry?.message ?? ack.error.message);
        return retry;
      }
      setError(null);
      useStore.setState({ projector: ack.snapshot, clockOffsetMs: clockOffset(ack.snapshot.serverNow) });
    });
  }, [code]);

  if (error) return <main className="page projector"><ErrorMessage error={error} /></main>;
  if (!snapshot) return <main className="page projector"><p>Connecting…</p></main>;
  const joinUrl = `${window.location.origin}${joinPath(code, joinKey)}`;
  return (
    <main className="page projector">
      <header className="projector-header">
        <div>
          <p className="eyebrow">{snapshot.session.place} · Chatham House rule</p>
          <h1>{snapshot.session.title}</h1>
        </div>
        <div className="projector-join">
          <img src={qrCodePath(code, joinKey)} alt={`QR code to join: ${joinUrl}`} width={180} height={180} />
          <p>
            Join at <strong>{window.location.host}/join</strong> with code <strong className="join-code" data-testid="join-code">{formatJoinCode(code)}</strong>
          </p>
        </div>
      </header>
      <Countdown countdown={snapshot.countdown} />
      <section aria-label="Current question">
        <h2 className="projector-question">{snapshot.question?.text ?? 'Waiting for the first question'}</h2>
      </section>
      <p className="projector-counts" data-testid="projector-counts">
        {snapshot.counts.connected} connected · {snapshot.counts.contributions} contributions · {snapshot.counts.votes} votes
      </p>
      {snapshot.top.length > 0 && (
        <section aria-labelledby="top-title">
          <h2 id="top-title">Broadest agreement so far</h2>
          <ol className="top">
            {snapshot.top.map((c) => (
              <li key={c.id}>
                <p>{c.text}</p>
                <TallyLine tally={c.tally} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
