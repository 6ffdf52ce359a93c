/**
 * Where a connection comes from, for rate limits only: the TCP peer, or behind `trustProxy`
 * reverse proxies the address the outermost of them saw. An IPv6 client is limited on its /64,
 * which one home or one Wi-Fi network gets as a whole, so it cannot multiply its budgets by
 * changing addresses inside it. It is turned into a keyed hash once per connection and kept in
 * memory beside the socket; the address itself is kept nowhere.
 */
import { isIPv6 } from 'node:net';
import type { Socket } from 'socket.io';

const addressKeys = new WeakMap<object, string>();

interface Handshake {
  address: string;
  headers: Record<string, string | string[] | undefined>;
}

export function clientAddress(handshake: Handshake, trustProxy: number): string {
  if (trustProxy <= 0) return handshake.address;
  const header = handshake.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((h) => h.trim()).filter(Boolean);
  // Each proxy appends the address it received from; the last `trustProxy` entries are theirs to vouch for.
  const chain = [...hops, handshake.address];
  return chain[Math.max(0, chain.length - 1 - trustProxy)];
}

/** The network a rate limit counts: an IPv4 address (also when written as IPv6), or an IPv6 /64. */
export function limitedNetwork(address: string): string {
  const plain = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped) return mapped[1];
  if (!isIPv6(plain)) return plain;
  return `${ipv6Groups(plain).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, in lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const part = (s: string | undefined) =>
    (s ? s.split(':') : []).flatMap((g) => {
      if (!g.includes('.')) return [g];
      const [a, b, c, d] = g.split('.').map(Number);
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  const front = part(head);
  const back = part(tail);
  const gap = tail === undefined ? [] : Array<string>(8 - front.length - back.length).fill('0');
  return [...front, ...gap, ...back].map((g) => parseInt(g, 16).toString(16));
}

/** The keyed hash a handshake (or an HTTP request) is limited on. */
export function addressKeyer(trustProxy: number, keyOf: (network: string) => string) {
  return (handshake: Handshake) => keyOf(limitedNetwork(clientAddress(handshake, trustProxy)));
}

export function addressMiddleware(keyer: (handshake: Handshake) => string) {
  return (socket: Socket, next: (error?: Error) => void) => {
    addressKeys.set(socket, keyer(socket.handshake));
    next();
  };
}

/** The keyed hash of the connection's address. */
export function addressKeyOf(socket: object): string {
  return addressKeys.get(socket) ?? 'unknown';
}
