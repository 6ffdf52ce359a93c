/** Moderation: every action is an event, and every action has its undo. */
import type { Command } from '../../../shared/protocol/commands.js';
import { refuse } from '../errors.js';
import type { RoundEvent } from '../events.js';
import type { Round } from '../state.js';
import { findContribution, findLiveContribution } from './lookup.js';

export function hideContribution(round: Round, cmd: Command<'contribution:hide'>): RoundEvent[] {
  const c = findContribution(round, cmd.contributionId);
  if (c.hidden) return [];
  return [{ type: 'contribution.hidden', contributionId: c.id, reason: cmd.reason }];
}

export function unhideContribution(round: Round, cmd: Command<'contribution:unhide'>): RoundEvent[] {
  const c = findContribution(round, cmd.contributionId);
  if (!c.hidden) return [];
  return [{ type: 'contribution.unhidden', contributionId: c.id }];
}

export function mergeContributions(round: Round, cmd: Command<'contributions:merge'>): RoundEvent[] {
  const target = findLiveContribution(round, cmd.into);
  const from = [...new Set(cmd.from)];
  for (const id of from) {
    if (id === target.id) refuse('invalid-payload', 'A contribution cannot be merged into itself.');
    const source = findLiveContribution(round, id);
    if (source.sessionId !== target.sessionId) refuse('invalid-payload', 'Only duplicates within one session can be merged.');
    if (source.merged.length > 0) refuse('conflict', 'Unmerge the duplicates of a contribution before merging it.');
  }
  return [{ type: 'contributions.merged', into: target.id, from }];
}

export function unmergeContribution(round: Round, cmd: Command<'contribution:unmerge'>): RoundEvent[] {
  const c = findContribution(round, cmd.contributionId);
  if (!c.mergedInto) return [];
  return [{ type: 'contribution.unmerged', contributionId: c.id }];
}

export function starContribution(round: Round, cmd: Command<'contribution:star'>): RoundEvent[] {
  const c = findLiveContribution(round, cmd.contributionId);
  if (c.starred === cmd.starred) return [];
  return [{ type: 'contribution.starred', contributionId: c.id, starred: cmd.starred }];
}

export function promoteContribution(round: Round, cmd: Command<'contribution:promote'>): RoundEvent[] {
  const c = findLiveContribution(round, cmd.contributionId);
  if (c.promoted === cmd.promoted) return [];
  return [{ type: 'contribution.promoted', contributionId: c.id, promoted: cmd.promoted }];
}
