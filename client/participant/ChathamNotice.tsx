import { useTranslations } from 'use-intl';

export function ChathamNotice() {
  const t = useTranslations('chatham');
  return (
    <section className="notice" aria-labelledby="chatham-title">
      <h2 id="chatham-title">{t('title')}</h2>
      <p>{t('anonymous')}</p>
      <p>{t('ruleIntro')}</p>
      <blockquote className="rule">{t('rule')}</blockquote>
    </section>
  );
}
