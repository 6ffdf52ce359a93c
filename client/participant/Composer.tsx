import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { LIMITS } from '../../shared/protocol/limits.js';
import { useStore } from '../store/index.js';
import { newOpId } from '../socket/identity.js';
import { enqueue } from '../socket/outbox.js';
import { clearDraft, contributionLength, overLimit, readDraft, saveDraft, type Draft } from './draft.js';

/** "Edit and post again" on a refused post puts its text back here. */
const drafts = new EventTarget();
export function editAgain(sessionId: string, questionId: string, text: string): void {
  saveDraft(sessionId, questionId, { text, quotable: false });
  drafts.dispatchEvent(new Event('changed'));
}

export function Composer({ sessionId, questionId }: { sessionId: string; questionId: string }) {
  const t = useTranslations('composer');
  const ts = useTranslations('status');
  const status = useStore((s) => s.status);
  const [draft, setDraft] = useState<Draft>(() => readDraft(sessionId, questionId));
  const [pastedOver, setPastedOver] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const counterId = useId();
  const length = contributionLength(draft.text);
  const over = overLimit(draft.text);
  const blank = length === 0;

  useEffect(() => saveDraft(sessionId, questionId, draft), [draft]);
  useEffect(() => {
    const reload = () => {
      setDraft(readDraft(sessionId, questionId));
      textarea.current?.focus();
    };
    drafts.addEventListener('changed', reload);
    return () => drafts.removeEventListener('changed', reload);
  }, [sessionId, questionId]);

  return (
    <form
      className="composer card"
      onSubmit={(e) => {
        e.preventDefault();
        if (blank || over > 0) return;
        enqueue({ opId: newOpId(), kind: 'post', questionId, text: draft.text.trim(), quotable: draft.quotable, state: 'pending' });
        clearDraft(sessionId, questionId);
        setDraft({ text: '', quotable: false });
        setAnnouncement(status === 'online' ? '' : t('queued'));
        textarea.current?.focus();
      }}
    >
      <label htmlFor="contribution">{t('label')}</label>
      <textarea
        id="contribution"
        ref={textarea}
        value={draft.text}
        dir="auto"
        rows={4}
        aria-describedby={counterId}
        aria-invalid={over > 0}
        onChange={(e) => {
          setDraft((d) => ({ ...d, text: e.target.value }));
          if (overLimit(e.target.value) === 0) setPastedOver(0);
        }}
        onPaste={(e) => {
          const el = e.currentTarget;
          const next = el.value.slice(0, el.selectionStart) + e.clipboardData.getData('text') + el.value.slice(el.selectionEnd);
          setPastedOver(overLimit(next));
        }}
      />
      <p id={counterId} className={`counter ${over > 0 ? 'over' : LIMITS.contributionText - length < 50 ? 'low' : ''}`} aria-live="polite">
        {over > 0 ? t('over', { over }) : t('left', { left: LIMITS.contributionText - length, max: LIMITS.contributionText })}
      </p>
      {pastedOver > 0 && (
        <p role="alert" className="error">
          {t('pastedTooLong', { over: pastedOver })}
        </p>
      )}
      <label className="check">
        <input type="checkbox" checked={draft.quotable} onChange={(e) => setDraft((d) => ({ ...d, quotable: e.target.checked }))} />
        {t('quotable')}
      </label>
      <button type="submit" className="primary" disabled={blank || over > 0}>
        {status === 'online' ? t('post') : t('postOffline')}
      </button>
      {status === 'offline' && <p className="hint">{ts('offlineHint')}</p>}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </form>
  );
}
