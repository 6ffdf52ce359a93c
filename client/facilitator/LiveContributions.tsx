import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { FacilitatorContributionView, FacilitatorSnapshot } from '../../shared/views.js';
import { useTagText } from '../i18n/tag-labels.js';
import { addDiscussionPoint, hideContribution, mergeContributions, promoteContribution, starContribution, unhideContribution, unmergeContribution } from '../socket/commands.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { TallyLine } from '../ui/TallyLine.js';
import { useReadOnly } from './read-only.js';
import { TextDialog } from './TextDialog.js';
import { useAction } from './useAction.js';

export function LiveContributions({ snapshot, questionId }: { snapshot: FacilitatorSnapshot; questionId: string | null }) {
  const t = useTranslations('console.contributions');
  const { run, error } = useAction();
  const [point, setPoint] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [hiding, setHiding] = useState<string | null>(null);
  const readOnly = useReadOnly();
  const list = snapshot.contributions.filter((c) => c.questionId === questionId);
  const live = list.filter((c) => !c.hidden && !c.mergedInto);

  return (
    <section className="live-contributions column" aria-labelledby="contributions-title">
      <h2 id="contributions-title">{t('title', { count: live.length })}</h2>
      <ErrorMessage error={error} />
      {questionId === null ? (
        <p className="empty">{t('pick')}</p>
      ) : (
        <>
          {!readOnly && (
            <form
              className="discussion-point"
              onSubmit={async (e) => {
                e.preventDefault();
                if (await run(() => addDiscussionPoint(snapshot.session.id, questionId, point))) setPoint('');
              }}
            >
              <label htmlFor="discussion-point">{t('point')}</label>
              <textarea id="discussion-point" rows={2} value={point} onChange={(e) => setPoint(e.target.value)} required maxLength={1000} dir="auto" />
              <button type="submit">{t('addPoint')}</button>
            </form>
          )}
          {picked.length > 0 && <p className="hint">{t('picked', { count: picked.length })}</p>}
          {list.length === 0 && <p className="empty">{t('none')}</p>}
          <ul className="contributions">
            {list
              .slice()
              .reverse()
              .map((c) => (
                <Row
                  key={c.id}
                  c={c}
                  tagSet={snapshot.tagSet}
                  readOnly={readOnly}
                  picked={picked.includes(c.id)}
                  onPick={(on) => setPicked((p) => (on ? [...p, c.id] : p.filter((id) => id !== c.id)))}
                  onMergeHere={
                    picked.length > 0 && !picked.includes(c.id)
                      ? async () => {
                          if (await run(() => mergeContributions(c.id, picked))) setPicked([]);
                        }
                      : undefined
                  }
                  onHide={() => setHiding(c.id)}
                  run={run}
                />
              ))}
          </ul>
        </>
      )}
      {hiding && (
        <TextDialog
          title={t('hideTitle')}
          label={t('hideReason')}
          submit={t('hide')}
          error={error}
          onSubmit={(reason) => run(() => hideContribution(hiding, reason))}
          onClose={() => setHiding(null)}
        />
      )}
    </section>
  );
}

interface RowProps {
  c: FacilitatorContributionView;
  tagSet: FacilitatorSnapshot['tagSet'];
  readOnly: boolean;
  picked: boolean;
  onPick(on: boolean): void;
  onMergeHere?: () => void;
  onHide(): void;
  run: ReturnType<typeof useAction>['run'];
}

function Row({ c, tagSet, readOnly, picked, onPick, onMergeHere, onHide, run }: RowProps) {
  const t = useTranslations('console.contributions');
  const tagText = useTagText();
  const gone = c.hidden !== null || c.mergedInto !== null;
  const tagLabel = (id: string) => {
    const tag = tagSet.find((x) => x.id === id);
    return tag ? tagText(tag).label : id;
  };
  return (
    <li className={`contribution ${gone ? 'gone' : ''} ${c.starred ? 'starred' : ''}`}>
      <p dir="auto">{c.text}</p>
      <p className="meta">
        {c.fromDiscussion && <span className="badge">{t('fromDiscussion')}</span>}
        {c.attribution && <span className="badge">{t('quotable', { label: c.attribution })}</span>}
        {c.hidden && <span className="badge warn">{t('hidden', { reason: c.hidden.reason })}</span>}
        {c.mergedInto && <span className="badge warn">{t('mergedInto')}</span>}
        {c.merged.length > 0 && <span className="badge">{t('mergedIn', { count: c.merged.length })}</span>}
        {c.promoted && <span className="badge">{t('promoted')}</span>}
        {Object.entries(c.tags).map(([tag, n]) => (
          <span key={tag} className="badge tag">
            {tagLabel(tag)} · {n}
          </span>
        ))}
      </p>
      <TallyLine tally={c.tally} />
      {!readOnly && (
        <div className="row-actions">
          {c.hidden ? (
            <button type="button" onClick={() => run(() => unhideContribution(c.id))}>
              {t('undoHide')}
            </button>
          ) : c.mergedInto ? (
            <button type="button" onClick={() => run(() => unmergeContribution(c.id))}>
              {t('undoMerge')}
            </button>
          ) : (
            <>
              <button type="button" aria-pressed={c.starred} onClick={() => run(() => starContribution(c.id, !c.starred))}>
                {c.starred ? t('unstar') : t('star')}
              </button>
              <button type="button" aria-pressed={c.promoted} onClick={() => run(() => promoteContribution(c.id, !c.promoted))}>
                {c.promoted ? t('unpromote') : t('promote')}
              </button>
              <button type="button" onClick={onHide}>
                {t('hide')}
              </button>
              <label className="check">
                <input type="checkbox" checked={picked} onChange={(e) => onPick(e.target.checked)} /> {t('duplicate')}
              </label>
              {onMergeHere && (
                <button type="button" onClick={onMergeHere}>
                  {t('mergeHere')}
                </button>
              )}
            </>
          )}
        </div>
      )}
    </li>
  );
}
