import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from '../store/index.js';
import { authenticateFacilitator } from '../socket/commands.js';
import { bindListeners, setConsoleRole, setEntry } from '../socket/listeners.js';
import { watchNetwork } from '../socket/network.js';
import { Console } from './Console.js';
import { forgetCredentials, readCredentials, rememberedSession, type Credentials } from './credentials.js';
import { KeepLinkDialog } from './KeepLinkDialog.js';
import { retryRateLimited } from './retry.js';
import { StartScreen, type LinkProblem } from './StartScreen.js';
import { watch } from './watch.js';

function initial(): { credentials: Credentials | null; problem: LinkProblem } {
  const reading = readCredentials();
  return reading.kind === 'ok' ? { credentials: reading.credentials, problem: null } : { credentials: null, problem: reading.kind === 'incomplete' ? 'incomplete' : null };
}

export default function FacilitatorApp() {
  const [{ credentials, problem }, setState] = useState(initial);
  const [justCreated, setJustCreated] = useState(false);
  const round = useStore((s) => s.round);
  const seenHash = useRef(window.location.hash);

  // A link pasted into the address bar of an open tab changes only the fragment.
  useEffect(() => {
    const changed = () => {
      seenHash.current = window.location.hash;
      const next = initial();
      if (credentials && next.credentials && next.credentials.key !== credentials.key) window.location.reload();
      else setState(next);
    };
    window.addEventListener('hashchange', changed);
    // A link pasted while the page was still starting, before this listener, would otherwise go unseen.
    if (window.location.hash !== seenHash.current) changed();
    return () => window.removeEventListener('hashchange', changed);
  }, [credentials]);

  useEffect(() => {
    if (!credentials) return;
    bindListeners();
    watchNetwork();
    setEntry('facilitator', async () => {
      const ack = await retryRateLimited(() => authenticateFacilitator(credentials.roundId, credentials.key));
      if (!ack.ok) {
        if (ack.error.code === 'wrong-facilitator-key' || ack.error.code === 'round-not-found' || ack.error.code === 'invalid-payload') {
          forgetCredentials();
          setState({ credentials: null, problem: 'wrong' });
        }
        return;
      }
      setConsoleRole(ack.access);
      useStore.setState({ round: ack.round, credentials, observerKey: ack.access === 'facilitator' ? ack.observerKey : null });
      const current = useStore.getState().watching?.session.id;
      const remembered = rememberedSession(credentials.roundId);
      const sessionId = current ?? (ack.round.sessions.some((s) => s.id === remembered) ? remembered : ack.round.sessions.at(-1)?.id);
      if (sessionId) await watch(sessionId);
    });
  }, [credentials]);

  const closeKeep = useCallback(() => setJustCreated(false), []);

  if (!credentials)
    return (
      <StartScreen
        problem={problem}
        onOpen={(c) => setState({ credentials: c, problem: null })}
        onCreated={(c) => {
          setJustCreated(true);
          setState({ credentials: c, problem: null });
        }}
      />
    );
  return (
    <>
      <Console credentials={credentials} round={round} startOnSetup={justCreated} />
      <KeepLinkDialog credentials={credentials} open={justCreated} onClose={closeKeep} />
    </>
  );
}
