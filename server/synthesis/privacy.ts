/**
 * Before a synthesis leaves the live server, the participant ids in its opinion groups are
 * replaced by opaque ones: numbered within each group ("A1", "A2", ...), so they say how many,
 * never who, and cannot be linked to anyone or from one computation to the next. Nothing else
 * in a synthesis carries a participant id (tested).
 */
import type { Synthesis } from '../../shared/synthesis.js';

export function withOpaqueParticipants(s: Synthesis): Synthesis {
  return { ...s, groups: s.groups.map((g) => ({ ...g, participants: g.participants.map((_, i) => `${g.id}${i + 1}`) })) };
}
