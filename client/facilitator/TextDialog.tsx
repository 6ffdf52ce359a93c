import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Refusal } from '../i18n/refusals.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { Dialog } from './Dialog.js';

interface Props {
  title: string;
  label: string;
  submit: string;
  initial?: string;
  maxLength?: number;
  error?: Refusal | null;
  /** Resolves to whether the dialog may close. */
  onSubmit(text: string): Promise<boolean>;
  onClose(): void;
}

/** Asks for one line of text in the page (instead of window.prompt), and closes when it was accepted. */
export function TextDialog({ title, label, submit, initial = '', maxLength = 300, error = null, onSubmit, onClose }: Props) {
  const t = useTranslations('console.dialog');
  const id = useId();
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(true);
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (text.trim() && (await onSubmit(text.trim()))) setOpen(false);
        }}
      >
        <label htmlFor={id}>{label}</label>
        <input id={id} value={text} onChange={(e) => setText(e.target.value)} required maxLength={maxLength} dir="auto" />
        <ErrorMessage error={error} />
        <div className="row-actions">
          <button type="submit" className="primary-inline">
            {submit}
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
