import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store/index.js';
import { discard } from '../socket/outbox.js';

/** Posts not yet stored by the server: shown as pending, never as sent. */
export function PendingPosts({ questionId }: { questionId: string | null }) {
  const posts = useStore(useShallow((s) => s.outbox.filter((i) => i.kind === 'post' && (questionId === null || i.questionId === questionId))));
  if (posts.length === 0) return null;
  return (
    <ul className="contributions pending" aria-label="Waiting to be sent">
      {posts.map((item) =>
        item.kind === 'post' ? (
          <li key={item.opId} className={`contribution mine ${item.state}`}>
            <p>{item.text}</p>
            <p className="meta">
              {item.state === 'failed' ? (
                <>
                  <span className="error">Not saved: {item.error}</span>{' '}
                  <button type="button" onClick={() => discard(item.opId)}>
                    Dismiss
                  </button>
                </>
              ) : (
                <span className="badge pending-badge">Pending: not sent yet</span>
              )}
            </p>
          </li>
        ) : null,
      )}
    </ul>
  );
}
