import { countOf } from '../../shared/counts.js';
import type { ParticipantContributionView, TagDef } from '../../shared/views.js';
import type { VoteChoice } from '../../shared/protocol/vocabulary.js';
import { useStore } from '../store/index.js';
import { newOpId } from '../socket/identity.js';
import { enqueue } from '../socket/outbox.js';
import { TallyLine } from '../ui/TallyLine.js';

const VOTE_LABEL: Record<VoteChoice, string> = { agree: 'Agree', disagree: 'Disagree', pass: 'Pass' };

const NO_TAGS: TagDef[] = [];

export function vote(contributionId: string, choice: VoteChoice | null) {
  enqueue({ opId: newOpId(), kind: 'vote', contributionId, vote: choice, state: 'pending' });
}

export function ContributionCard({ contribution: c }: { contribution: ParticipantContributionView }) {
  const tagSet = useStore((s) => s.agenda?.tagSet ?? NO_TAGS);
  const pending = useStore((s) => s.outbox.some((i) => i.kind !== 'post' && i.contributionId === c.id && i.state !== 'failed'));
  return (
    <li className={`contribution ${c.mine ? 'mine' : ''}`}>
      <p>{c.text}</p>
      <p className="meta">
        {c.mine && <span className="badge mine-badge">Yours (only you see this)</span>}
        {c.fromDiscussion && <span className="badge">From the discussion</span>}
        {pending && <span className="badge pending-badge">Pending</span>}
      </p>
      {c.tally && <TallyLine tally={c.tally} />}
      <div className="votes" role="group" aria-label="Your vote">
        {(Object.keys(VOTE_LABEL) as VoteChoice[]).map((choice) => (
          <button
            key={choice}
            type="button"
            className={`vote vote-${choice}`}
            aria-pressed={c.myVote === choice}
            onClick={() => vote(c.id, c.myVote === choice ? null : choice)}
          >
            {VOTE_LABEL[choice]}
          </button>
        ))}
      </div>
      <details className="tags">
        <summary>Tag{c.myTags.length > 0 ? ` (${c.myTags.length})` : ''}</summary>
        <div className="tag-list">
          {tagSet.map((tag) => {
            const on = c.myTags.includes(tag.id);
            return (
              <button
                key={tag.id}
                type="button"
                aria-pressed={on}
                title={tag.hint}
                onClick={() => enqueue({ opId: newOpId(), kind: 'tag', contributionId: c.id, tag: tag.id, on: !on, state: 'pending' })}
              >
                {tag.label}
                {countOf(c.tags, tag.id) > 0 ? ` · ${countOf(c.tags, tag.id)}` : ''}
              </button>
            );
          })}
        </div>
      </details>
    </li>
  );
}
