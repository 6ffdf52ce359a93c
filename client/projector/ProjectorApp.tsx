import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Language } from '../../shared/languages.js';
import { formatJoinCode, joinPath, normaliseJoinCode, qrCodePath } from '../../shared/protocol/limits.js';
import { useLocaleStore } from '../i18n/I18nRoot.js';
import type { Refusal } from '../i18n/refusals.js';
import { useStore } from '../store/index.js';
import { watchProjector } from '../socket/commands.js';
import { bindListeners, clockOffset, retryWhenPaced, setEntry } from '../socket/listeners.js';
import { Countdown } from '../ui/Countdown.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { TallyLine } from '../ui/TallyLine.js';
import { chime, unlockSound } from './chime.js';
import { useFittedFont, useItemsThatFit } from './fit.js';

/** The question's size on the screen: as large as fits, never under 56 px (readable from the back of a room). */
const QUESTION_PX = { max: 96, min: 56 };

/** The projector speaks the session's language, as the facilitator set it (a `lang` in its link, where given, wins). */
function useSessionLanguage(language: Language | undefined): void {
  useEffect(() => {
    if (language && !new URLSearchParams(window.location.search).has('lang')) useLocaleStore.setState({ locale: language, unavailable: null });
  }, [language]);
}

export default function ProjectorApp({ joinCode }: { joinCode: string }) {
  const t = useTranslations('projector');
  const code = normaliseJoinCode(joinCode);
  const snapshot = useStore((s) => s.projector);
  const joinKey = useStore((s) => s.joinKeys[code]);
  const [error, setError] = useState<Refusal | null>(null);
  const [sound, setSound] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  const top = useRef<HTMLOListElement>(null);
  const questionText = snapshot?.question?.text ?? t('waiting');
  useFittedFont(question, questionText, QUESTION_PX.max, QUESTION_PX.min);
  useSessionLanguage(snapshot?.session.language);
  useItemsThatFit(top, snapshot?.top.map((c) => c.id).join() ?? '', snapshot?.top.length ?? 0);

  useEffect(() => {
    bindListeners();
    setEntry(async () => {
      const ack = await watchProjector(code);
      if (!ack.ok) {
        setError(ack.error);
        // Paced: the projector tries again by itself after the wait the server named.
        return retryWhenPaced(ack.error);
      }
      setError(null);
      useStore.setState({ projector: ack.snapshot, clockOffsetMs: clockOffset(ack.snapshot.serverNow) });
    });
  }, [code]);

  if (error)
    return (
      <main className="page projector">
        <ErrorMessage error={error} />
      </main>
    );
  if (!snapshot)
    return (
      <main className="page projector">
        <p>{t('connecting')}</p>
      </main>
    );
  const joinUrl = `${window.location.origin}${joinPath(code, joinKey)}`;
  return (
    <main className="projector">
      <div className="projector-main">
        <header className="projector-header">
          <p className="eyebrow">
            {snapshot.session.place} · {t('rule')}
          </p>
          <h1>{snapshot.session.title}</h1>
        </header>
        <Countdown countdown={snapshot.countdown} currentQuestionId={snapshot.question?.id ?? null} onZero={sound ? chime : undefined} />
        <section className="projector-question-box" aria-label={t('currentQuestion')}>
          <h2 className="projector-question" ref={question} dir="auto">
            {questionText}
          </h2>
        </section>
        {snapshot.top.length > 0 && (
          <section className="projector-top" aria-labelledby="top-title">
            <h2 id="top-title">{t('top')}</h2>
            <ol className="top" ref={top}>
              {snapshot.top.map((c) => (
                <li key={c.id}>
                  <p dir="auto">{c.text}</p>
                  <TallyLine tally={c.tally} />
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
      <aside className="projector-join">
        <img src={qrCodePath(code, joinKey)} alt={t('qr', { url: joinUrl })} width={320} height={320} />
        <p>{t.rich('joinAt', { address: `${window.location.host}/join`, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <p className="join-code" data-testid="join-code">
          {formatJoinCode(code)}
        </p>
        <p className="projector-counts" data-testid="projector-counts">
          {snapshot.counts.votes === undefined ? t('countsWithoutVotes', snapshot.counts) : t('counts', { ...snapshot.counts, votes: snapshot.counts.votes })}
        </p>
        <label className="check sound">
          <input
            type="checkbox"
            checked={sound}
            onChange={(e) => {
              if (e.target.checked) unlockSound();
              setSound(e.target.checked);
            }}
          />
          {t('sound')}
        </label>
      </aside>
    </main>
  );
}
