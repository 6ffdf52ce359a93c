import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.js';
import type { ConsoleAccess } from '../keys.js';
import type { OwnContributions } from './own-contributions.js';

/** A phone that joined a session, as its socket holds it in memory. Never logged, never stored, never sent. */
export interface JoinedPhone {
  roundId: string;
  sessionId: string;
  category: string | null;
  voterKey: string;
  rosterKey: string;
  /** Key of this phone's operation keys in the round (server/keys.ts). */
  opSeed: Buffer;
  own: OwnContributions;
}

/** What a socket carries in memory once it has joined. Never logged, never stored, never sent. */
export interface SocketData {
  participant?: JoinedPhone;
  /** The round whose console this socket opened, and with which key: the facilitator's, or a read-only observer's. */
  consoleOf?: { roundId: string; access: ConsoleAccess };
  projectorOf?: { roundId: string; sessionId: string };
  watching?: string;
}

export type TypedServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type TypedSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
