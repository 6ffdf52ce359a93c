/**
 * The built client. Each file goes out in the best encoding the browser accepts among the copies the build
 * wrote beside it (`.br`, `.gz`: client/build/precompress.ts), else as it is. Names with a content hash
 * (`/assets/index-DXTl3Cd_.js`) never change content, so browsers keep them for a year without asking again;
 * everything else (pages, the service worker) is checked with the server on every use.
 */
import type { Request, RequestHandler, Response } from 'express';
import { statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite's hashed output: `/assets/NAME-HASH.EXT`, the hash 8 URL-safe characters. */
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/i;

const PRECOMPRESSED = [
  { encoding: 'br', extension: '.br' },
  { encoding: 'gzip', extension: '.gz' },
] as const;

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

export function cacheControlFor(urlPath: string): string {
  return HASHED_ASSET.test(urlPath) ? IMMUTABLE : REVALIDATE;
}

/** Sends `file` (a path inside the built client) in the best encoding available, with its caching headers. */
export function sendClientFile(req: Request, res: Response, file: string, cacheControl: string): void {
  const available = PRECOMPRESSED.filter((p) => isFile(file + p.extension));
  // Our order (brotli is smaller) among the encodings the browser accepts at all: Chrome lists gzip first, at the same weight.
  const variant = available.find((p) => req.acceptsEncodings(p.encoding) === p.encoding);
  const headers: Record<string, string> = { 'Cache-Control': cacheControl };
  // Said even when the file goes out as it is: a cache in between must not hand this answer to a browser that asked otherwise.
  if (available.length > 0) headers.Vary = 'Accept-Encoding';
  if (variant) headers['Content-Encoding'] = variant.encoding;
  // The content type is the original file's, whatever the encoding.
  res.type(extname(file));
  res.sendFile(variant ? file + variant.extension : file, { headers, cacheControl: false, dotfiles: 'deny' });
}

/** Answers GET and HEAD requests for files of the built client; anything else goes on to the next handler. */
export function clientFiles(clientDir: string): RequestHandler {
  const root = resolve(clientDir);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    // No hidden files (the build's own `.vite/manifest.json`), nothing outside the client, no compressed copy asked by name.
    if (urlPath.split('/').some((segment) => segment.startsWith('.')) || urlPath.includes('\0')) return next();
    if (PRECOMPRESSED.some((p) => urlPath.endsWith(p.extension))) return next();
    const file = join(root, urlPath);
    if (!file.startsWith(root + sep) || !isFile(file)) return next();
    sendClientFile(req, res, file, cacheControlFor(urlPath));
  };
}
