import { useState } from 'react';
import { normaliseText, rawTextLimit, visibleLength } from '../../shared/protocol/characters.js';
import { LIMITS } from '../../shared/protocol/limits.js';
import { useStore } from '../store/index.js';
import { newOpId } from '../socket/identity.js';
import { enqueue } from '../socket/outbox.js';

export function Composer({ questionId }: { questionId: string }) {
  const [text, setText] = useState('');
  const [quotable, setQuotable] = useState(false);
  const status = useStore((s) => s.status);
  // Counted as the server counts: characters as the person sees them (👩‍🌾 is one).
  const left = LIMITS.contributionText - visibleLength(normaliseText(text));
  const blank = text.trim().length === 0;

  return (
    <form
      className="composer card"
      onSubmit={(e) => {
        e.preventDefault();
        if (blank || left < 0) return;
        enqueue({ opId: newOpId(), kind: 'post', questionId, text: text.trim(), quotable, state: 'pending' });
        setText('');
        setQuotable(false);
      }}
    >
      <label htmlFor="contribution">Your contribution</label>
      <textarea id="contribution" value={text} onChange={(e) => setText(e.target.value)} rows={4} maxLength={rawTextLimit(LIMITS.contributionText)} />
      <p className={`counter ${left < 50 ? 'low' : ''}`} aria-live="polite">
        {left} of {LIMITS.contributionText} characters left
      </p>
      <label className="check">
        <input type="checkbox" checked={quotable} onChange={(e) => setQuotable(e.target.checked)} />
        Quotable with attribution (only your role, sector and this place, never your name)
      </label>
      <button type="submit" className="primary" disabled={blank}>
        {status === 'online' ? 'Post' : 'Post when back online'}
      </button>
    </form>
  );
}
