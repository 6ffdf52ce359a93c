/** The facilitator's curation of the synthesis: an event that applies to the round's curation, or a refusal saying why not. */
import type { Command } from '../../../shared/protocol/commands.js';
import { curationProblem, initialCuration } from '../curation.js';
import { refuse } from '../errors.js';
import type { RoundEvent } from '../events.js';
import type { Round } from '../state.js';

export function applyCuration(round: Round, { event }: Command<'curation:apply'>): RoundEvent[] {
  const problem = curationProblem(round.curation ?? initialCuration(), event);
  if (problem) refuse('invalid-payload', problem);
  return [{ type: 'curation', event }];
}
