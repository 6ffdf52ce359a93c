/** The room's big screen: read-only, reached by the session's public join code (with its join key from the console's link). */
import { rooms } from '../realtime/rooms.js';
import { projectorSnapshot } from '../views/projector.js';
import { requireOpenSession, requireRound } from './deps.js';
import type { RouteTable } from './routes.js';

export const projectorRoutes = {
  'projector:watch': {
    role: 'anyone',
    handle: async ({ joinCode, joinKey }, { socket, deps }) => {
      const { joinKey: sessionKey, ...ref } = await deps.joinGate.open(socket, joinCode, joinKey);
      const service = await requireRound(deps, ref.roundId);
      const session = requireOpenSession(service, ref.sessionId);
      socket.data.projectorOf = ref;
      socket.join(rooms.projectors(session.id));
      const synthesis = deps.publisher.projectorSynthesis(service.round, session);
      return { snapshot: projectorSnapshot(service.round, session, deps.presence.count(session.id), deps.now(), synthesis), joinKey: sessionKey };
    },
  },
} satisfies Partial<RouteTable>;
