import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.js';
import type { PhoneKeys } from '../keys.js';

/** What a socket carries in memory once it has joined. Never logged, never stored, never sent. */
export interface SocketData {
  participant?: PhoneKeys & { roundId: string; sessionId: string; category: string | null };
  facilitatorOf?: string;
  projectorOf?: { roundId: string; sessionId: string };
  watching?: string;
}

export type TypedServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type TypedSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
