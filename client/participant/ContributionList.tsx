import { useTranslations } from 'use-intl';
import { useStore } from '../store/index.js';
import { ContributionCard } from './ContributionCard.js';
import { PendingPosts } from './Pending.js';

export function ContributionList({ questionId }: { questionId: string | null }) {
  const t = useTranslations('contribution');
  const order = useStore((s) => s.order);
  const contributions = useStore((s) => s.contributions);
  const visibility = useStore((s) => s.agenda?.settings.visibility);
  const posted = useStore((s) => (questionId ? s.postedTo.includes(questionId) : false));
  const shown = order.map((id) => contributions[id]).filter((c) => c && (questionId === null || c.questionId === questionId));

  return (
    <section aria-label={t('list')}>
      <PendingPosts questionId={questionId} />
      {visibility === 'after-posting' && !posted && <p className="hint">{t('afterPosting')}</p>}
      {shown.length === 0 ? (
        <p className="empty">{t('none')}</p>
      ) : (
        <ul className="contributions">
          {shown
            .slice()
            .reverse()
            .map((c) => (
              <ContributionCard key={c.id} contribution={c} />
            ))}
        </ul>
      )}
    </section>
  );
}
