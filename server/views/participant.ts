/**
 * The participant serializer: the only code that shapes data for phones. A phone learns which
 * contributions are its own and its own votes and tags; of everyone else, only aggregates,
 * and only where the session's settings allow. Nothing here carries the round's log position.
 */
import type { ContributionView, ParticipantContributionView, ParticipantSnapshot, Tally } from '../../shared/views.js';
import type { TallyUpdate } from '../../shared/protocol/events.js';
import type { Contribution, Round, Session } from '../domain/state.js';
import { isFromDiscussion, isVisible } from '../domain/state.js';
import { effectiveVotes, tagCounts, tagsOf, tallyOf } from '../domain/tally.js';
import { publicAgenda } from './agenda.js';

export interface ParticipantViewer {
  voterKey: string;
  /** This phone's own contributions in the session, recognised by their author tags (socket/own-contributions.ts). */
  mine: ReadonlySet<string>;
}

export function talliesPublic(session: Session): boolean {
  return session.settings.talliesRevealed || session.settings.tallies === 'always';
}

/** The part of a contribution that is the same for every participant. */
export function sharedContribution(c: Contribution): ContributionView {
  return { id: c.id, questionId: c.questionId, text: c.text, fromDiscussion: isFromDiscussion(c) };
}

export function tallyUpdate(round: Round, c: Contribution): TallyUpdate {
  return { id: c.id, tally: tallyOf(effectiveVotes(round, c)), tags: tagCounts(round, c) };
}

export function participantContribution(round: Round, session: Session, c: Contribution, viewer: ParticipantViewer): ParticipantContributionView {
  const votes = effectiveVotes(round, c);
  const myVote = votes.get(viewer.voterKey)?.vote ?? null;
  const mine = viewer.mine.has(c.id);
  const view: ParticipantContributionView = {
    ...sharedContribution(c),
    mine,
    myVote,
    myTags: tagsOf(round, c, viewer.voterKey),
  };
  if (mine && c.mergedInto) view.mergedInto = mergedIntoView(round, c.mergedInto);
  if (talliesPublic(session) || (session.settings.tallies === 'after-voting' && myVote !== null)) {
    view.tally = tallyOf(votes) satisfies Tally;
    view.tags = tagCounts(round, c);
  }
  return view;
}

/** Where a phone's own merged contribution went: the text of the one it joined, unless that one is hidden. */
export function mergedIntoView(round: Round, targetId: string): { id: string; text: string | null } {
  const target = round.contributions.get(targetId);
  return { id: targetId, text: target && isVisible(target) ? target.text : null };
}

/** A phone's own contribution merged into another: kept in its author's view alone, saying where it went. */
function ownMerged(c: Contribution, viewer: ParticipantViewer): boolean {
  return c.mergedInto !== null && c.hidden === null && c.withdrawn === null && viewer.mine.has(c.id);
}

/** Questions this phone has posted to: under "after posting", the key to seeing the others. */
export function postedTo(round: Round, mine: ReadonlySet<string>): Set<string> {
  const posted = new Set<string>();
  for (const id of mine) {
    const c = round.contributions.get(id);
    if (c) posted.add(c.questionId);
  }
  return posted;
}

export function mayAlwaysSee(session: Session, questionId: string, posted: Set<string>): boolean {
  return session.settings.visibility === 'immediate' || posted.has(questionId);
}

export function participantSnapshot(round: Round, session: Session, viewer: ParticipantViewer, serverNow: number): ParticipantSnapshot {
  const posted = postedTo(round, viewer.mine);
  const included = new Set([...session.questions.values()].filter((q) => q.included).map((q) => q.id));
  const contributions: ParticipantContributionView[] = [];
  for (const c of round.contributions.values()) {
    if (c.sessionId !== session.id || !(isVisible(c) || ownMerged(c, viewer)) || !included.has(c.questionId)) continue;
    if (!viewer.mine.has(c.id) && !mayAlwaysSee(session, c.questionId, posted)) continue;
    contributions.push(participantContribution(round, session, c, viewer));
  }
  return {
    ...publicAgenda(round, session),
    serverNow,
    contributions,
    postedTo: [...posted],
  };
}

/** Contributions a phone has voted on: it may see their tallies under "after voting". */
export function votedOn(round: Round, sessionId: string, voterKey: string): string[] {
  const ids: string[] = [];
  for (const c of round.contributions.values()) {
    if (c.sessionId === sessionId && isVisible(c) && effectiveVotes(round, c).has(voterKey)) ids.push(c.id);
  }
  return ids;
}
