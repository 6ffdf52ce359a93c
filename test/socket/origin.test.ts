import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { originAllowed } from '../../server/socket/origin.js';

describe('which pages may open a connection', () => {
  const open = { allowedOrigins: [] };

  it('allows a client that names no origin: a script can write any Origin, so it proves nothing', () => {
    expect(originAllowed(open, undefined, 'concert.example')).toBe(true);
  });

  it('without PUBLIC_URL, allows a page from the host the request was sent to, whatever its scheme', () => {
    expect(originAllowed(open, 'https://concert.example', 'concert.example')).toBe(true);
    expect(originAllowed(open, 'http://127.0.0.1:3000', '127.0.0.1:3000')).toBe(true);
    expect(originAllowed(open, 'http://Concert.Example', 'concert.example')).toBe(true);
    expect(originAllowed(open, 'https://evil.example', 'concert.example')).toBe(false);
    expect(originAllowed(open, 'https://concert.example.evil.example', 'concert.example')).toBe(false);
    expect(originAllowed(open, 'http://127.0.0.1:3001', '127.0.0.1:3000')).toBe(false);
    expect(originAllowed(open, 'null', 'concert.example')).toBe(false);
    expect(originAllowed(open, 'https://concert.example', undefined)).toBe(false);
  });

  it('with PUBLIC_URL, allows that origin and the listed ones only, whatever Host says', () => {
    const policy = { publicUrl: 'https://concert.example/some/path', allowedOrigins: ['https://partner.example'] };
    expect(originAllowed(policy, 'https://concert.example', 'internal:3000')).toBe(true);
    expect(originAllowed(policy, 'https://partner.example', 'internal:3000')).toBe(true);
    expect(originAllowed(policy, 'http://concert.example', 'concert.example')).toBe(false);
    // A name pointed at the server (DNS rebinding) sends a matching Host; with PUBLIC_URL set it does not count.
    expect(originAllowed(policy, 'http://rebound.example', 'rebound.example')).toBe(false);
  });

  it('reads ALLOWED_ORIGINS as a comma-separated list of origins and refuses anything else', () => {
    expect(loadConfig({ ALLOWED_ORIGINS: ' https://a.example , https://b.example:8443/ ' }).ALLOWED_ORIGINS).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(loadConfig({}).ALLOWED_ORIGINS).toEqual([]);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'https://a.example,not an origin' })).toThrow(/ALLOWED_ORIGINS.*not an origin/);
  });
});
