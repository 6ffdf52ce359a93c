/** The page's one socket. Created here, used by listeners.ts and commands.ts only. */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.js';
import { SOCKET_OPTIONS } from './options.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const socket: ClientSocket = io(SOCKET_OPTIONS);
