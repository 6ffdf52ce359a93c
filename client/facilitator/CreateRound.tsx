import { useState } from 'react';
import type { Credentials } from './credentials.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

export function CreateRound({ onCreated }: { onCreated(c: Credentials): void }) {
  const [title, setTitle] = useState('Conversations on the Global Governance of Migration — Phase III');
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="page narrow">
      <h1>Start a round</h1>
      <p className="lede">A round holds the sessions of one series of Conversations. Creating it gives you a private facilitator link.</p>
      <form
        className="card"
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          const res = await fetch('/api/rounds', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title }) });
          const body = await res.json();
          if (!body.ok) {
            setError(body.error.message);
            return;
          }
          window.history.replaceState(null, '', body.facilitatorPath);
          onCreated({ roundId: body.roundId, key: body.facilitatorKey });
        }}
      >
        <label htmlFor="round-title">Round title</label>
        <input id="round-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
        <ErrorMessage error={error} />
        <button type="submit" className="primary">
          Create round
        </button>
      </form>
    </main>
  );
}
