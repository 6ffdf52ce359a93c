/** How the page's socket connects; kept apart from connection.ts so tests can use the same options. */
import type { ManagerOptions, SocketOptions } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/limits.js';

export const SOCKET_OPTIONS = {
  autoConnect: false,
  auth: { protocol: PROTOCOL_VERSION },
  // WebSocket first. Where a network lets plain HTTP through but not WebSockets (some venues' proxies),
  // HTTP long-polling instead: behind a load balancer such a phone's requests must all reach one node,
  // so several nodes need sticky sessions (docs/operations.md).
  transports: ['websocket', 'polling'],
  tryAllTransports: true,
  reconnectionDelayMax: 5000,
} satisfies Partial<ManagerOptions & SocketOptions>;
