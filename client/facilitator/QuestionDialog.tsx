import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { FacilitatorQuestionView } from '../../shared/views.js';
import { editQuestion, includeQuestion } from '../socket/commands.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { Dialog } from './Dialog.js';
import { useAction } from './useAction.js';

interface Props {
  question: FacilitatorQuestionView;
  number: number;
  count: number;
  sessionId: string;
  onMove(position: number): Promise<void>;
  onClose(): void;
}

/** A question's less frequent actions: reword it, set it aside or use it, move it to a position. */
export function QuestionDialog({ question, number, count, sessionId, onMove, onClose }: Props) {
  const t = useTranslations('console.agenda');
  const td = useTranslations('console.dialog');
  const [text, setText] = useState(question.text);
  const [position, setPosition] = useState(String(number));
  const { run, error } = useAction();
  const [open, setOpen] = useState(true);
  const done = () => setOpen(false);
  return (
    <Dialog title={t('actionsTitle', { number })} open={open} onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run(() => editQuestion(sessionId, question.id, text))) done();
        }}
      >
        <label htmlFor="question-wording">{t('editLabel')}</label>
        <textarea id="question-wording" rows={5} value={text} onChange={(e) => setText(e.target.value)} required maxLength={1000} dir="auto" />
        <button type="submit">{t('edit')}</button>
      </form>
      <form
        className="move-form"
        onSubmit={async (e) => {
          e.preventDefault();
          await onMove(Number(position) - 1);
          done();
        }}
      >
        <label htmlFor="question-position">{t('position')}</label>
        <div className="copy-row">
          <select id="question-position" value={position} onChange={(e) => setPosition(e.target.value)}>
            {Array.from({ length: count }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {i + 1}
              </option>
            ))}
          </select>
          <button type="submit">{t('moveButton')}</button>
        </div>
      </form>
      <div className="row-actions">
        <button
          type="button"
          onClick={async () => {
            if (await run(() => includeQuestion(sessionId, question.id, !question.included))) done();
          }}
        >
          {question.included ? t('setAside') : t('use')}
        </button>
        <button type="button" onClick={done}>
          {td('cancel')}
        </button>
      </div>
      <ErrorMessage error={error} />
    </Dialog>
  );
}
