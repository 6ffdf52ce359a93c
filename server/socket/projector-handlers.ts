/** The room's big screen: read-only, reached by the session's public join code (with its join key from the console's link). */
import { rooms } from '../realtime/rooms.js';
import { projectorSnapshot } from '../views/projector.js';
import { commandBinder } from './command.js';
import { requireOpenSession, requireRound, type SocketDeps } from './deps.js';
import type { TypedSocket } from './types.js';

export function bindProjectorCommands(socket: TypedSocket, deps: SocketDeps): void {
  commandBinder(socket, deps)('projector:watch', async ({ joinCode, joinKey }) => {
    const { joinKey: sessionKey, ...ref } = await deps.joinGate.open(socket, joinCode, joinKey);
    const service = await requireRound(deps, ref.roundId);
    const session = requireOpenSession(service, ref.sessionId);
    socket.data.projectorOf = ref;
    socket.join(rooms.projectors(session.id));
    return { snapshot: projectorSnapshot(service.round, session, deps.presence.count(session.id), deps.now()), joinKey: sessionKey };
  });
}
