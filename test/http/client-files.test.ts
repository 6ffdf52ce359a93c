/** The built client over HTTP: precompressed copies chosen by Accept-Encoding, identity as the fallback, caching by name. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../client/build/precompress.js';
import { removeDir, tempDir } from '../integration/harness.js';
import { bareApp } from './bare-app.js';

const cleanup: (() => Promise<void> | void)[] = [];
let port = 0;
const dist = tempDir();
const script = `export const greeting = ${JSON.stringify('A contribution that repeats itself. '.repeat(200))};\n`;
const page = `<!doctype html><html><head><title>Concert</title>${'<meta name="x" content="padding">'.repeat(30)}</head><body><div id="root"></div></body></html>`;
const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, 'index.html'), page);
  writeFileSync(join(dist, 'assets', 'index-DXTl3Cd_.js'), script);
  writeFileSync(join(dist, 'assets', 'logo-AbC_12-z.png'), picture);
  writeFileSync(join(dist, 'sw.js'), `// service worker\n${'self.addEventListener("fetch", () => {});\n'.repeat(40)}`);
  writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify({ entry: { file: 'assets/index-DXTl3Cd_.js' } }));
  await precompressDir(dist);
  cleanup.push(() => removeDir(dist));
  const { app, close } = await bareApp(undefined, dist);
  cleanup.push(close);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET (fetch would decompress and hide the encoding), with the Accept-Encoding given or none at all. */
function get(path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decoded = (answer: Answer) => {
  const encoding = answer.headers['content-encoding'];
  const raw = encoding === 'br' ? brotliDecompressSync(answer.body) : encoding === 'gzip' ? gunzipSync(answer.body) : answer.body;
  return raw.toString('utf8');
};

describe('the built client over HTTP', () => {
  it('writes brotli and gzip copies at build time only where they are smaller', () => {
    expect(brotliDecompressSync(readFileSync(join(dist, 'assets', 'index-DXTl3Cd_.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(dist, 'assets', 'index-DXTl3Cd_.js.gz'))).toString()).toBe(script);
    expect(() => readFileSync(join(dist, 'assets', 'logo-AbC_12-z.png.br'))).toThrow();
  });

  it('sends brotli to a browser that accepts it, with the original type, a year of immutable caching and Vary', async () => {
    const answer = await get('/assets/index-DXTl3Cd_.js', 'gzip, deflate, br, zstd');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(answer.headers['content-length'])).toBeLessThan(script.length / 4);
    expect(decoded(answer)).toBe(script);
  });

  it('sends gzip where brotli is not accepted or refused by q=0', async () => {
    for (const accept of ['gzip, deflate', 'br;q=0, gzip']) {
      const answer = await get('/assets/index-DXTl3Cd_.js', accept);
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(decoded(answer)).toBe(script);
    }
  });

  it('falls back to the file as it is when no encoding is accepted, still saying it varies', async () => {
    for (const accept of [undefined, 'identity', 'deflate']) {
      const answer = await get('/assets/index-DXTl3Cd_.js', accept);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
      expect(answer.body.toString('utf8')).toBe(script);
    }
  });

  it('sends a file without compressed copies as it is, hashed names kept for a year', async () => {
    const answer = await get('/assets/logo-AbC_12-z.png', 'br, gzip');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary ?? '').not.toMatch(/Accept-Encoding/i);
    expect(answer.headers['content-type']).toBe('image/png');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.body.equals(picture)).toBe(true);
  });

  it('has pages and the service worker checked on every use, compressed too', async () => {
    for (const path of ['/', '/join/ABC123', '/facilitate']) {
      const answer = await get(path, 'br');
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.headers['content-encoding']).toBe('br');
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(decoded(answer)).toBe(page);
    }
    const worker = await get('/sw.js', 'gzip');
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.headers['content-encoding']).toBe('gzip');
    expect(worker.headers['content-type']).toMatch(/javascript/);
  });

  it('serves neither hidden build files nor the compressed copies by name', async () => {
    expect((await get('/.vite/manifest.json')).status).toBe(404);
    expect((await get('/assets/index-DXTl3Cd_.js.br')).status).toBe(404);
    expect((await get('/assets/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });
});
