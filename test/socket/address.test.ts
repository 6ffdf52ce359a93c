import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../server/socket/address.js';

const handshake = (peer: string, forwardedFor?: string) => ({ address: peer, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });

describe('the address a connection is rate-limited on', () => {
  it('is the TCP peer unless proxies are trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress(handshake('203.0.113.9', '10.0.0.1'), 0)).toBe('203.0.113.9');
  });

  it('is what the trusted proxy saw, not what the client wrote before it', () => {
    // nginx appends the address it received from: "<whatever the client sent>, <real client>".
    expect(clientAddress(handshake('127.0.0.1', 'spoofed, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientAddress(handshake('127.0.0.1', '198.51.100.7, 10.1.1.1'), 2)).toBe('198.51.100.7');
  });

  it('falls back to the furthest known hop when the header is shorter than the trusted chain', () => {
    expect(clientAddress(handshake('127.0.0.1'), 1)).toBe('127.0.0.1');
    expect(clientAddress(handshake('127.0.0.1', '198.51.100.7'), 3)).toBe('198.51.100.7');
  });
});
