/** Pure updates of the participant slice, one per server message. */
import type { TallyUpdate } from '../../shared/protocol/events.js';
import type { Agenda, ParticipantContributionView, ParticipantSnapshot } from '../../shared/views.js';
import type { ParticipantSlice } from './participant-slice.js';

type P = Pick<ParticipantSlice, 'agenda' | 'contributions' | 'order' | 'postedTo'>;

export function fromSnapshot(snapshot: ParticipantSnapshot): P {
  const { contributions, postedTo, serverNow: _serverNow, ...agenda } = snapshot;
  return {
    agenda,
    contributions: Object.fromEntries(contributions.map((c) => [c.id, c])),
    order: contributions.map((c) => c.id),
    postedTo,
  };
}

/** A contribution arrives by broadcast or by acknowledgement: keep what this phone already knows of it. */
export function withContribution(state: P, incoming: ParticipantContributionView): P {
  const known = state.contributions[incoming.id];
  const merged: ParticipantContributionView = known
    ? { ...known, ...incoming, mine: known.mine || incoming.mine, myVote: known.myVote ?? incoming.myVote, myTags: known.myTags.length ? known.myTags : incoming.myTags, tally: incoming.tally ?? known.tally, tags: incoming.tags ?? known.tags }
    : incoming;
  return {
    ...state,
    contributions: { ...state.contributions, [incoming.id]: merged },
    order: known ? state.order : [...state.order, incoming.id],
    postedTo: incoming.mine && !state.postedTo.includes(incoming.questionId) ? [...state.postedTo, incoming.questionId] : state.postedTo,
  };
}

/**
 * Contributions that left the room's view. After a merge, this phone keeps its own among them, marked
 * with the contribution they joined, so that it can tell where its words went.
 */
export function withoutContributions(state: P, ids: string[], mergedInto?: { id: string; text: string }): P {
  const contributions = { ...state.contributions };
  const drop = new Set<string>();
  for (const id of ids) {
    const c = contributions[id];
    if (mergedInto && c?.mine) contributions[id] = { ...c, mergedInto };
    else drop.add(id);
  }
  for (const id of drop) delete contributions[id];
  return { ...state, contributions, order: state.order.filter((id) => !drop.has(id)) };
}

/** Whether a contribution is in the room's view: not this phone's own merged into another. */
export function inRoom(c: ParticipantContributionView): boolean {
  return c.mergedInto === undefined;
}

export function withTallies(state: P, tallies: TallyUpdate[]): P {
  const contributions = { ...state.contributions };
  for (const t of tallies) {
    const c = contributions[t.id];
    if (c) contributions[t.id] = { ...c, tally: t.tally, tags: t.tags };
  }
  return { ...state, contributions };
}

export function withAgenda(state: P, agenda: Agenda): P {
  return { ...state, agenda };
}

export function withMyVote(state: P, contributionId: string, vote: ParticipantContributionView['myVote']): P {
  const c = state.contributions[contributionId];
  if (!c) return state;
  return { ...state, contributions: { ...state.contributions, [contributionId]: { ...c, myVote: vote } } };
}

export function withMyTag(state: P, contributionId: string, tag: string, on: boolean): P {
  const c = state.contributions[contributionId];
  if (!c) return state;
  const myTags = on ? [...new Set([...c.myTags, tag])].sort() : c.myTags.filter((t) => t !== tag);
  return { ...state, contributions: { ...state.contributions, [contributionId]: { ...c, myTags } } };
}

/**
 * The voting deck: every contribution not yet voted on, the ones with the fewest votes first, then
 * arrival order. This phone's own are in it too (marked `mine`): left out, a phone's blanks in the vote
 * matrix would spell out exactly what it wrote. Under "after posting" its own join the deck only once it
 * sees another participant's contribution to that question: a phone alone in posting there would
 * otherwise be the one voter on that question, and its votes there its own contributions.
 */
export function deckOrder(state: Pick<P, 'contributions' | 'order' | 'agenda'>, questionId: string | null): ParticipantContributionView[] {
  const position = new Map(state.order.map((id, i) => [id, i]));
  const shown = state.order.map((id) => state.contributions[id]).filter((c) => inRoom(c) && (questionId === null || c.questionId === questionId));
  const ownAlwaysIn = state.agenda?.settings.visibility !== 'after-posting';
  const othersPostedTo = new Set(shown.filter((c) => !c.mine && !c.fromDiscussion).map((c) => c.questionId));
  return shown
    .filter((c) => c.myVote === null && (!c.mine || ownAlwaysIn || othersPostedTo.has(c.questionId)))
    .sort((a, b) => votesOf(a) - votesOf(b) || position.get(a.id)! - position.get(b.id)!);
}

function votesOf(c: ParticipantContributionView): number {
  return c.tally ? c.tally.agree + c.tally.disagree + c.tally.pass : 0;
}
