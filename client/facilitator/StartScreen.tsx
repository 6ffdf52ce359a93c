import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { TitleBar } from '../ui/TitleBar.js';
import type { Refusal } from '../i18n/refusals.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { readLink, type Credentials } from './credentials.js';

export type LinkProblem = 'incomplete' | 'wrong' | null;

interface Props {
  problem: LinkProblem;
  onOpen(c: Credentials): void;
  onCreated(c: Credentials): void;
}

/** Without a key: how to come back to a round (open or paste its link), or start a new one. */
export function StartScreen({ problem, onOpen, onCreated }: Props) {
  const t = useTranslations('console.start');
  const [title, setTitle] = useState(() => t('defaultTitle'));
  const [pasted, setPasted] = useState('');
  const [pasteProblem, setPasteProblem] = useState<LinkProblem>(null);
  const [error, setError] = useState<Refusal | null>(null);
  const shown = pasteProblem ?? problem;

  return (
    <main className="page narrow">
      <TitleBar title={t('title')} />
      <section className="card" aria-labelledby="open-title">
        <h2 id="open-title">{t('haveLink')}</h2>
        <p>{t('openLink')}</p>
        {shown && (
          <p role="alert" className="error">
            {shown === 'incomplete' ? t('incomplete') : t('wrong')}
          </p>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const reading = readLink(pasted);
            if (reading.kind !== 'ok') return setPasteProblem('incomplete');
            setPasteProblem(null);
            window.history.replaceState(null, '', `/facilitate${window.location.search}#${reading.credentials.roundId}.${reading.credentials.key}`);
            onOpen(reading.credentials);
          }}
        >
          <label htmlFor="paste-link">{t('linkLabel')}</label>
          <input id="paste-link" value={pasted} onChange={(e) => setPasted(e.target.value)} autoComplete="off" spellCheck={false} required />
          <button type="submit">{t('open')}</button>
        </form>
      </section>
      <form
        className="card"
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          let body: { ok: boolean; roundId?: string; facilitatorKey?: string; facilitatorPath?: string; error?: { code: string } };
          try {
            const res = await fetch('/api/rounds', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title }) });
            body = await res.json();
          } catch {
            return setError({ code: 'network' });
          }
          if (!body.ok) return setError(body.error ?? { code: 'internal' });
          window.history.replaceState(null, '', `${body.facilitatorPath}`);
          onCreated({ roundId: body.roundId!, key: body.facilitatorKey! });
        }}
      >
        <h2>{t('newRound')}</h2>
        <p className="lede">{t('lede')}</p>
        <label htmlFor="round-title">{t('roundTitle')}</label>
        <input id="round-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
        <ErrorMessage error={error} />
        <button type="submit" className="primary">
          {t('create')}
        </button>
      </form>
    </main>
  );
}
