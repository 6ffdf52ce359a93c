/** The join QR code: from PUBLIC_URL when set, else from the Host header and then marked as varying with it. */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import QRCode from 'qrcode';
import { afterAll, describe, expect, it } from 'vitest';
import { joinKeyFor } from '../../server/socket/join-keys.js';
import { bareApp } from './bare-app.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function serve(publicUrl?: string): Promise<{ port: number; secret: Buffer }> {
  const { app, close, secret } = await bareApp(publicUrl);
  cleanup.push(close);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.address() as AddressInfo).port, secret };
}

/** GET with a Host header of our choosing (fetch will not send one). */
function get(port: number, path: string, host: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const qrOf = (url: string) => QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

describe('the join QR code', () => {
  it('follows the Host header only where no PUBLIC_URL is set, says it varies with Host, and is kept by the browser alone', async () => {
    const { port, secret } = await serve();
    const venue = await get(port, '/api/qr/ABC234.svg', 'concert.venue.example:8080');
    expect(venue.status).toBe(200);
    expect(venue.body).toBe(await qrOf('http://concert.venue.example:8080/join/ABC234'));
    expect(venue.headers.vary).toMatch(/\bHost\b/i);
    expect(venue.headers['cache-control']).toBe('private, max-age=3600');

    const other = await get(port, '/api/qr/abc-234.svg', '192.168.1.20');
    expect(other.body).toBe(await qrOf('http://192.168.1.20/join/ABC234'));

    const key = joinKeyFor(secret, 'ABC234');
    const withKey = await get(port, `/api/qr/ABC234.svg?k=${key}`, 'concert.venue.example');
    expect(withKey.body).toBe(await qrOf(`http://concert.venue.example/join/ABC234#k=${key}`));
    expect(withKey.headers.vary).toMatch(/\bHost\b/i);
    expect(withKey.headers['cache-control']).toBe('private, max-age=3600');

    for (const host of ['evil.example/phish?', 'a b', 'x.example:99999999', 'x.example@evil.example']) {
      const bad = await get(port, '/api/qr/ABC234.svg', host);
      expect(bad.status, host).toBe(400);
    }
  });

  it('is built from PUBLIC_URL whatever the Host header says', async () => {
    const { port } = await serve('https://concert.example.org/');
    const answer = await get(port, '/api/qr/ABC234.svg', 'evil.example');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(await qrOf('https://concert.example.org/join/ABC234'));
    expect(answer.headers.vary ?? '').not.toMatch(/\bHost\b/i);
    expect(answer.headers['cache-control']).toBe('private, max-age=3600');
  });
});
