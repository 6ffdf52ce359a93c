import { useState } from 'react';
import type { FacilitatorSnapshot } from '../../shared/views.js';
import { Countdown } from '../ui/Countdown.js';
import { Agenda } from './Agenda.js';
import { JoinPanel } from './JoinPanel.js';
import { LiveContributions } from './LiveContributions.js';
import { SessionControls } from './SessionControls.js';

export function LiveSession({ snapshot }: { snapshot: FacilitatorSnapshot }) {
  const [selected, setSelected] = useState<string | null>(null);
  const questionId = selected ?? snapshot.currentQuestionId ?? snapshot.questions.find((q) => q.included)?.id ?? null;
  const categories = Object.entries(snapshot.categories);
  return (
    <section className="live" aria-labelledby="live-title">
      <h2 id="live-title">
        {snapshot.session.title} — {snapshot.session.place}
      </h2>
      <div className="live-grid">
        <div className="live-side">
          <JoinPanel joinCode={snapshot.session.joinCode} />
          <p className="presence" data-testid="connected">
            <strong>{snapshot.connected}</strong> connected
          </p>
          {categories.length > 0 && (
            <p className="hint">
              Joined by category (3 or more only):{' '}
              {categories.map(([c, n]) => `${c} ${n}`).join(', ')}
            </p>
          )}
          <Countdown countdown={snapshot.countdown} />
          <SessionControls snapshot={snapshot} />
        </div>
        <Agenda snapshot={snapshot} selected={questionId} onSelect={setSelected} />
        {questionId && <LiveContributions snapshot={snapshot} questionId={questionId} />}
      </div>
    </section>
  );
}
