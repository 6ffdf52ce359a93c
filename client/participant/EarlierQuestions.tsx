import { useLocale, useTranslations } from 'use-intl';
import { useStore } from '../store/index.js';
import { isAnnexQuestion } from './annex.js';
import { ContributionCard } from './ContributionCard.js';

/** Questions already closed, each with its contributions and this phone's own marked, to look back at. */
export function EarlierQuestions() {
  const t = useTranslations('earlier');
  const ts = useTranslations('session');
  const locale = useLocale();
  const agenda = useStore((s) => s.agenda)!;
  const order = useStore((s) => s.order);
  const contributions = useStore((s) => s.contributions);
  const earlier = agenda.questions.filter((q) => q.status === 'closed' && q.id !== agenda.currentQuestionId);
  if (earlier.length === 0) return <p className="empty">{t('none')}</p>;
  return (
    <section aria-labelledby="earlier-title">
      <h2 id="earlier-title" className="visually-hidden">
        {t('title')}
      </h2>
      {earlier.map((q) => {
        const list = order.map((id) => contributions[id]).filter((c) => c && c.questionId === q.id);
        const annex = isAnnexQuestion(q.text);
        return (
          <details key={q.id} className="earlier card">
            <summary>
              <span className="earlier-question" lang={annex ? 'en' : undefined}>
                {q.text}
              </span>{' '}
              <span className="hint">
                {t('count', { count: list.length })} · {t('mine', { count: list.filter((c) => c.mine).length })}
              </span>
            </summary>
            {annex && locale !== 'en' && <p className="hint">{ts('annexNote')}</p>}
            <ul className="contributions">
              {list.map((c) => (
                <ContributionCard key={c.id} contribution={c} readOnly />
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
