/**
 * Operations a phone may send again (after a lost acknowledgement, or from its offline outbox). Each
 * is known by its operation key, a keyed hash of the phone's token and its opId, so the same opId from
 * another phone is another operation. A resend asking for exactly what was done the first time is
 * answered with that and changes nothing; one asking for anything else is refused.
 */
import type { Command } from '../../../shared/protocol/commands.js';
import { refuse } from '../errors.js';
import { legacyOpKey } from '../upcast.js';
import type { AppliedOp, Round } from '../state.js';

export type ParticipantCommand =
  | { name: 'contribution:add'; payload: Command<'contribution:add'>; opKey: string }
  | { name: 'vote:cast'; payload: Command<'vote:cast'>; opKey: string }
  | { name: 'tag:set'; payload: Command<'tag:set'>; opKey: string };

/** What the operation did when it was first applied, if it was. */
export function appliedBefore(round: Round, command: ParticipantCommand): AppliedOp | undefined {
  return round.appliedOps.get(command.opKey) ?? round.appliedOps.get(legacyOpKey(command.payload.opId));
}

export function assertSameOperation(round: Round, applied: AppliedOp, command: ParticipantCommand): void {
  if (!sameOperation(round, applied, command)) {
    refuse('operation-reused', 'This operation id was already used for something else. Nothing was changed.');
  }
}

function sameOperation(round: Round, applied: AppliedOp, command: ParticipantCommand): boolean {
  switch (command.name) {
    case 'contribution:add': {
      const c = applied.kind === 'contribution' ? round.contributions.get(applied.contributionId) : undefined;
      const p = command.payload;
      return !!c && c.questionId === p.questionId && c.text === p.text && (c.quotable !== null) === p.quotable;
    }
    case 'vote:cast':
      return applied.kind === 'vote' && applied.vote === command.payload.vote && sameTarget(round, applied.contributionId, command.payload.contributionId);
    case 'tag:set':
      return (
        applied.kind === 'tag' &&
        applied.tag === command.payload.tag &&
        applied.on === command.payload.on &&
        sameTarget(round, applied.contributionId, command.payload.contributionId)
      );
  }
}

/** A vote or tag taken back may have been stored on a duplicate merged into the contribution the phone named. */
function sameTarget(round: Round, stored: string, requested: string): boolean {
  const into = (id: string) => round.contributions.get(id)?.mergedInto ?? id;
  return stored === requested || into(stored) === into(requested);
}
