import type { Tally } from '../../shared/views.js';

export function TallyLine({ tally }: { tally: Tally }) {
  const total = tally.agree + tally.disagree + tally.pass;
  return (
    <p className="tally" aria-label={`${tally.agree} agree, ${tally.disagree} disagree, ${tally.pass} pass`}>
      <span className="t-agree">{tally.agree} agree</span> · <span className="t-disagree">{tally.disagree} disagree</span> ·{' '}
      <span className="t-pass">{tally.pass} pass</span>
      {total > 0 && (
        <span className="bar" aria-hidden="true">
          <span style={{ width: `${(100 * tally.agree) / total}%` }} className="bar-agree" />
          <span style={{ width: `${(100 * tally.disagree) / total}%` }} className="bar-disagree" />
        </span>
      )}
    </p>
  );
}
