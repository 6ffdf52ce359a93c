import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store/index.js';
import { deckOrder } from '../store/participant-reducers.js';
import { vote } from './ContributionCard.js';

/** One contribution at a time, big buttons: a room of 30 can react to 60 statements in minutes. */
export function VotingDeck({ questionId }: { questionId: string | null }) {
  const deck = useStore(useShallow((s) => deckOrder(s, questionId)));
  const current = deck[0];
  if (!current) {
    return (
      <section className="deck card" aria-label="Voting deck">
        <p className="empty">You have reacted to every contribution so far. New ones will appear here.</p>
      </section>
    );
  }
  return (
    <section className="deck card" aria-label="Voting deck">
      <p className="eyebrow" aria-live="polite">
        {deck.length} left to vote on
      </p>
      <blockquote className="deck-text">{current.text}</blockquote>
      {current.fromDiscussion && <p className="meta"><span className="badge">From the discussion</span></p>}
      <div className="deck-buttons">
        <button type="button" className="vote-agree big" onClick={() => vote(current.id, 'agree')}>
          Agree
        </button>
        <button type="button" className="vote-disagree big" onClick={() => vote(current.id, 'disagree')}>
          Disagree
        </button>
        <button type="button" className="vote-pass big" onClick={() => vote(current.id, 'pass')}>
          Pass / unsure
        </button>
      </div>
    </section>
  );
}
