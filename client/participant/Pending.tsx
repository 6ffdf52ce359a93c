import { useShallow } from 'zustand/react/shallow';
import { useTranslations } from 'use-intl';
import { useStore } from '../store/index.js';
import { RefusedNotice } from './Refused.js';

/** Posts not yet stored by the server: shown as pending, never as sent; a refused one says why and offers a way forward. */
export function PendingPosts({ questionId }: { questionId: string | null }) {
  const t = useTranslations('contribution');
  const posts = useStore(useShallow((s) => s.outbox.filter((i) => i.kind === 'post' && (questionId === null || i.questionId === questionId || i.state === 'failed'))));
  if (posts.length === 0) return null;
  return (
    <ul className="contributions pending" aria-label={t('waiting')}>
      {posts.map((item) =>
        item.kind === 'post' ? (
          <li key={item.opId} className={`contribution mine ${item.state}`}>
            <p dir="auto">{item.text}</p>
            {item.state === 'failed' ? (
              <RefusedNotice item={item} />
            ) : (
              <p className="meta">
                <span className="badge pending-badge">{t('pendingPost')}</span>
              </p>
            )}
          </li>
        ) : null,
      )}
    </ul>
  );
}
