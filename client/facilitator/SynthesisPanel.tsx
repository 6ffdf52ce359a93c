import { useMemo, useState } from 'react';
import { agreementRowsOf } from '../../shared/charts/agreement.js';
import { opinionMapOf } from '../../shared/charts/opinion-map.js';
import { useTranslations } from 'use-intl';
import type { Finding } from '../../shared/synthesis.js';
import { useStore } from '../store/index.js';
import { applyCuration } from '../socket/commands.js';
import { AgreementFigure, OpinionMapFigure } from '../ui/Charts.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { useReadOnly } from './read-only.js';
import { useAction } from './useAction.js';

/** The live draft of the round's synthesis: numbered findings, each with its strength word and the numbers behind it. */
export function SynthesisPanel() {
  const t = useTranslations('console.synthesis');
  const synthesis = useStore((s) => s.synthesis);
  const pictures = useMemo(() => synthesis && { rows: agreementRowsOf(synthesis), map: opinionMapOf(synthesis) }, [synthesis]);
  if (!synthesis || !pictures)
    return (
      <section className="column synthesis" aria-labelledby="synthesis-title">
        <h2 id="synthesis-title">{t('title')}</h2>
        <p className="empty">{t('waiting')}</p>
      </section>
    );
  const texts = new Map(synthesis.contributions.map((c) => [c.id, c.text]));
  return (
    <section className="column synthesis" aria-labelledby="synthesis-title">
      <h2 id="synthesis-title">{t('title')}</h2>
      <p className="hint">
        {t('stats', { contributions: synthesis.stats.contributions, voters: synthesis.stats.voters, votes: synthesis.stats.votes, groups: synthesis.groups.length })}
      </p>
      <p className="hint">{t('draftNote')}</p>
      {(pictures.rows.length > 0 || pictures.map) && (
        <div className="charts">
          {pictures.rows.length > 0 && <AgreementFigure rows={pictures.rows} />}
          {pictures.map && <OpinionMapFigure data={pictures.map} />}
        </div>
      )}
      {synthesis.findings.length === 0 ? (
        <p className="empty">{t('none')}</p>
      ) : (
        <ol className="findings">
          {synthesis.findings.map((f) => (
            <FindingItem key={f.themeId} finding={f} quotes={f.quotes.map((id) => texts.get(id) ?? '').filter(Boolean)} />
          ))}
        </ol>
      )}
      {synthesis.questionsForReflection.length > 0 && (
        <>
          <h3>{t('reflection')}</h3>
          <ul>
            {synthesis.questionsForReflection.map((q) => (
              <li key={q.contributionId} dir="auto">
                {q.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FindingItem({ finding: f, quotes }: { finding: Finding; quotes: string[] }) {
  const t = useTranslations('console.synthesis');
  const td = useTranslations('console.dialog');
  const [editing, setEditing] = useState<string | null>(null);
  const { run, error } = useAction();
  const readOnly = useReadOnly();
  const s = f.strength;
  return (
    <li className="finding" data-testid="finding" data-theme={f.themeId}>
      <p className="eyebrow">{f.heading}</p>
      {editing === null ? (
        <p dir="auto">{f.text}</p>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => applyCuration({ type: 'finding.edited', themeId: f.themeId, text: editing }))) setEditing(null);
          }}
        >
          <label htmlFor={`finding-${f.themeId}`}>{t('wording', { number: f.number })}</label>
          <textarea id={`finding-${f.themeId}`} rows={3} value={editing} onChange={(e) => setEditing(e.target.value)} dir="auto" />
          <button type="submit">{t('save')}</button>
          <button type="button" onClick={() => setEditing(null)}>
            {td('cancel')}
          </button>
        </form>
      )}
      <p className="meta">
        <span className="badge">{t(`strength.${s.word}`)}</span>
        <span>{s.basis === 'votes' ? t('votes', { agree: s.agree, disagree: s.disagree, pass: s.pass, participants: s.participants, ratio: s.ratio }) : t('contributions', { count: s.contributions })}</span>
        {f.onlyIn && <span className="badge">{'place' in f.onlyIn ? t('onlyIn', { place: f.onlyIn.place }) : t('onlyBy', { category: f.onlyIn.category })}</span>}
        {f.edited && <span className="badge">{t('yourWording')}</span>}
      </p>
      {f.divides && <p className="hint">{t('divides', { text: f.divides })}</p>}
      {quotes.length > 0 && (
        <details>
          <summary>{t('quotes')}</summary>
          <ul>
            {quotes.map((q) => (
              <li key={q} dir="auto">
                {q}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ErrorMessage error={error} />
      <div className="row-actions" hidden={readOnly}>
        {editing === null && (
          <button type="button" onClick={() => setEditing(f.text)}>
            {t('edit')}
          </button>
        )}
        {f.edited && (
          <button type="button" onClick={() => run(() => applyCuration({ type: 'finding.edited', themeId: f.themeId, text: null }))}>
            {t('revert')}
          </button>
        )}
      </div>
    </li>
  );
}
