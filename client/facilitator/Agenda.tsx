import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import type { FacilitatorQuestionView, FacilitatorSnapshot } from '../../shared/views.js';
import { isAnnexQuestion } from '../participant/annex.js';
import { addQuestion, reorderQuestions } from '../socket/commands.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { moveTo } from './agenda-logic.js';
import { QuestionDialog } from './QuestionDialog.js';
import { useReadOnly } from './read-only.js';
import type { AgendaActions } from './useAgenda.js';
import { useAction } from './useAction.js';

interface Props {
  snapshot: FacilitatorSnapshot;
  selected: string | null;
  onSelect(id: string): void;
  agenda: AgendaActions;
}

/** The questions in order: drag a row, press the arrow keys on its handle, or choose a position in its dialog. */
export function Agenda({ snapshot, selected, onSelect, agenda }: Props) {
  const t = useTranslations('console.agenda');
  const locale = useLocale();
  const sessionId = snapshot.session.id;
  const [draft, setDraft] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [dialogFor, setDialogFor] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { run, error } = useAction();
  const readOnly = useReadOnly();
  const ids = snapshot.questions.map((q) => q.id);

  const move = async (id: string, position: number) => {
    const order = moveTo(ids, id, position);
    if (order.join() === ids.join()) return;
    if (await run(() => reorderQuestions(sessionId, order))) setAnnouncement(t('moved', { position: order.indexOf(id) + 1, count: order.length }));
  };
  const dialogQuestion = snapshot.questions.find((q) => q.id === dialogFor) ?? null;
  let lastGroup: string | null | undefined;

  return (
    <section className="agenda column" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('title')}</h2>
      {(snapshot.session.language !== 'en' || locale !== 'en') && <p className="hint">{t('annexNote')}</p>}
      <ErrorMessage error={error ?? agenda.error} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ol className="questions">
        {snapshot.questions.map((q, index) => {
          const heading = q.group && q.group !== lastGroup ? <li key={`g-${index}`} className="group-heading">{q.group}</li> : null;
          lastGroup = q.group;
          return [
            heading,
            <QuestionRow
              key={q.id}
              q={q}
              number={index + 1}
              isCurrent={snapshot.currentQuestionId === q.id}
              isSelected={selected === q.id}
              isDropTarget={dropAt === index && dragged !== null && dragged !== q.id}
              readOnly={readOnly}
              onSelect={() => onSelect(q.id)}
              onOpen={() => agenda.open(q.id)}
              onClose={() => agenda.close(q.id)}
              onMore={() => setDialogFor(q.id)}
              onStep={(by) => move(q.id, index + by)}
              drag={{
                onDragStart: (e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', q.id);
                  setDragged(q.id);
                },
                onDragOver: (e) => {
                  e.preventDefault();
                  setDropAt(index);
                },
                onDrop: (e) => {
                  e.preventDefault();
                  const id = e.dataTransfer.getData('text/plain') || dragged;
                  setDragged(null);
                  setDropAt(null);
                  if (id) void move(id, index);
                },
                onDragEnd: () => {
                  setDragged(null);
                  setDropAt(null);
                },
              }}
            />,
          ];
        })}
      </ol>
      {!readOnly && (
        <form
          className="add-question"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => addQuestion(sessionId, draft))) setDraft('');
          }}
        >
          <label htmlFor="new-question">{t('add')}</label>
          <textarea id="new-question" rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} required maxLength={1000} dir="auto" />
          <button type="submit">{t('addButton')}</button>
        </form>
      )}
      {dialogQuestion && !readOnly && (
        <QuestionDialog
          question={dialogQuestion}
          number={ids.indexOf(dialogQuestion.id) + 1}
          count={ids.length}
          sessionId={sessionId}
          onMove={(position) => move(dialogQuestion.id, position)}
          onClose={() => setDialogFor(null)}
        />
      )}
    </section>
  );
}

interface RowProps {
  q: FacilitatorQuestionView;
  number: number;
  isCurrent: boolean;
  isSelected: boolean;
  isDropTarget: boolean;
  /** Opened with the observer link: the row shows the question, with nothing to change it. */
  readOnly: boolean;
  onSelect(): void;
  onOpen(): void;
  onClose(): void;
  onMore(): void;
  onStep(by: number): void;
  drag: Pick<React.HTMLAttributes<HTMLLIElement>, 'onDragStart' | 'onDragOver' | 'onDrop' | 'onDragEnd'>;
}

function QuestionRow({ q, number, isCurrent, isSelected, isDropTarget, readOnly, onSelect, onOpen, onClose, onMore, onStep, drag }: RowProps) {
  const t = useTranslations('console.agenda');
  const locale = useLocale();
  const annex = q.seeded && isAnnexQuestion(q.text);
  const status = q.status === 'open' ? t('open') : q.status === 'closed' ? t('closed') : t('pending');
  return (
    <li
      className={`question-row ${q.included ? '' : 'set-aside'} ${isCurrent ? 'current' : ''} ${isSelected ? 'selected' : ''} ${isDropTarget ? 'drop-target' : ''}`}
      draggable={!readOnly}
      data-question={q.id}
      {...(readOnly ? {} : drag)}
    >
      {!readOnly && (
        <button
          type="button"
          className="drag-handle"
          aria-label={t('drag', { number })}
          onKeyDown={(e) => {
            if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
              e.preventDefault();
              onStep(e.key === 'ArrowUp' ? -1 : 1);
            }
          }}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <div className="question-body">
        <button type="button" className="question-text" onClick={onSelect} aria-pressed={isSelected} lang={annex ? 'en' : undefined}>
          <span className="question-number">{number}.</span> {q.text}
        </button>
        <p className="meta">
          <span className={`badge status-${q.status}`}>{status}</span>
          {!q.included && <span className="badge">{t('setAsideBadge')}</span>}
          {annex && locale !== 'en' && <span className="badge">{t('annex')}</span>}
          <span>{t('stats', q.stats)}</span>
        </p>
      </div>
      {!readOnly && (
        <div className="row-actions">
          {q.status === 'open' ? (
            <button type="button" onClick={onClose}>
              {t('close')}
            </button>
          ) : (
            <button type="button" onClick={onOpen} disabled={!q.included}>
              {q.status === 'closed' ? t('reopen') : t('openAction')}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={t('more', { number })} onClick={onMore}>
            ⋯
          </button>
        </div>
      )}
    </li>
  );
}
