import { useState } from 'react';
import type { Finding } from '../../shared/synthesis.js';
import { useStore } from '../store/index.js';
import { applyCuration } from '../socket/commands.js';
import { useAction } from './useAction.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

/** The live draft of the round's synthesis: numbered findings, each with its strength word and the numbers behind it. */
export function SynthesisPanel() {
  const synthesis = useStore((s) => s.synthesis);
  if (!synthesis) return null;
  const texts = new Map(synthesis.contributions.map((c) => [c.id, c.text]));
  return (
    <section className="card synthesis" aria-labelledby="synthesis-title">
      <h2 id="synthesis-title">Draft synthesis of the round</h2>
      <p className="hint">
        {synthesis.stats.contributions} contributions · {synthesis.stats.voters} voters · {synthesis.stats.votes} votes ·{' '}
        {synthesis.groups.length > 1 ? `${synthesis.groups.length} opinion groups` : 'no distinct opinion groups yet'}
      </p>
      {synthesis.findings.length === 0 ? (
        <p className="empty">No theme has enough support for a finding yet.</p>
      ) : (
        <ol className="findings">
          {synthesis.findings.map((f) => (
            <FindingItem key={f.themeId} finding={f} quotes={f.quotes.map((id) => texts.get(id) ?? '').filter(Boolean)} />
          ))}
        </ol>
      )}
      {synthesis.questionsForReflection.length > 0 && (
        <>
          <h3>Questions surfaced for further reflection</h3>
          <ul>
            {synthesis.questionsForReflection.map((q) => (
              <li key={q.contributionId}>{q.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FindingItem({ finding: f, quotes }: { finding: Finding; quotes: string[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const { run, error } = useAction();
  const s = f.strength;
  return (
    <li className="finding" data-testid="finding" data-theme={f.themeId}>
      <p className="eyebrow">{f.heading}</p>
      {editing === null ? (
        <p>{f.text}</p>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => applyCuration({ type: 'finding.edited', themeId: f.themeId, text: editing }))) setEditing(null);
          }}
        >
          <label htmlFor={`finding-${f.themeId}`}>Wording of finding {f.number}</label>
          <textarea id={`finding-${f.themeId}`} rows={3} value={editing} onChange={(e) => setEditing(e.target.value)} />
          <button type="submit">Save wording</button>
          <button type="button" onClick={() => setEditing(null)}>Cancel</button>
        </form>
      )}
      <p className="meta">
        <span className="badge">{s.word}</span>
        <span>
          {s.basis === 'votes' ? `${s.agree} agree, ${s.disagree} disagree, ${s.pass} pass of ${s.participants} participants` : `${s.contributions} contributions`}
        </span>
        {f.onlyIn && <span className="badge">only {'place' in f.onlyIn ? `in ${f.onlyIn.place}` : `by ${f.onlyIn.category}`}</span>}
        {f.edited && <span className="badge">your wording</span>}
      </p>
      {f.divides && <p className="hint">Divides: {f.divides}</p>}
      {quotes.length > 0 && (
        <details>
          <summary>Representative contributions</summary>
          <ul>
            {quotes.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </details>
      )}
      <ErrorMessage error={error} />
      <div className="row-actions">
        {editing === null && <button type="button" onClick={() => setEditing(f.text)}>Edit wording</button>}
        {f.edited && <button type="button" onClick={() => run(() => applyCuration({ type: 'finding.edited', themeId: f.themeId, text: null }))}>Back to the draft</button>}
      </div>
    </li>
  );
}
