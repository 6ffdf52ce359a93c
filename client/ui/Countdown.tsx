import { useEffect, useState } from 'react';
import type { CountdownView } from '../../shared/views.js';
import { useStore } from '../store/index.js';

export function remainingSeconds(countdown: CountdownView, clockOffsetMs: number, now = Date.now()): number {
  return Math.max(0, Math.ceil((countdown.endsAt - (now + clockOffsetMs)) / 1000));
}

export function formatSeconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

export function Countdown({ countdown }: { countdown: CountdownView | null }) {
  const offset = useStore((s) => s.clockOffsetMs);
  const [, tick] = useState(0);
  useEffect(() => {
    if (!countdown) return;
    const timer = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(timer);
  }, [countdown]);
  if (!countdown) return null;
  const left = remainingSeconds(countdown, offset);
  return (
    <p className={`countdown ${left === 0 ? 'done' : ''}`} aria-label={`${countdown.kind === 'speaker' ? 'Speaker' : 'Question'} time left`}>
      <span className="countdown-kind">{countdown.kind === 'speaker' ? 'Speaker' : 'Time left'}</span>{' '}
      <span className="countdown-time" data-testid="countdown">{formatSeconds(left)}</span>
    </p>
  );
}
