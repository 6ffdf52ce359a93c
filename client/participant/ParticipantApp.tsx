import { useEffect, useState } from 'react';
import type { Refusal } from '../i18n/refusals.js';
import { useStore } from '../store/index.js';
import { fromSnapshot } from '../store/participant-reducers.js';
import { joinSession } from '../socket/commands.js';
import { phoneToken } from '../socket/identity.js';
import { bindListeners, clockOffset, retryWhenPaced, setEntry } from '../socket/listeners.js';
import { watchNetwork } from '../socket/network.js';
import { loadOutbox } from '../socket/outbox.js';
import { JoinScreen } from './JoinScreen.js';
import { readSavedSession, saveSession } from './saved-session.js';
import { SessionScreen } from './SessionScreen.js';

const rememberKey = (code: string) => `concert:joined:${code}`;
const SAVE_AFTER_MS = 400;

export function ParticipantApp({ initialCode }: { initialCode: string }) {
  const joined = useStore((s) => s.joined);
  const [error, setError] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  /** Shown from the phone's saved copy until the server answers. */
  const [restored, setRestored] = useState(false);
  /** Joined by the person just now (not a reload): focus goes to the question. */
  const [joinedByHand, setJoinedByHand] = useState(false);

  const join = (code: string, category: string | null, byHand: boolean) => {
    setBusy(true);
    setError(null);
    let first = true;
    setEntry('participant', async () => {
      const ack = await joinSession(code, phoneToken(), category);
      // Ended while this phone was away: it keeps what it has, marked as ended, to look back at.
      if (!ack.ok && ack.error.code === 'session-ended' && useStore.getState().agenda) {
        useStore.setState((s) => ({ agenda: s.agenda && { ...s.agenda, session: { ...s.agenda.session, status: { state: 'ended' } } } }));
        setBusy(false);
        return;
      }
      if (!ack.ok) {
        const retry = retryWhenPaced(ack.error);
        if (first && ack.error.code !== 'unavailable') {
          setError(ack.error);
          if (!retry) setRestored(false);
        }
        // Paced: this device tries again by itself after the wait the server named.
        if (retry) return retry;
        setBusy(false);
        return;
      }
      first = false;
      localStorage.setItem(rememberKey(code), JSON.stringify({ category }));
      if (window.location.pathname !== `/join/${code}`) window.history.replaceState(null, '', `/join/${code}${window.location.search}`);
      if (!useStore.getState().joined) loadOutbox(code);
      useStore.setState({
        ...fromSnapshot(ack.snapshot),
        joined: { joinCode: code, sessionId: ack.snapshot.session.id },
        clockOffsetMs: clockOffset(ack.snapshot.serverNow),
      });
      setJoinedByHand(byHand);
      setRestored(false);
      setBusy(false);
    });
  };

  useEffect(() => {
    bindListeners();
    watchNetwork();
    const remembered = initialCode && localStorage.getItem(rememberKey(initialCode));
    if (!remembered) return;
    const saved = readSavedSession(initialCode);
    if (saved) {
      loadOutbox(initialCode);
      useStore.setState(saved);
      setRestored(true);
    }
    join(initialCode, (JSON.parse(remembered) as { category: string | null }).category, false);
  }, []);

  // Keeps a copy of what the phone sees, for a reload without a network.
  useEffect(() => {
    if (!joined) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.agenda === prev.agenda && s.contributions === prev.contributions && s.postedTo === prev.postedTo) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => saveSession(joined.joinCode, useStore.getState()), SAVE_AFTER_MS);
    });
    saveSession(joined.joinCode, useStore.getState());
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [joined?.joinCode]);

  if (joined || restored) return <SessionScreen focusQuestion={joinedByHand} savedCopy={restored && !joined} />;
  return <JoinScreen initialCode={initialCode} error={error} busy={busy} onJoin={(code, category) => join(code, category, true)} />;
}
