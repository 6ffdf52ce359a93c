import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslations } from 'use-intl';
import type { Language } from '../../shared/languages.js';
import { formatJoinCode, joinPath, normaliseJoinCode, qrCodePath } from '../../shared/protocol/limits.js';
import { useLocaleStore } from '../i18n/I18nRoot.js';
import type { Refusal } from '../i18n/refusals.js';
import { useStore } from '../store/index.js';
import { watchProjector } from '../socket/commands.js';
import { bindListeners, clockOffset, retryWhenPaced, setEntry } from '../socket/listeners.js';
import type { ProjectorSnapshot } from '../../shared/views.js';
import { OpinionMapFigure } from '../ui/Charts.js';
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
  const findings = useRef<HTMLOListElement>(null);
  const questionText = snapshot?.question?.text ?? t('waiting');
  const display = snapshot?.display ?? { mode: 'question' };
  const shownFindings = display.mode === 'findings' ? display.findings : [];
  useFittedFont(question, `${display.mode}:${questionText}`, QUESTION_PX.max, QUESTION_PX.min);
  useSessionLanguage(snapshot?.session.language);
  useItemsThatFit(top, `${display.mode}:${snapshot?.top.map((c) => c.id).join() ?? ''}`, snapshot?.top.length ?? 0);
  useItemsThatFit(findings, shownFindings.map((f) => `${f.number}:${f.text}`).join('\n'), shownFindings.length);

  useEffect(() => {
    bindListeners();
    setEntry('projector', async () => {
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
  const status = snapshot.session.status ?? { state: 'open' };
  return (
    <main className="projector">
      <div className="projector-main">
        <header className="projector-header">
          <p className="eyebrow">
            {snapshot.session.place} · {t('rule')}
          </p>
          <h1>{snapshot.session.title}</h1>
        </header>
        <div role="status">
          {status.state !== 'open' && (
            <p className={`projector-status ${status.state}`} data-testid="projector-status">
              {status.state === 'ended' ? t('ended') : status.votes ? t('locked') : t('lockedNoVotes')}
            </p>
          )}
        </div>
        <Countdown countdown={snapshot.countdown} currentQuestionId={snapshot.question?.id ?? null} onZero={sound ? chime : undefined} />
        {display.mode === 'question' && (
          <section className="projector-question-box" aria-label={t('currentQuestion')}>
            <h2 className="projector-question" ref={question} dir="auto">
              {questionText}
            </h2>
          </section>
        )}
        {(display.mode === 'agreement' || (display.mode === 'question' && snapshot.top.length > 0)) && <BroadestAgreement snapshot={snapshot} list={top} full={display.mode === 'agreement'} />}
        {display.mode === 'findings' && (
          <section className="projector-panel" aria-labelledby="findings-title" data-testid="projector-findings">
            <h2 id="findings-title">{t('findings')}</h2>
            {!display.ready ? (
              <p className="projector-empty">{t('preparing')}</p>
            ) : display.findings.length === 0 ? (
              <p className="projector-empty">{t('noFindings')}</p>
            ) : (
              <ol className="projector-findings" ref={findings}>
                {display.findings.map((f) => (
                  <li key={f.number} value={f.number}>
                    <p dir="auto">{f.text}</p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}
        {display.mode === 'map' && (
          <section className="projector-panel projector-map" aria-labelledby="map-title">
            <h2 id="map-title">{t('map')}</h2>
            {!display.ready ? <p className="projector-empty">{t('preparing')}</p> : display.map ? <OpinionMapFigure data={display.map} legend="page" /> : <p className="projector-empty">{t('noMap')}</p>}
          </section>
        )}
      </div>
      {status.state === 'ended' ? (
        <aside className="projector-join">
          <p className="projector-status ended">{t('thanks')}</p>
        </aside>
      ) : (
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
      )}
    </main>
  );
}

/** The contributions most agreed with: under the question once tallies are revealed, or the whole screen when the facilitator puts it there. */
function BroadestAgreement({ snapshot, list, full }: { snapshot: ProjectorSnapshot; list: RefObject<HTMLOListElement | null>; full: boolean }) {
  const t = useTranslations('projector');
  return (
    <section className={full ? 'projector-top projector-panel' : 'projector-top'} aria-labelledby="top-title" data-testid="projector-top">
      <h2 id="top-title">{t('top')}</h2>
      {snapshot.top.length === 0 ? (
        <p className="projector-empty">{t('noAgreement')}</p>
      ) : (
        <ol className="top" ref={list}>
          {snapshot.top.map((c) => (
            <li key={c.id}>
              <p dir="auto">{c.text}</p>
              <TallyLine tally={c.tally} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
