/** The room's big screen: read-only, reached by the session's public join code. */
import { normaliseJoinCode } from '../../shared/protocol/limits.js';
import { refuse } from '../domain/errors.js';
import { rooms } from '../realtime/rooms.js';
import { projectorSnapshot } from '../views/projector.js';
import { commandBinder } from './command.js';
import { requireRound, requireSession, type SocketDeps } from './deps.js';
import type { TypedSocket } from './types.js';

export function bindProjectorCommands(socket: TypedSocket, deps: SocketDeps): void {
  commandBinder(socket, deps)('projector:watch', async ({ joinCode }) => {
    await deps.attempts.assertAllowed(socket);
    const ref = await deps.store.joinCodes.resolve(normaliseJoinCode(joinCode));
    if (!ref) {
      await deps.attempts.failed(socket);
      refuse('wrong-join-code', 'No session has this code.');
    }
    const service = await requireRound(deps, ref.roundId);
    const session = requireSession(service, ref.sessionId);
    socket.data.projectorOf = ref;
    socket.join(rooms.projectors(session.id));
    return { snapshot: projectorSnapshot(service.round, session, deps.presence.count(session.id), deps.now()) };
  });
}
