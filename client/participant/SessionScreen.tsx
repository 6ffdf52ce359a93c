import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';
import { useStore } from '../store/index.js';
import { deckOrder } from '../store/participant-reducers.js';
import { Countdown } from '../ui/Countdown.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { Composer } from './Composer.js';
import { ContributionList } from './ContributionList.js';
import { EarlierQuestions } from './EarlierQuestions.js';
import { QuestionText } from './QuestionText.js';
import { mayPost, sessionStatus } from './room-state.js';
import { VotingDeck } from './VotingDeck.js';

type Tab = 'discussion' | 'deck' | 'earlier';

export function SessionScreen({ focusQuestion, savedCopy }: { focusQuestion: boolean; savedCopy: boolean }) {
  const t = useTranslations('session');
  const tc = useTranslations('contribution');
  const notice = useStore((s) => s.notice);
  const tf = useTranslations('formats');
  const agenda = useStore((s) => s.agenda)!;
  const remaining = useStore((s) => deckOrder(s, s.agenda?.currentQuestionId ?? null).length);
  const [tab, setTab] = useState<Tab>('discussion');
  const question = agenda.questions.find((q) => q.id === agenda.currentQuestionId) ?? null;
  const status = sessionStatus(agenda);
  const posting = question !== null && mayPost(agenda, question);
  const tabButton = (id: Tab, label: string) => (
    <button type="button" aria-pressed={tab === id} onClick={() => setTab(id)}>
      {label}
    </button>
  );

  return (
    <main className="page participant">
      <header className="session-header">
        <div className="session-title">
          <p className="eyebrow">
            {tf(agenda.session.format)} · {agenda.session.place}
          </p>
          <h1>{agenda.session.title}</h1>
        </div>
        <div className="header-tools">
          <StatusBadge />
          <LanguageSwitcher />
        </div>
      </header>
      {savedCopy && <p className="hint">{t('savedCopy')}</p>}
      <div role="status">
        {status.state === 'ended' && (
          <div className="banner ended" data-testid="session-status">
            <p>{t('ended')}</p>
            <p className="hint">{t('endedHint')}</p>
          </div>
        )}
        {status.state === 'locked' && (
          <p className="banner" data-testid="session-status">
            {status.votes ? t('locked') : t('lockedNoVotes')}
          </p>
        )}
      </div>
      <Countdown countdown={agenda.countdown} currentQuestionId={agenda.currentQuestionId} />
      {question ? <QuestionText key={question.id} question={question} focusOnMount={focusQuestion} /> : <p className="waiting">{t('noQuestion')}</p>}
      <nav className="tabs" aria-label={t('views')}>
        {tabButton('discussion', t('tabContributions'))}
        {tabButton('deck', t('tabVote', { count: remaining }))}
        {tabButton('earlier', t('tabEarlier'))}
      </nav>
      {tab === 'discussion' && (
        <>
          {question && posting && <Composer key={question.id} sessionId={agenda.session.id} questionId={question.id} />}
          <ContributionList questionId={question?.id ?? null} />
        </>
      )}
      {tab === 'deck' && <VotingDeck questionId={question?.id ?? null} />}
      {tab === 'earlier' && <EarlierQuestions />}
      <p className="visually-hidden" role="status">
        {notice === 'withdrawn' ? tc('withdrawn') : ''}
      </p>
    </main>
  );
}
