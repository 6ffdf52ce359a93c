import { useLayoutEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import type { QuestionView } from '../../shared/views.js';
import { isAnnexQuestion } from './annex.js';

/** The current question, two lines at most until "More" is pressed, so the composer stays in view. */
export function QuestionText({ question, focusOnMount }: { question: QuestionView; focusOnMount: boolean }) {
  const t = useTranslations('session');
  const locale = useLocale();
  const ref = useRef<HTMLHeadingElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [clipped, setClipped] = useState(false);
  const annex = isAnnexQuestion(question.text);
  const open = question.status === 'open';

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setClipped(el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [question.text, expanded]);

  useLayoutEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, []);

  return (
    <section className="question" aria-labelledby="question-text">
      <p className="eyebrow">{open ? t('openQuestion') : t('closedQuestion')}</p>
      <h2 id="question-text" ref={ref} tabIndex={-1} className={expanded ? '' : 'clamped'} lang={annex ? 'en' : undefined}>
        {question.text}
      </h2>
      {(clipped || expanded) && (
        <button type="button" className="link-button" aria-expanded={expanded} aria-controls="question-text" onClick={() => setExpanded((e) => !e)}>
          {expanded ? t('less') : t('more')}
        </button>
      )}
      {annex && locale !== 'en' && <p className="hint annex-note">{t('annexNote')}</p>}
    </section>
  );
}
