import { describe, expect, it } from 'vitest';
import { clientAddress, limitedNetwork } from '../../server/socket/address.js';

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

  it('counts an IPv6 client on its /64, so it cannot change address inside its network to get new budgets', () => {
    expect(limitedNetwork('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(limitedNetwork('2001:0DB8:00aa:00bb:ffff::1')).toBe('2001:db8:aa:bb::/64');
    expect(limitedNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitedNetwork('2001:db8:0:0:9::')).toBe(limitedNetwork('2001:db8::1'));
    expect(limitedNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(limitedNetwork('::1')).toBe('0:0:0:0::/64');
    expect(limitedNetwork('64:ff9b::198.51.100.7')).toBe('64:ff9b:0:0::/64');
  });

  it('counts an IPv4 client on its address, also when the socket reports it as IPv6', () => {
    expect(limitedNetwork('198.51.100.7')).toBe('198.51.100.7');
    expect(limitedNetwork('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(limitedNetwork('::FFFF:198.51.100.7')).toBe('198.51.100.7');
  });
});
