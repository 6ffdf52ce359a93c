import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';

const storageKey = (roundId: string) => `concert:notes:${roundId}`;

/** A rapporteur's own notes on the round: kept in this browser, never sent anywhere. */
export function Notes({ roundId }: { roundId: string }) {
  const t = useTranslations('console.notes');
  const [text, setText] = useState(() => localStorage.getItem(storageKey(roundId)) ?? '');
  useEffect(() => localStorage.setItem(storageKey(roundId), text), [roundId, text]);
  return (
    <div className="notes">
      <label htmlFor="observer-notes">{t('title')}</label>
      <textarea id="observer-notes" rows={10} value={text} onChange={(e) => setText(e.target.value)} dir="auto" />
      <p className="hint">{t('hint')}</p>
    </div>
  );
}
