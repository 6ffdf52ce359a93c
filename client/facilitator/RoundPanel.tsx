import { useState } from 'react';
import { SESSION_FORMATS, FORMAT_LABELS, type SessionFormat } from '../../shared/protocol/vocabulary.js';
import { formatJoinCode } from '../../shared/protocol/limits.js';
import type { RoundView } from '../../shared/views.js';
import { createSession } from '../socket/commands.js';
import { facilitatorLink, type Credentials } from './credentials.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

interface Props {
  round: RoundView;
  credentials: Credentials;
  watchingId: string | null;
  onWatch(sessionId: string): void;
}

export function RoundPanel({ round, credentials, watchingId, onWatch }: Props) {
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [format, setFormat] = useState<SessionFormat>('roundtable');
  const [error, setError] = useState<string | null>(null);

  return (
    <section className="card round-panel" aria-labelledby="sessions-title">
      <details className="private-link">
        <summary>Private facilitator link (share only with co-facilitators)</summary>
        <input readOnly value={facilitatorLink(credentials)} aria-label="Private facilitator link" onFocus={(e) => e.target.select()} />
      </details>
      <h2 id="sessions-title">Sessions</h2>
      {round.sessions.length === 0 && <p className="empty">No sessions yet.</p>}
      <ul className="sessions">
        {round.sessions.map((s) => (
          <li key={s.id}>
            <button type="button" aria-pressed={s.id === watchingId} onClick={() => onWatch(s.id)}>
              <strong>{s.title}</strong> — {s.place}, {s.date}, {FORMAT_LABELS[s.format]} · code {formatJoinCode(s.joinCode)} · {s.contributions} contributions
            </button>
          </li>
        ))}
      </ul>
      <form
        className="new-session"
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          const ack = await createSession({ title, place, date, format });
          if (!ack.ok) {
            setError(ack.error.message);
            return;
          }
          setTitle('');
          onWatch(ack.sessionId);
        }}
      >
        <h3>New session</h3>
        <label htmlFor="session-title">Title</label>
        <input id="session-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
        <label htmlFor="session-place">Place</label>
        <input id="session-place" value={place} onChange={(e) => setPlace(e.target.value)} required maxLength={80} placeholder="Brussels" />
        <label htmlFor="session-date">Date</label>
        <input id="session-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        <label htmlFor="session-format">Format</label>
        <select id="session-format" value={format} onChange={(e) => setFormat(e.target.value as SessionFormat)}>
          {SESSION_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
        <ErrorMessage error={error} />
        <button type="submit" className="primary">
          Create session
        </button>
      </form>
    </section>
  );
}
