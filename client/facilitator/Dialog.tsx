import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';

interface Props {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
}

/**
 * An in-page modal dialog on the platform's <dialog>: shown with showModal(), the rest of the page is inert
 * (focus stays inside), Escape closes it, and focus returns to what had it before.
 */
export function Dialog({ title, open, onClose, children }: Props) {
  const t = useTranslations('console.dialog');
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      // Into the first field, where there is one (React's autoFocus does not reach a dialog opened after mounting).
      dialog.querySelector<HTMLElement>('.dialog-body input, .dialog-body textarea, .dialog-body select')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const closed = () => {
      opener.current?.focus();
      opener.current = null;
      onClose();
    };
    dialog.addEventListener('close', closed);
    return () => dialog.removeEventListener('close', closed);
  }, [onClose]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId}>
      {open && (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" aria-label={t('close')} onClick={() => ref.current?.close()}>
              ×
            </button>
          </header>
          <div className="dialog-body">{children}</div>
        </>
      )}
    </dialog>
  );
}
