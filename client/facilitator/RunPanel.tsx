import { useTranslations } from 'use-intl';
import { useStore } from '../store/index.js';
import { Agenda } from './Agenda.js';
import type { TimerForm } from './Console.js';
import { JoinPanel } from './JoinPanel.js';
import { LiveContributions } from './LiveContributions.js';
import { Notes } from './Notes.js';
import { useReadOnly } from './read-only.js';
import { SessionControls } from './SessionControls.js';
import type { AgendaActions } from './useAgenda.js';

interface Props {
  agenda: AgendaActions;
  selected: string | null;
  onSelect(id: string): void;
  timer: TimerForm;
  onTimer(timer: TimerForm): void;
}

/** The run of the room: the agenda, the live contributions, the countdown and settings, each column scrolling on its own. */
export function RunPanel({ agenda, selected, onSelect, timer, onTimer }: Props) {
  const t = useTranslations('console.bar');
  const snapshot = useStore((s) => s.watching);
  const roundId = useStore((s) => s.credentials?.roundId);
  const readOnly = useReadOnly();
  if (!snapshot) return <p className="empty panel-message">{t('noSession')}</p>;
  const questionId = selected ?? snapshot.questions.find((q) => q.included)?.id ?? null;
  return (
    <div className="run-grid">
      <Agenda snapshot={snapshot} selected={questionId} onSelect={onSelect} agenda={agenda} />
      <LiveContributions key={questionId ?? 'none'} snapshot={snapshot} questionId={questionId} />
      <div className="run-side">
        <JoinPanel joinCode={snapshot.session.joinCode} />
        {readOnly ? roundId && <Notes roundId={roundId} /> : <SessionControls snapshot={snapshot} agenda={agenda} timer={timer} onTimer={onTimer} />}
      </div>
    </div>
  );
}
