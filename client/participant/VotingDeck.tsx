import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store/index.js';
import { deckOrder } from '../store/participant-reducers.js';
import { vote } from './ContributionCard.js';

/** How long a new card's buttons wait before they answer: a double tap or a second Enter cannot vote on a card not yet read. */
export const DECK_ARM_MS = 600;

/** One contribution at a time, big buttons: a room of 30 can react to 60 statements in minutes. */
export function VotingDeck({ questionId }: { questionId: string | null }) {
  const t = useTranslations('deck');
  const tc = useTranslations('contribution');
  const section = useRef<HTMLElement>(null);
  const deck = useStore(useShallow((s) => deckOrder(s, questionId)));
  const current = deck[0];
  const card = useRef<HTMLQuoteElement>(null);
  const shownId = useRef<string | null>(null);
  const [armed, setArmed] = useState(true);

  useEffect(() => {
    if (!current) return;
    const next = shownId.current !== null && shownId.current !== current.id;
    shownId.current = current.id;
    if (!next) return;
    // A new card: focus goes to its text if it was in the deck, and its buttons wait a moment.
    if (section.current?.contains(document.activeElement)) card.current?.focus();
    setArmed(false);
    const timer = setTimeout(() => setArmed(true), DECK_ARM_MS);
    return () => clearTimeout(timer);
  }, [current?.id]);

  if (!current) {
    return (
      <section className="deck card" aria-label={t('label')}>
        <p className="empty">{t('done')}</p>
      </section>
    );
  }
  return (
    <section className="deck card" aria-label={t('label')} ref={section}>
      <p className="eyebrow" aria-live="polite">
        {t('left', { count: deck.length })}
      </p>
      <blockquote className="deck-text" ref={card} tabIndex={-1} dir="auto">
        {current.text}
      </blockquote>
      {current.fromDiscussion && (
        <p className="meta">
          <span className="badge">{tc('fromDiscussion')}</span>
        </p>
      )}
      <div className="deck-buttons">
        {(['agree', 'disagree', 'pass'] as const).map((choice) => (
          <button key={choice} type="button" className={`vote-${choice} big`} disabled={!armed} onClick={() => vote(current.id, choice)}>
            {t(choice)}
          </button>
        ))}
      </div>
    </section>
  );
}
