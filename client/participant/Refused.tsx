import { useShallow } from 'zustand/react/shallow';
import { useTranslations } from 'use-intl';
import { useRefusal } from '../i18n/refusals.js';
import { useStore } from '../store/index.js';
import type { OutboxItem } from '../store/outbox-slice.js';
import { discard, retry } from '../socket/outbox.js';
import { editAgain } from './Composer.js';

/** What the server refused, said in the reader's language, with a way forward: try again, edit, or let it go. */
export function RefusedNotice({ item }: { item: OutboxItem }) {
  const t = useTranslations('contribution');
  const explain = useRefusal();
  const agenda = useStore((s) => s.agenda);
  const reason = explain({ code: item.errorCode ?? 'unavailable' }, item.kind);
  const openQuestion = agenda?.questions.find((q) => q.id === agenda.currentQuestionId && q.status === 'open');
  const message = item.kind === 'post' ? t('postFailed', { reason }) : item.kind === 'vote' ? t('voteFailed', { reason }) : t('tagFailed', { reason });
  return (
    <div className="refused" role="alert">
      <p className="error">{message}</p>
      <div className="row-actions">
        {item.kind === 'post' && openQuestion && agenda && (
          <button
            type="button"
            onClick={() => {
              editAgain(agenda.session.id, openQuestion.id, item.text);
              discard(item.opId);
            }}
          >
            {t('edit')}
          </button>
        )}
        <button type="button" onClick={() => retry(item.opId)}>
          {t('retry')}
        </button>
        <button type="button" onClick={() => discard(item.opId)}>
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}

/** Refused votes and tags on one contribution. */
export function RefusedItems({ contributionId }: { contributionId: string }) {
  const items = useStore(useShallow((s) => s.outbox.filter((i) => i.kind !== 'post' && i.contributionId === contributionId && i.state === 'failed')));
  return items.map((item) => <RefusedNotice key={item.opId} item={item} />);
}
