/** The rounds that some socket of this node has joined, watches or facilitates: they stay loaded. */
import type { TypedServer } from './types.js';

export function roundsInUse(io: TypedServer): Set<string> {
  const roundIds = new Set<string>();
  for (const socket of io.of('/').sockets.values()) {
    const { participant, consoleOf, projectorOf } = socket.data;
    if (participant) roundIds.add(participant.roundId);
    if (consoleOf) roundIds.add(consoleOf.roundId);
    if (projectorOf) roundIds.add(projectorOf.roundId);
  }
  return roundIds;
}
