import { useState } from 'react';
import categories from '../../shared/data/participant-categories.json';
import { formatJoinCode, normaliseJoinCode } from '../../shared/protocol/limits.js';
import { ChathamNotice } from './ChathamNotice.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

interface Props {
  initialCode: string;
  error: string | null;
  busy: boolean;
  onJoin(code: string, category: string | null): void;
}

export function JoinScreen({ initialCode, error, busy, onJoin }: Props) {
  const [code, setCode] = useState(initialCode ? formatJoinCode(normaliseJoinCode(initialCode)) : '');
  const [category, setCategory] = useState('');
  return (
    <main className="page narrow">
      <h1>Join the conversation</h1>
      <ChathamNotice />
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          onJoin(normaliseJoinCode(code), category || null);
        }}
      >
        <label htmlFor="join-code">Join code</label>
        <input id="join-code" value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" autoComplete="off" required />
        <label htmlFor="category">How would you describe yourself? (optional)</label>
        <select id="category" value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">Prefer not to say</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <p className="hint">Used only for counts of at least three people, and to label a contribution you choose to have quoted.</p>
        <ErrorMessage error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </form>
    </main>
  );
}
