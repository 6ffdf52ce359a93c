import { useState } from 'react';
import type { FacilitatorQuestionView, FacilitatorSnapshot } from '../../shared/views.js';
import { addQuestion, closeQuestion, editQuestion, includeQuestion, openQuestion, reorderQuestions } from '../socket/commands.js';
import { useAction } from './useAction.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

interface Props {
  snapshot: FacilitatorSnapshot;
  selected: string | null;
  onSelect(id: string): void;
}

export function Agenda({ snapshot, selected, onSelect }: Props) {
  const sessionId = snapshot.session.id;
  const [draft, setDraft] = useState('');
  const { run, error } = useAction();
  const ids = snapshot.questions.map((q) => q.id);
  const move = (index: number, by: number) => {
    const order = ids.slice();
    const [id] = order.splice(index, 1);
    order.splice(index + by, 0, id);
    return run(() => reorderQuestions(sessionId, order));
  };
  let lastGroup: string | null | undefined;

  return (
    <section className="agenda" aria-labelledby="agenda-title">
      <h3 id="agenda-title">Questions</h3>
      <ErrorMessage error={error} />
      <ol className="questions">
        {snapshot.questions.map((q, index) => {
          const heading = q.group !== lastGroup && q.group ? <li className="group-heading" aria-hidden="false">{q.group}</li> : null;
          lastGroup = q.group;
          return [
            heading,
            <QuestionRow
              key={q.id}
              q={q}
              isCurrent={snapshot.currentQuestionId === q.id}
              isSelected={selected === q.id}
              onSelect={() => onSelect(q.id)}
              onOpen={() => run(() => openQuestion(sessionId, q.id))}
              onClose={() => run(() => closeQuestion(sessionId, q.id))}
              onInclude={(included) => run(() => includeQuestion(sessionId, q.id, included))}
              onEdit={(text) => run(() => editQuestion(sessionId, q.id, text))}
              onUp={index > 0 ? () => move(index, -1) : undefined}
              onDown={index < ids.length - 1 ? () => move(index, 1) : undefined}
            />,
          ];
        })}
      </ol>
      <form
        className="add-question"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run(() => addQuestion(sessionId, draft))) setDraft('');
        }}
      >
        <label htmlFor="new-question">Add a question</label>
        <textarea id="new-question" rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} required maxLength={1000} />
        <button type="submit">Add question</button>
      </form>
    </section>
  );
}

interface RowProps {
  q: FacilitatorQuestionView;
  isCurrent: boolean;
  isSelected: boolean;
  onSelect(): void;
  onOpen(): void;
  onClose(): void;
  onInclude(included: boolean): void;
  onEdit(text: string): Promise<boolean>;
  onUp?: () => void;
  onDown?: () => void;
}

function QuestionRow({ q, isCurrent, isSelected, onSelect, onOpen, onClose, onInclude, onEdit, onUp, onDown }: RowProps) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <li className={`question-row ${q.included ? '' : 'set-aside'} ${isCurrent ? 'current' : ''} ${isSelected ? 'selected' : ''}`}>
      {editing === null ? (
        <button type="button" className="question-text" onClick={onSelect} aria-pressed={isSelected}>
          {q.text}
        </button>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await onEdit(editing)) setEditing(null);
          }}
        >
          <label className="visually-hidden" htmlFor={`edit-${q.id}`}>Edit question</label>
          <textarea id={`edit-${q.id}`} rows={3} value={editing} onChange={(e) => setEditing(e.target.value)} />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setEditing(null)}>Cancel</button>
        </form>
      )}
      <p className="meta">
        <span className={`badge status-${q.status}`}>{q.status}</span> {q.stats.contributions} contributions · {q.stats.votes} votes ·{' '}
        {q.stats.voters} voters
      </p>
      <div className="row-actions">
        {q.status === 'open' ? (
          <button type="button" onClick={onClose}>Close</button>
        ) : (
          <button type="button" onClick={onOpen}>{q.status === 'closed' ? 'Reopen' : 'Open'}</button>
        )}
        <button type="button" onClick={() => onInclude(!q.included)}>{q.included ? 'Set aside' : 'Use'}</button>
        <button type="button" onClick={() => setEditing(q.text)}>Edit</button>
        {onUp && <button type="button" aria-label="Move up" onClick={onUp}>↑</button>}
        {onDown && <button type="button" aria-label="Move down" onClick={onDown}>↓</button>}
      </div>
    </li>
  );
}
