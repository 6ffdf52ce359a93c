/** What participants do: post, vote, tag, withdraw their own. And the facilitator's points made aloud. */
import type { Command } from '../../../shared/protocol/commands.js';
import type { DecisionContext, ParticipantActor } from '../actor.js';
import { attributionLabel } from '../attribution.js';
import { refuse } from '../errors.js';
import type { RoundEvent } from '../events.js';
import type { Contribution, Round } from '../state.js';
import { voteOf } from '../tally.js';
import { findLiveContribution, findQuestion, findSession, findSessionContribution } from './lookup.js';
import type { ParticipantCommand } from './operations.js';
import { assertMayPost, assertMayReact, assertMayWithdraw } from './room-state.js';

type Of<N extends ParticipantCommand['name']> = Extract<ParticipantCommand, { name: N }>;

export function addContribution(round: Round, { payload: cmd, opKey }: Of<'contribution:add'>, actor: ParticipantActor, ctx: DecisionContext): RoundEvent[] {
  const session = findSession(round, actor.sessionId);
  const question = findQuestion(session, cmd.questionId);
  assertMayPost(session, question);
  const quotable = cmd.quotable
    ? { label: attributionLabel(session.place, session.format, actor.category), category: actor.category }
    : null;
  const added = newContribution(session.id, question.id, cmd.text, ctx);
  return [{ ...added, authorTag: actor.authorTag(added.contributionId), quotable, opKey }];
}

export function addDiscussionPoint(round: Round, cmd: Command<'discussion:add'>, ctx: DecisionContext): RoundEvent[] {
  const session = findSession(round, cmd.sessionId);
  const question = findQuestion(session, cmd.questionId);
  return [newContribution(session.id, question.id, cmd.text, ctx)];
}

/** An unattributed contribution; a participant's post adds its author tag, label and operation key. */
function newContribution(sessionId: string, questionId: string, text: string, ctx: DecisionContext): Extract<RoundEvent, { type: 'contribution.added' }> {
  return { type: 'contribution.added', sessionId, questionId, contributionId: ctx.newId(), text, authorTag: null, quotable: null, opKey: null };
}

export function castVote(round: Round, { payload: cmd, opKey }: Of<'vote:cast'>, actor: ParticipantActor): RoundEvent[] {
  const c = findLiveContribution(round, cmd.contributionId, actor.sessionId);
  assertMayReactTo(round, c);
  const held = voteOf(round, c, actor.voterKey);
  if (cmd.vote === null) {
    if (!held) return [];
    // The vote may sit on a duplicate merged into c: withdraw it wherever it was cast.
    const where = [c.id, ...c.merged].filter((id) => round.contributions.get(id)!.votes.has(actor.voterKey));
    return where.map((contributionId) => ({ type: 'vote.withdrawn', contributionId, voterKey: actor.voterKey, opKey }));
  }
  if (held?.vote === cmd.vote) return [];
  return [{ type: 'vote.cast', contributionId: c.id, voterKey: actor.voterKey, vote: cmd.vote, opKey }];
}

export function setTag(round: Round, { payload: cmd, opKey }: Of<'tag:set'>, actor: ParticipantActor): RoundEvent[] {
  const c = findLiveContribution(round, cmd.contributionId, actor.sessionId);
  assertMayReactTo(round, c);
  if (!round.tagSet.some((t) => t.id === cmd.tag)) {
    refuse('unknown-tag', `"${cmd.tag}" is not one of this round's convergence tags.`);
  }
  const sources = [c, ...c.merged.map((id) => round.contributions.get(id)!)];
  const holders = sources.filter((s) => s.tags.get(cmd.tag)?.has(actor.voterKey));
  if (cmd.on) {
    if (holders.length > 0) return [];
    return [{ type: 'tag.set', contributionId: c.id, voterKey: actor.voterKey, tag: cmd.tag, on: true, opKey }];
  }
  return holders.map((s) => ({ type: 'tag.set', contributionId: s.id, voterKey: actor.voterKey, tag: cmd.tag, on: false, opKey }));
}

function assertMayReactTo(round: Round, c: Contribution): void {
  const session = findSession(round, c.sessionId);
  assertMayReact(session, findQuestion(session, c.questionId));
}

/** Only the phone that wrote a contribution can take it back; the event says which contribution, never who. */
export function withdrawContribution(round: Round, cmd: Command<'contribution:withdraw'>, actor: ParticipantActor): RoundEvent[] {
  const c = findSessionContribution(round, cmd.contributionId, actor.sessionId);
  if (!actor.wrote(c)) refuse('not-your-contribution', 'Only the phone that wrote a contribution can withdraw it.');
  if (c.withdrawn !== null) return [];
  const session = findSession(round, c.sessionId);
  assertMayWithdraw(session, findQuestion(session, c.questionId));
  return [{ type: 'contribution.withdrawn', contributionId: c.id }];
}
