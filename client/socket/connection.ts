/** The page's one socket. Created here, used by listeners.ts and commands.ts only. */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.js';
import { PROTOCOL_VERSION } from '../../shared/protocol/limits.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const socket: ClientSocket = io({
  autoConnect: false,
  auth: { protocol: PROTOCOL_VERSION },
  // WebSocket only: no long-polling handshake to pin to one node behind a load balancer.
  transports: ['websocket'],
  reconnectionDelayMax: 5000,
});
