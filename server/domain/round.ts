/** Creating a round: its first event. The facilitator key itself is never stored, only its hash. */
import tagSet from '../../shared/data/convergence-tags.json' with { type: 'json' };
import type { RoundEvent } from './events.js';

export function createRound(roundId: string, title: string, keyHash: string): RoundEvent[] {
  return [{ type: 'round.created', roundId, title, keyHash, tagSet }];
}
