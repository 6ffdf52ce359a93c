/** The connection handler: one routing table of every command (each audience's, then resync), then leave. */
import { PROTOCOL_VERSION } from '../../shared/protocol/limits.js';
import { refuse } from '../domain/errors.js';
import { facilitatorSnapshot } from '../views/facilitator.js';
import { projectorSnapshot } from '../views/projector.js';
import { refuseUnknownEvents } from './command.js';
import { requireRound, requireSession, type SocketDeps } from './deps.js';
import { facilitatorRoutes } from './facilitator-handlers.js';
import { enterRooms, leaveSession, participantRoutes } from './participant-handlers.js';
import { projectorRoutes } from './projector-handlers.js';
import { bindRoutes, type Route, type RouteTable } from './routes.js';
import type { TypedServer, TypedSocket } from './types.js';

export function attachSocketHandlers(io: TypedServer, deps: SocketDeps): void {
  io.use((socket, next) => {
    const protocol = Number((socket.handshake.auth as { protocol?: unknown })?.protocol ?? PROTOCOL_VERSION);
    if (protocol !== PROTOCOL_VERSION) {
      next(new Error(`unsupported-protocol: this server speaks protocol ${PROTOCOL_VERSION}; reload the page`));
      return;
    }
    next();
  });

  io.on('connection', (socket) => {
    refuseUnknownEvents(socket);
    bindRoutes(socket, deps, ROUTES);
    socket.on('disconnecting', () => forget(socket, deps));
  });
}

/**
 * A socket that goes away stops being counted and lets go of the phone's keys at once. (Connection
 * state recovery is off, so Socket.IO keeps nothing of it either; the client enters its role again
 * after every reconnect.)
 */
function forget(socket: TypedSocket, deps: SocketDeps): void {
  leaveSession(socket, deps);
  for (const room of socket.rooms) if (room !== socket.id) socket.leave(room);
  socket.data = {};
}

/** After any reconnect the client asks for a fresh snapshot of what it may see. */
const syncRoute: Route<'session:sync'> = {
  role: 'anyone',
  handle: async ({ sessionId }, { socket, deps }) => {
    const { participant, consoleOf, projectorOf } = socket.data;
    if (participant?.sessionId === sessionId) {
      const service = await requireRound(deps, participant.roundId);
      return { snapshot: enterRooms(socket, deps, service.round, sessionId) };
    }
    if (consoleOf) {
      const service = await requireRound(deps, consoleOf.roundId);
      const session = requireSession(service, sessionId);
      const roster = await deps.store.roster.counts(sessionId);
      return { snapshot: facilitatorSnapshot(service.round, session, { connected: deps.presence.count(sessionId), roster }, deps.now()) };
    }
    if (projectorOf?.sessionId === sessionId) {
      const service = await requireRound(deps, projectorOf.roundId);
      const session = requireSession(service, sessionId);
      return { snapshot: projectorSnapshot(service.round, session, deps.presence.count(sessionId), deps.now(), deps.publisher.projectorSynthesis(service.round, session)) };
    }
    refuse('not-joined', 'Join this session first.');
  },
};

/** Every command of the protocol, with who may send it: one missing here fails to compile. */
export const ROUTES: RouteTable = { ...participantRoutes, ...facilitatorRoutes, ...projectorRoutes, 'session:sync': syncRoute };
