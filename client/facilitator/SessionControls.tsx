import { useState } from 'react';
import type { FacilitatorSnapshot } from '../../shared/views.js';
import { clearCountdown, startCountdown, updateSettings } from '../socket/commands.js';
import { useAction } from './useAction.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

export function SessionControls({ snapshot }: { snapshot: FacilitatorSnapshot }) {
  const sessionId = snapshot.session.id;
  const { settings } = snapshot;
  const { run, error } = useAction();
  const [minutes, setMinutes] = useState('3');
  const [kind, setKind] = useState<'question' | 'speaker'>('question');

  return (
    <div className="controls">
      <ErrorMessage error={error} />
      <fieldset>
        <legend>Settings</legend>
        <label htmlFor="visibility">Participants see others' contributions</label>
        <select id="visibility" value={settings.visibility} onChange={(e) => run(() => updateSettings(sessionId, { visibility: e.target.value as 'immediate' | 'after-posting' }))}>
          <option value="immediate">Immediately</option>
          <option value="after-posting">After posting their own</option>
        </select>
        <label htmlFor="tallies">Participants see tallies</label>
        <select id="tallies" value={settings.tallies} onChange={(e) => run(() => updateSettings(sessionId, { tallies: e.target.value as 'never' | 'after-voting' | 'always' }))}>
          <option value="never">Never</option>
          <option value="after-voting">After voting</option>
          <option value="always">Always</option>
        </select>
        <button type="button" aria-pressed={settings.talliesRevealed} onClick={() => run(() => updateSettings(sessionId, { talliesRevealed: !settings.talliesRevealed }))}>
          {settings.talliesRevealed ? 'Hide tallies again' : 'Reveal tallies to everyone'}
        </button>
      </fieldset>
      <fieldset>
        <legend>Countdown</legend>
        <label htmlFor="countdown-minutes">Minutes</label>
        <input id="countdown-minutes" type="number" min="0.1" step="0.5" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        <label htmlFor="countdown-kind">For</label>
        <select id="countdown-kind" value={kind} onChange={(e) => setKind(e.target.value as 'question' | 'speaker')}>
          <option value="question">The question</option>
          <option value="speaker">Each speaker</option>
        </select>
        <button type="button" onClick={() => run(() => startCountdown(sessionId, kind, Math.round(Number(minutes) * 60)))}>Start countdown</button>
        {snapshot.countdown && <button type="button" onClick={() => run(() => clearCountdown(sessionId))}>Stop</button>}
      </fieldset>
    </div>
  );
}
