import { useState } from 'react';
import type { FacilitatorContributionView, FacilitatorSnapshot } from '../../shared/views.js';
import { addDiscussionPoint, hideContribution, mergeContributions, promoteContribution, starContribution, unhideContribution, unmergeContribution } from '../socket/commands.js';
import { TallyLine } from '../ui/TallyLine.js';
import { useAction } from './useAction.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

export function LiveContributions({ snapshot, questionId }: { snapshot: FacilitatorSnapshot; questionId: string }) {
  const { run, error } = useAction();
  const [point, setPoint] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const list = snapshot.contributions.filter((c) => c.questionId === questionId);
  const live = list.filter((c) => !c.hidden && !c.mergedInto);
  const tagLabel = new Map(snapshot.tagSet.map((t) => [t.id, t.label]));

  return (
    <section className="live-contributions" aria-labelledby="contributions-title">
      <h3 id="contributions-title">
        Contributions <span className="count">({live.length})</span>
      </h3>
      <ErrorMessage error={error} />
      <form
        className="discussion-point"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run(() => addDiscussionPoint(snapshot.session.id, questionId, point))) setPoint('');
        }}
      >
        <label htmlFor="discussion-point">A point made aloud (paraphrased, unattributed)</label>
        <textarea id="discussion-point" rows={2} value={point} onChange={(e) => setPoint(e.target.value)} required maxLength={1000} />
        <button type="submit">Add from the discussion</button>
      </form>
      {picked.length > 0 && <p className="hint">{picked.length} selected: choose "Merge selected here" on the contribution to keep.</p>}
      <ul className="contributions">
        {list
          .slice()
          .reverse()
          .map((c) => (
            <Row
              key={c.id}
              c={c}
              tagLabel={tagLabel}
              picked={picked.includes(c.id)}
              onPick={(on) => setPicked((p) => (on ? [...p, c.id] : p.filter((id) => id !== c.id)))}
              onMergeHere={
                picked.length > 0 && !picked.includes(c.id)
                  ? async () => {
                      if (await run(() => mergeContributions(c.id, picked))) setPicked([]);
                    }
                  : undefined
              }
              run={run}
            />
          ))}
      </ul>
    </section>
  );
}

interface RowProps {
  c: FacilitatorContributionView;
  tagLabel: Map<string, string>;
  picked: boolean;
  onPick(on: boolean): void;
  onMergeHere?: () => void;
  run: ReturnType<typeof useAction>['run'];
}

function Row({ c, tagLabel, picked, onPick, onMergeHere, run }: RowProps) {
  const gone = c.hidden !== null || c.mergedInto !== null;
  return (
    <li className={`contribution ${gone ? 'gone' : ''} ${c.starred ? 'starred' : ''}`}>
      <p>{c.text}</p>
      <p className="meta">
        {c.fromDiscussion && <span className="badge">From the discussion</span>}
        {c.attribution && <span className="badge">Quotable: {c.attribution}</span>}
        {c.hidden && <span className="badge warn">Hidden: {c.hidden.reason}</span>}
        {c.mergedInto && <span className="badge warn">Merged into another</span>}
        {c.merged.length > 0 && <span className="badge">{c.merged.length} duplicate(s) merged in</span>}
        {c.promoted && <span className="badge">Question for further reflection</span>}
        {Object.entries(c.tags).map(([tag, n]) => (
          <span key={tag} className="badge tag">
            {tagLabel.get(tag) ?? tag} · {n}
          </span>
        ))}
      </p>
      <TallyLine tally={c.tally} />
      <div className="row-actions">
        {c.hidden ? (
          <button type="button" onClick={() => run(() => unhideContribution(c.id))}>Undo hide</button>
        ) : c.mergedInto ? (
          <button type="button" onClick={() => run(() => unmergeContribution(c.id))}>Undo merge</button>
        ) : (
          <>
            <button type="button" aria-pressed={c.starred} onClick={() => run(() => starContribution(c.id, !c.starred))}>
              {c.starred ? 'Unstar' : 'Star for synthesis'}
            </button>
            <button type="button" aria-pressed={c.promoted} onClick={() => run(() => promoteContribution(c.id, !c.promoted))}>
              {c.promoted ? 'Not a question' : 'Make a question for reflection'}
            </button>
            <button
              type="button"
              onClick={() => {
                const reason = window.prompt('Why hide this contribution? (kept in the log, shown only to facilitators)');
                if (reason) void run(() => hideContribution(c.id, reason));
              }}
            >
              Hide
            </button>
            <label className="check">
              <input type="checkbox" checked={picked} onChange={(e) => onPick(e.target.checked)} /> Duplicate
            </label>
            {onMergeHere && <button type="button" onClick={onMergeHere}>Merge selected here</button>}
          </>
        )}
      </div>
    </li>
  );
}
