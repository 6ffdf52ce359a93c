import { useState } from 'react';
import { FORMAT_LABELS } from '../../shared/protocol/vocabulary.js';
import { useStore } from '../store/index.js';
import { deckOrder } from '../store/participant-reducers.js';
import { Countdown } from '../ui/Countdown.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { Composer } from './Composer.js';
import { ContributionList } from './ContributionList.js';
import { VotingDeck } from './VotingDeck.js';

export function SessionScreen() {
  const agenda = useStore((s) => s.agenda)!;
  const remaining = useStore((s) => deckOrder(s, s.agenda?.currentQuestionId ?? null).length);
  const [tab, setTab] = useState<'discussion' | 'deck'>('discussion');
  const question = agenda.questions.find((q) => q.id === agenda.currentQuestionId) ?? null;
  const open = question?.status === 'open';

  return (
    <main className="page participant">
      <header className="session-header">
        <div>
          <p className="eyebrow">
            {FORMAT_LABELS[agenda.session.format]} · {agenda.session.place}
          </p>
          <h1>{agenda.session.title}</h1>
        </div>
        <StatusBadge />
      </header>
      <Countdown countdown={agenda.countdown} />
      {question ? (
        <section className="question" aria-labelledby="question-text">
          <p className="eyebrow">{open ? 'Open question' : 'This question is closed'}</p>
          <h2 id="question-text">{question.text}</h2>
        </section>
      ) : (
        <p className="waiting">The facilitator has not opened a question yet.</p>
      )}
      <nav className="tabs" aria-label="Views">
        <button type="button" aria-pressed={tab === 'discussion'} onClick={() => setTab('discussion')}>
          Contributions
        </button>
        <button type="button" aria-pressed={tab === 'deck'} onClick={() => setTab('deck')}>
          Vote ({remaining} left)
        </button>
      </nav>
      {tab === 'discussion' ? (
        <>
          {question && open && <Composer questionId={question.id} />}
          <ContributionList questionId={question?.id ?? null} />
        </>
      ) : (
        <VotingDeck questionId={question?.id ?? null} />
      )}
    </main>
  );
}
