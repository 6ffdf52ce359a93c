import { useEffect, useState } from 'react';
import { useStore } from '../store/index.js';
import { authenticateFacilitator, watchSession } from '../socket/commands.js';
import { bindListeners, clockOffset, setEntry } from '../socket/listeners.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { CreateRound } from './CreateRound.js';
import { readCredentials, type Credentials } from './credentials.js';
import { RoundPanel } from './RoundPanel.js';
import { LiveSession } from './LiveSession.js';
import { SynthesisPanel } from './SynthesisPanel.js';
import { ExportPanel } from './ExportPanel.js';
import { ThemesPanel } from './ThemesPanel.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

export default function FacilitatorApp() {
  const [credentials, setCredentials] = useState<Credentials | null>(() => readCredentials());
  const [error, setError] = useState<string | null>(null);
  const round = useStore((s) => s.round);
  const watching = useStore((s) => s.watching);

  useEffect(() => {
    if (!credentials) return;
    bindListeners();
    setEntry(async () => {
      const ack = await authenticateFacilitator(credentials.roundId, credentials.key);
      if (!ack.ok) {
        setError(ack.error.message);
        return;
      }
      useStore.setState({ round: ack.round, credentials });
      const sessionId = useStore.getState().watching?.session.id;
      if (sessionId) await watch(sessionId);
    });
  }, [credentials]);

  if (!credentials) return <CreateRound onCreated={setCredentials} />;
  return (
    <main className="page facilitator">
      <header className="session-header">
        <div>
          <p className="eyebrow">Facilitator</p>
          <h1>{round?.title ?? 'Loading round…'}</h1>
        </div>
        <StatusBadge />
      </header>
      <ErrorMessage error={error} />
      {round && <RoundPanel round={round} credentials={credentials} watchingId={watching?.session.id ?? null} onWatch={watch} />}
      {watching && <LiveSession snapshot={watching} />}
      <SynthesisPanel />
      <ThemesPanel />
      {round && <ExportPanel round={round} credentials={credentials} />}
    </main>
  );
}

export async function watch(sessionId: string): Promise<void> {
  const ack = await watchSession(sessionId);
  if (ack.ok) useStore.setState({ watching: ack.snapshot, clockOffsetMs: clockOffset(ack.snapshot.serverNow) });
}
