import { useStore } from '../store/index.js';
import { clearCountdown, closeQuestion, openQuestion, startCountdown } from '../socket/commands.js';
import { nextQuestion } from './agenda-logic.js';
import { useAction } from './useAction.js';

/**
 * The run of the session, shared by the console's bar, the agenda and the keyboard shortcuts. (The server
 * stops a running countdown when a question opens or closes, so a timer never carries into the next question.)
 */
export function useAgenda() {
  const snapshot = useStore((s) => s.watching);
  const { run, error } = useAction();
  const sessionId = snapshot?.session.id ?? '';
  return {
    error,
    run,
    open: (questionId: string) => run(() => openQuestion(sessionId, questionId)),
    close: (questionId: string) => run(() => closeQuestion(sessionId, questionId)),
    openNext: async () => {
      if (!snapshot) return;
      const next = nextQuestion(snapshot.questions, snapshot.currentQuestionId);
      if (next) await run(() => openQuestion(sessionId, next.id));
    },
    closeCurrent: async () => {
      const current = snapshot?.questions.find((q) => q.id === snapshot.currentQuestionId && q.status === 'open');
      if (current) await run(() => closeQuestion(sessionId, current.id));
    },
    startTimer: (kind: 'question' | 'speaker', minutes: string) => {
      const seconds = Math.round(Number(minutes) * 60);
      return run(() => startCountdown(sessionId, kind, seconds));
    },
    stopTimer: () => run(() => clearCountdown(sessionId)),
  };
}

export type AgendaActions = ReturnType<typeof useAgenda>;
