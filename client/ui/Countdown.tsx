import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { CountdownView } from '../../shared/views.js';
import { useStore } from '../store/index.js';
import { countdownForQuestion, formatSeconds, remainingSeconds } from './countdown-logic.js';

export { formatSeconds, remainingSeconds } from './countdown-logic.js';

const owners = new Map<number, string | null>();

interface Props {
  countdown: CountdownView | null;
  currentQuestionId: string | null;
  /** Called once when this screen sees the countdown reach zero. */
  onZero?: () => void;
}

export function Countdown({ countdown, currentQuestionId, onZero }: Props) {
  const t = useTranslations('countdown');
  const offset = useStore((s) => s.clockOffsetMs);
  const shown = countdownForQuestion(countdown, currentQuestionId, owners);
  const [, tick] = useState(0);
  const left = shown ? remainingSeconds(shown, offset) : 0;
  const done = shown !== null && left === 0;
  const running = useRef(false);

  useEffect(() => {
    if (!shown || done) return;
    const timer = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(timer);
  }, [shown?.endsAt, done]);

  useEffect(() => {
    if (!shown) running.current = false;
    else if (!done) running.current = true;
    else if (running.current) {
      running.current = false;
      onZero?.();
    }
  }, [shown?.endsAt, done]);

  if (!shown) return null;
  const label = shown.kind === 'speaker' ? t('speakerLabel') : t('questionLabel');
  return (
    <div className={`countdown ${done ? 'done' : ''}`} role="timer" aria-label={label} data-done={done}>
      <span className="countdown-kind">{done ? t('done') : shown.kind === 'speaker' ? t('speaker') : t('question')}</span>{' '}
      <span className="countdown-time" data-testid="countdown">
        {formatSeconds(left)}
      </span>
      <span role="status" className="visually-hidden">
        {done ? t('done') : ''}
      </span>
    </div>
  );
}
