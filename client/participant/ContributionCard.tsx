import { useTranslations } from 'use-intl';
import { countOf } from '../../shared/counts.js';
import type { ParticipantContributionView, TagDef } from '../../shared/views.js';
import type { VoteChoice } from '../../shared/protocol/vocabulary.js';
import { VOTES } from '../../shared/protocol/vocabulary.js';
import { useTagText } from '../i18n/tag-labels.js';
import { useStore } from '../store/index.js';
import { newOpId } from '../socket/identity.js';
import { enqueue } from '../socket/outbox.js';
import { TallyLine } from '../ui/TallyLine.js';
import { RefusedItems } from './Refused.js';
import { mayReact, mayWithdraw } from './room-state.js';
import { WithdrawButton } from './WithdrawButton.js';

const NO_TAGS: TagDef[] = [];

export function vote(contributionId: string, choice: VoteChoice | null) {
  enqueue({ opId: newOpId(), kind: 'vote', contributionId, vote: choice, state: 'pending' });
}

/**
 * A contribution on the phone; read-only when looking back at an earlier question, once its question
 * closes, or while the session takes no votes. This phone's own can be withdrawn while the question is
 * open, and one merged into another says where it went.
 */
export function ContributionCard({ contribution: c, readOnly = false }: { contribution: ParticipantContributionView; readOnly?: boolean }) {
  const t = useTranslations('contribution');
  const tagText = useTagText();
  const tagSet = useStore((s) => s.agenda?.tagSet ?? NO_TAGS);
  const pending = useStore((s) => s.outbox.some((i) => i.kind !== 'post' && i.contributionId === c.id && i.state !== 'failed'));
  const agenda = useStore((s) => s.agenda);
  const question = agenda?.questions.find((q) => q.id === c.questionId);
  const reacting = !readOnly && !c.mergedInto && mayReact(agenda, question);
  const withdrawable = !readOnly && c.mine && !c.mergedInto && mayWithdraw(agenda, question);
  return (
    <li className={`contribution ${c.mine ? 'mine' : ''}`}>
      <p dir="auto">{c.text}</p>
      <p className="meta">
        {c.mine && <span className="badge mine-badge">{t('yours')}</span>}
        {c.fromDiscussion && <span className="badge">{t('fromDiscussion')}</span>}
        {pending && <span className="badge pending-badge">{t('pending')}</span>}
        {readOnly && c.myVote && <span className="badge">{t('youVoted', { vote: c.myVote })}</span>}
      </p>
      {c.mergedInto && (
        <p className="merged-note" dir="auto">
          {c.mergedInto.text !== null ? t('mergedInto', { text: c.mergedInto.text }) : t('mergedIntoHidden')}
        </p>
      )}
      {c.tally && !c.mergedInto && <TallyLine tally={c.tally} />}
      <RefusedItems contributionId={c.id} />
      {withdrawable && <WithdrawButton contributionId={c.id} />}
      {reacting && (
        <>
          <div className="votes" role="group" aria-label={t('yourVote')}>
            {VOTES.map((choice) => (
              <button
                key={choice}
                type="button"
                className={`vote vote-${choice}`}
                aria-pressed={c.myVote === choice}
                onClick={() => vote(c.id, c.myVote === choice ? null : choice)}
              >
                {t(choice)}
              </button>
            ))}
          </div>
          <details className="tags">
            <summary className="tag-toggle">
              <span>{c.myTags.length > 0 ? t('tagCount', { count: c.myTags.length }) : t('tag')}</span>
              <span className="chevron" aria-hidden="true" />
            </summary>
            <p className="hint">{t('tagHint')}</p>
            <div className="tag-list">
              {tagSet.map((tag) => {
                const on = c.myTags.includes(tag.id);
                const { label, hint } = tagText(tag);
                return (
                  <button
                    key={tag.id}
                    type="button"
                    aria-pressed={on}
                    title={hint}
                    onClick={() => enqueue({ opId: newOpId(), kind: 'tag', contributionId: c.id, tag: tag.id, on: !on, state: 'pending' })}
                  >
                    {label}
                    {countOf(c.tags, tag.id) > 0 ? ` · ${countOf(c.tags, tag.id)}` : ''}
                  </button>
                );
              })}
            </div>
          </details>
        </>
      )}
    </li>
  );
}
