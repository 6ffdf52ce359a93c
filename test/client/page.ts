/**
 * The page's client modules (client/socket, client/store) run in Node against a real server: the
 * browser globals they read are stubbed, and the page's socket is a real Socket.IO client.
 */
import { vi } from 'vitest';
import { io } from 'socket.io-client';
import { SOCKET_OPTIONS } from '../../client/socket/options.js';

export function stubPageGlobals(): void {
  const storage = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  };
  vi.stubGlobal('localStorage', storage());
  vi.stubGlobal('sessionStorage', storage());
  vi.stubGlobal('window', { location: { pathname: '/', hash: '', search: '' }, addEventListener: () => undefined });
}

/** The page's one socket, pointed at a test server (WebSocket only, as a browser that has it). */
export function pageSocket(url: string) {
  return io(url, { ...SOCKET_OPTIONS, transports: ['websocket'], forceNew: true, reconnectionDelay: 100, reconnectionDelayMax: 500 });
}
