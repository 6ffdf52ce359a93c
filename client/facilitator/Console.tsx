import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { RoundView } from '../../shared/views.js';
import { useStore } from '../store/index.js';
import { ConsoleBar } from './ConsoleBar.js';
import type { Credentials } from './credentials.js';
import { ExportPanel } from './ExportPanel.js';
import { RunPanel } from './RunPanel.js';
import { SetupPanel } from './SetupPanel.js';
import { useShortcuts } from './shortcuts.js';
import { ShortcutsDialog } from './ShortcutsDialog.js';
import { SynthesisPanel } from './SynthesisPanel.js';
import { ThemesPanel } from './ThemesPanel.js';
import { useReadOnly } from './read-only.js';
import { useAgenda } from './useAgenda.js';

const TABS = ['run', 'synthesis', 'exports', 'setup'] as const;
type Tab = (typeof TABS)[number];

export interface TimerForm {
  minutes: string;
  kind: 'question' | 'speaker';
}

/** The facilitator's console: one screen, no page scroll; the run, the synthesis, the exports and the setup one click apart. */
export function Console({ credentials, round, startOnSetup }: { credentials: Credentials; round: RoundView | null; startOnSetup: boolean }) {
  const t = useTranslations('console.tabs');
  const watching = useStore((s) => s.watching);
  const [tab, setTab] = useState<Tab>(startOnSetup ? 'setup' : 'run');
  const [selected, setSelected] = useState<string | null>(null);
  const [timer, setTimer] = useState<TimerForm>({ minutes: '3', kind: 'question' });
  const [help, setHelp] = useState(false);
  const agenda = useAgenda();
  const readOnly = useReadOnly();
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ run: null, synthesis: null, exports: null, setup: null });
  const selectedId = selected ?? watching?.currentQuestionId ?? null;

  useEffect(() => {
    if (round && round.sessions.length === 0) setTab('setup');
  }, [round?.id]);

  useShortcuts((action) => {
    if (action === 'help') return setHelp(true);
    if (!watching || readOnly) return;
    if (action === 'open' && selectedId) void agenda.open(selectedId);
    if (action === 'next') void agenda.openNext();
    if (action === 'close') void agenda.closeCurrent();
    if (action === 'countdown') void agenda.startTimer(timer.kind, timer.minutes);
    if (action === 'stop') void agenda.stopTimer();
  });
  const closeHelp = useCallback(() => setHelp(false), []);

  return (
    <div className="console">
      <ConsoleBar round={round} agenda={agenda} onHelp={() => setHelp(true)} />
      <main className="console-main">
      <div className="tabs console-tabs" role="tablist" aria-label={t('label')}>
        {TABS.map((id, i) => (
          <button
            key={id}
            ref={(el) => void (tabRefs.current[id] = el)}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls="console-panel"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
              setTab(next);
              tabRefs.current[next]?.focus();
            }}
          >
            {t(id)}
          </button>
        ))}
      </div>
      <div className="console-panel" id="console-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'run' && <RunPanel agenda={agenda} selected={selectedId} onSelect={setSelected} timer={timer} onTimer={setTimer} />}
        {tab === 'synthesis' && (
          <div className="synthesis-grid">
            <SynthesisPanel />
            {!readOnly && <ThemesPanel />}
          </div>
        )}
        {tab === 'exports' && round && <ExportPanel round={round} credentials={credentials} />}
        {tab === 'setup' && round && <SetupPanel round={round} credentials={credentials} onWatched={() => setTab('run')} />}
      </div>
      </main>
      <ShortcutsDialog open={help} onClose={closeHelp} />
    </div>
  );
}
