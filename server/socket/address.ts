/**
 * Where a connection comes from, for rate limits only: the TCP peer, or behind `trustProxy`
 * reverse proxies the address the outermost of them saw. It is turned into a keyed hash once per
 * connection and kept in memory beside the socket; the address itself is kept nowhere.
 */
import type { Socket } from 'socket.io';

const addressKeys = new WeakMap<object, string>();

export function clientAddress(handshake: { address: string; headers: Record<string, string | string[] | undefined> }, trustProxy: number): string {
  if (trustProxy <= 0) return handshake.address;
  const header = handshake.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((h) => h.trim()).filter(Boolean);
  // Each proxy appends the address it received from; the last `trustProxy` entries are theirs to vouch for.
  const chain = [...hops, handshake.address];
  return chain[Math.max(0, chain.length - 1 - trustProxy)];
}

export function addressMiddleware(trustProxy: number, keyOf: (address: string) => string) {
  return (socket: Socket, next: (error?: Error) => void) => {
    addressKeys.set(socket, keyOf(clientAddress(socket.handshake, trustProxy)));
    next();
  };
}

/** The keyed hash of the connection's address. */
export function addressKeyOf(socket: object): string {
  return addressKeys.get(socket) ?? 'unknown';
}
