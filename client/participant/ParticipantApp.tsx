import { useEffect, useState } from 'react';
import { useStore } from '../store/index.js';
import { fromSnapshot } from '../store/participant-reducers.js';
import { joinSession } from '../socket/commands.js';
import { phoneToken } from '../socket/identity.js';
import { bindListeners, clockOffset, retryWhenPaced, setEntry } from '../socket/listeners.js';
import { loadOutbox } from '../socket/outbox.js';
import { JoinScreen } from './JoinScreen.js';
import { SessionScreen } from './SessionScreen.js';

const rememberKey = (code: string) => `concert:joined:${code}`;

export function ParticipantApp({ initialCode }: { initialCode: string }) {
  const joined = useStore((s) => s.joined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const join = (code: string, category: string | null) => {
    setBusy(true);
    setError(null);
    let first = true;
    setEntry(async () => {
      const ack = await joinSession(code, phoneToken(), category);
      if (!ack.ok) {
        const retry = retryWhenPaced(ack.error);
        if (retry) {
          if (first) setError(retry.message);
          return retry;
        }
        if (first) setError(ack.error.message);
        setBusy(false);
        return;
      }
      first = false;
      localStorage.setItem(rememberKey(code), JSON.stringify({ category }));
      if (window.location.pathname !== `/join/${code}`) window.history.replaceState(null, '', `/join/${code}`);
      if (!useStore.getState().joined) loadOutbox(code);
      useStore.setState({
        ...fromSnapshot(ack.snapshot),
        joined: { joinCode: code, sessionId: ack.snapshot.session.id },
        clockOffsetMs: clockOffset(ack.snapshot.serverNow),
      });
      setBusy(false);
    });
  };

  useEffect(() => {
    bindListeners();
    const remembered = initialCode && localStorage.getItem(rememberKey(initialCode));
    if (remembered) join(initialCode, (JSON.parse(remembered) as { category: string | null }).category);
  }, []);

  if (!joined) return <JoinScreen initialCode={initialCode} error={error} busy={busy} onJoin={join} />;
  return <SessionScreen />;
}
